import { z } from 'zod';
import { PHOTO_MIMES } from '../domain/workspace/photo-file';
import { ImportChange, ImportIssue } from '../schema/import-plan';
import { LibraryData, Settings, SettingsPatch } from '../schema/library';
import { Lang } from '../schema/text';
import { Workspace } from '../schema/workspace';
import type { Envelope } from './envelope';

/**
 * The one IPC contract. Every channel maps to a zod input and output schema;
 * the preload, the main-process registration and the e2e test bridge are all
 * derived from this object, so nothing else spells a channel name.
 */

const Id = z.string().min(1).max(200);
const WorkspaceRef = z.object({ id: Id });

/** What the app learned at start-up that the user must be told. */
export const StartupNotice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('restored-from-backup'), quarantinedPath: z.string(), backupPath: z.string(), reason: z.string() }),
  z.object({ kind: z.literal('no-valid-backup'), quarantinedPath: z.string(), reason: z.string() }),
  z.object({ kind: z.literal('newer-version'), path: z.string(), found: z.number(), supported: z.number() }),
  z.object({ kind: z.literal('migrated'), from: z.number(), to: z.number(), backupPath: z.string() }),
]);
export type StartupNotice = z.infer<typeof StartupNotice>;

export const AppInfo = z.object({
  version: z.string(),
  systemLocale: z.string(),
  dataDir: z.string(),
  storePath: z.string(),
  backupsDir: z.string(),
  /** Set when the data cannot be written (e.g. written by a newer Vitrine). */
  readOnly: z.boolean(),
  notices: z.array(StartupNotice),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const WorkspaceSummary = z.object({
  id: Id,
  name: z.string(),
  archived: z.boolean(),
  personName: z.string(),
  headline: z.string(),
  profileCount: z.number().int(),
  networks: z.array(z.string()),
  updatedAt: z.string(),
  /** Latest recorded audit score, and the one before it, for the trend. */
  score: z.number().nullable(),
  previousScore: z.number().nullable(),
  /** Share of the audited facts checked (whole percent); null without a scored profile. */
  coverage: z.number().nullable(),
  /** Lower-cased names, handles and URLs for search across clients. */
  searchText: z.string(),
});
export type WorkspaceSummary = z.infer<typeof WorkspaceSummary>;

/** 200 MB of bytes is about 267 MB of base64: the whole import's ceiling, per file too. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

export const ImportFile = z.object({
  name: z.string().min(1).max(500),
  /** File bytes as base64: one representation for Electron IPC and the test bridge. */
  base64: z.string().max(MAX_IMPORT_BASE64),
});
export type ImportFile = z.infer<typeof ImportFile>;

export const ImportPreview = z.object({
  token: z.string(),
  format: z.string(),
  changes: z.array(ImportChange),
  issues: z.array(ImportIssue),
  read: z.record(z.string(), z.number()),
  /** Network names matched with doubt (typos); the user confirms each. */
  uncertain: z.array(z.object({ index: z.number(), name: z.string(), guess: z.string() })),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** Base64 of a picture: the handler refuses above MAX_PHOTO_BYTES with a clear message; this only bounds the transport. */
const PhotoBase64 = z.string().max(16 * 1024 * 1024);

export const ExportedFile = z.object({ fileName: z.string(), mime: z.string(), base64: z.string() });
export type ExportedFile = z.infer<typeof ExportedFile>;

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  'app:info': channel(z.undefined(), AppInfo),
  'settings:get': channel(z.undefined(), Settings),
  'settings:update': channel(SettingsPatch, Settings),
  'window:bounds': channel(z.undefined(), LibraryData.shape.window),

  'library:list': channel(z.undefined(), z.array(WorkspaceSummary)),
  'library:active': channel(z.undefined(), Id.nullable()),
  'workspace:get': channel(WorkspaceRef, Workspace),
  'workspace:create': channel(
    z.object({ name: z.string().trim().min(1).max(200), /** Make it the open client (not for an import's placeholder). */ activate: z.boolean().default(true) }),
    Workspace,
  ),
  'workspace:rename': channel(z.object({ id: Id, name: z.string().trim().min(1).max(200) }), Workspace),
  'workspace:duplicate': channel(WorkspaceRef, Workspace),
  'workspace:archive': channel(z.object({ id: Id, archived: z.boolean() }), Workspace),
  'workspace:delete': channel(WorkspaceRef, z.object({ id: Id, name: z.string() })),
  'workspace:undo-delete': channel(WorkspaceRef, Workspace),
  'workspace:save': channel(z.object({ workspace: Workspace }), Workspace),
  'workspace:activate': channel(WorkspaceRef, z.null()),
  'workspace:open-demo': channel(z.undefined(), Workspace),
  'workspace:export': channel(z.object({ id: Id, format: z.enum(['vitrine', 'jsonresume', 'csv']), lang: Lang.default('en') }), ExportedFile),

  'import:preview': channel(
    z.object({
      workspaceId: Id,
      files: z.array(ImportFile).min(1).max(2000),
      mode: z.enum(['merge', 'replace']).default('merge'),
      /** Language of the preview's messages. */
      lang: Lang.default('en'),
    }),
    ImportPreview,
  ),
  'import:apply': channel(
    z.object({ token: z.string(), confirmed: z.array(z.number()).default([]) }),
    z.object({ workspace: Workspace, undoToken: z.string() }),
  ),
  'import:undo': channel(z.object({ undoToken: z.string() }), Workspace),

  /** Stores a profile picture under the data folder; the renderer then sets `photo.file` itself. */
  'photo:save': channel(
    z.object({ workspaceId: Id, profileId: Id, mime: z.enum(PHOTO_MIMES), base64: PhotoBase64 }),
    z.object({ file: z.string() }),
  ),
  'photo:read': channel(z.object({ file: z.string().max(300) }), z.object({ dataUrl: z.string() })),

  'report:render': channel(
    z.object({ workspaceId: Id, lang: Lang, format: z.enum(['html', 'pdf']), weekStartsOn: z.union([z.literal(0), z.literal(1)]).default(1) }),
    ExportedFile,
  ),

  'link:open': channel(z.object({ url: z.string().max(4096) }), z.object({ opened: z.boolean() })),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
/** 'workspace:undo-delete' → 'workspaceUndoDelete'. */
export type MethodName<C extends string> = C extends `${infer A}:${infer B}` ? `${A}${Capitalize<Camel<B>>}` : Camel<C>;

export function methodName<C extends Channel>(channel: C): MethodName<C> {
  return channel.replace(/[:-](\w)/g, (_m, c: string) => c.toUpperCase()) as MethodName<C>;
}

type Call<C extends Channel> = undefined extends Input<C>
  ? (input?: Input<C>) => Promise<Envelope<Output<C>>>
  : (input: Input<C>) => Promise<Envelope<Output<C>>>;

/** The API the preload puts on `window.vitrine`: one named function per channel. */
export type VitrineApi = { [C in Channel as MethodName<C>]: Call<C> };
