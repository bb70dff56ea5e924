import { z } from 'zod';
import { DEFAULT_INPUT_LIMITS } from '../domain/import/bounds';
import { PHOTO_MIMES } from '../domain/workspace/photo-file';
import { ImportChange, ImportIssue } from '../schema/import-plan';
import { LibraryData, Settings, SettingsPatch } from '../schema/library';
import { Severity } from '../schema/finding';
import { Lang, Localized } from '../schema/text';
import type { EventMethodName, MethodName } from './names';
import { DAMAGE_CODES } from '../storage/library-file';
import { Workspace } from '../schema/workspace';
import type { Envelope } from './envelope';

/**
 * The one IPC contract. Every channel maps to a zod input and output schema;
 * the preload, the main-process registration and the e2e test bridge are all
 * derived from this object, so nothing else spells a channel name.
 */

const Id = z.string().min(1).max(200);
const WorkspaceRef = z.object({ id: Id });

/**
 * Why the store was replaced: `reasonCode` is worded by the UI in its language, `reason` is the
 * technical detail (English) shown under Details. A repair marker written before codes existed has none.
 */
const Damage = { reasonCode: z.enum(DAMAGE_CODES).default('other'), reason: z.string() };

/** What the app learned at start-up that the user must be told. */
export const StartupNotice = z.discriminatedUnion('kind', [
  /** quarantinedPath is null when the data file was missing (nothing to set aside). */
  z.object({ kind: z.literal('restored-from-backup'), quarantinedPath: z.string().nullable(), backupPath: z.string(), ...Damage }),
  /** No valid backup: every client that could be read was kept; the others stay in the quarantined file. */
  z.object({
    kind: z.literal('salvaged'), quarantinedPath: z.string(), ...Damage, kept: z.number().int(),
    lostClients: z.array(z.string()), lostParts: z.array(z.string()),
  }),
  z.object({ kind: z.literal('no-valid-backup'), quarantinedPath: z.string().nullable(), ...Damage }),
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
  /** Error findings in that latest audit; null when not recorded yet. */
  errors: z.number().int().nullable(),
  /** When the next post is planned (ISO instant), or null. */
  nextPost: z.string().nullable(),
  /** Share of the audited facts checked (whole percent); null without a scored profile. */
  coverage: z.number().nullable(),
});
export type WorkspaceSummary = z.infer<typeof WorkspaceSummary>;

/** The whole import's ceiling, per file too (the renderer checks each File's size against the same limits before reading it). */
export const MAX_IMPORT_BYTES = DEFAULT_INPUT_LIMITS.maxTotalBytes;

export const ImportFile = z.object({
  name: z.string().min(1).max(500),
  /** File bytes, sent as binary (structured clone over Electron IPC; typed-array serialisation over the test bridge). */
  bytes: z.instanceof(Uint8Array).refine((b) => b.length <= MAX_IMPORT_BYTES, { message: `at most ${MAX_IMPORT_BYTES} bytes` }),
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
  /**
   * A JSON Resume: what a coach says about its own content (name, function, summary, picture,
   * site), not scored; null for other formats. See shared/domain/audit/person-audit.ts.
   */
  resume: z.array(z.object({ code: z.string(), severity: Severity, message: Localized, fix: Localized })).nullable().default(null),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** A picture's bytes, sent as binary like an import's: the handler refuses above MAX_PHOTO_BYTES with a clear message; this only bounds the transport. */
const PhotoBytes = z.instanceof(Uint8Array).refine((b) => b.length <= 16 * 1024 * 1024, { message: `at most ${16 * 1024 * 1024} bytes` });

/** Whether the library is safely on disk: the last write error (null when the last write succeeded) and edits not yet written. */
export const WriteStatus = z.object({ error: z.string().nullable(), unsaved: z.boolean() });
export type WriteStatus = z.infer<typeof WriteStatus>;

export const ExportedFile = z.object({ fileName: z.string(), mime: z.string(), base64: z.string() });
export type ExportedFile = z.infer<typeof ExportedFile>;

/** Diagnostics shown in Help › Diagnostics: facts about the install and the store, never personal text. */
export const Diagnostics = z.object({
  version: z.string(),
  versions: z.record(z.string(), z.string()),
  platform: z.string(),
  dataDir: z.string(),
  /** How the data folder was chosen. */
  dataDirSource: z.enum(['default', 'env', 'pointer', 'portable']),
  store: z.object({
    path: z.string(),
    bytes: z.number().nullable(),
    readOnly: z.boolean(),
    writeError: z.string().nullable(),
    clients: z.number().int(),
    backups: z.number().int(),
    notices: z.array(z.string()),
    /** `vitrine doctor`'s findings when that check is available, else null. */
    doctor: z.array(z.string()).nullable(),
  }),
  logFile: z.string().nullable(),
  crashDumps: z.string().nullable(),
  /** The last errors and warnings, already redacted. */
  lastErrors: z.array(z.string()),
});
export type Diagnostics = z.infer<typeof Diagnostics>;

export const License = z.object({ name: z.string(), version: z.string(), license: z.string() });
export type License = z.infer<typeof License>;

/** Where the data lives, and a move in progress or just done. */
export const DataFolder = z.object({
  dir: z.string(),
  source: Diagnostics.shape.dataDirSource,
  /** The folder used before a move, kept until the user says to delete it. */
  previous: z.string().nullable(),
  /** Set once a move was made this session: it takes effect at the next start. */
  pendingRestart: z.boolean(),
});
export type DataFolder = z.infer<typeof DataFolder>;

/**
 * Why a data folder move did not happen: the target is the current folder or nested with it, already holds
 * Vitrine data, the copy failed (disk full, no permission) or did not match the original; or moving is not
 * offered here, the folder being set by VITRINE_DATA_DIR or the portable build's.
 */
export const MoveFailureKind = z.enum(['nested', 'holds-data', 'copy-failed', 'copy-differs', 'unavailable', 'env', 'portable']);
export type MoveFailureKind = z.infer<typeof MoveFailureKind>;

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  'app:info': channel(z.undefined(), AppInfo),
  /** The user dismissed a start-up notice: it is not told again at the next start. */
  'app:acknowledge-notice': channel(z.object({ kind: z.enum(['restored-from-backup', 'salvaged', 'no-valid-backup', 'migrated']) }), z.null()),
  'settings:get': channel(z.undefined(), Settings),
  'settings:update': channel(SettingsPatch, Settings),
  'window:bounds': channel(z.undefined(), LibraryData.shape.window),

  /** Every client, in name order (byClientName): the table's tie-breaker and its name column. */
  'library:list': channel(z.undefined(), z.array(WorkspaceSummary)),
  /** Each client's search text (client-search.ts), by id: asked for after the list is on screen, not with it. */
  'library:search-index': channel(z.undefined(), z.record(z.string(), z.string())),
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
    z.object({ workspaceId: Id, profileId: Id, mime: z.enum(PHOTO_MIMES), bytes: PhotoBytes }),
    z.object({ file: z.string() }),
  ),
  'photo:read': channel(z.object({ file: z.string().max(300) }), z.object({ dataUrl: z.string() })),

  'report:render': channel(
    z.object({ workspaceId: Id, lang: Lang, format: z.enum(['html', 'pdf']), weekStartsOn: z.union([z.literal(0), z.literal(1)]).default(1) }),
    ExportedFile,
  ),

  'link:open': channel(z.object({ url: z.string().max(4096) }), z.object({ opened: z.boolean() })),

  /** Ring a posting reminder again later (it rang, or its slot was opened from one). */
  'reminder:snooze': channel(z.object({ workspaceId: Id, slotKey: z.string().min(1).max(400), minutes: z.number().int().min(1).max(24 * 60) }), z.null()),
  /** The page listens for pushes now: main may send what it held back (a file opened at launch). */
  'app:ready': channel(z.undefined(), z.null()),
  'diagnostics:get': channel(z.undefined(), Diagnostics),
  /** The production dependencies and their licences, listed at build time. */
  'app:licenses': channel(z.undefined(), z.array(License)),
  'data:folder': channel(z.undefined(), DataFolder),
  /** Asks the user for a folder (system dialog), then copies, verifies and switches to it at the next start. */
  'data:move': channel(
    z.object({ target: z.string().max(4096).optional() }),
    /** failure: why nothing moved (the old folder stays in use), as a kind the UI words and the system's own text; null when moved or when the user cancelled. */
    z.object({ moved: z.boolean(), folder: DataFolder, failure: z.object({ kind: MoveFailureKind, detail: z.string() }).nullable() }),
  ),
  /** Deletes the folder used before a move, once the user confirms the new one holds everything. */
  'data:forget-previous': channel(z.undefined(), DataFolder),
  /** The save-failure banner: the current status, Retry, and Save a copy elsewhere… (a save dialog; path null when cancelled). */
  'vault:status': channel(z.undefined(), WriteStatus),
  'vault:retry': channel(z.undefined(), WriteStatus),
  'vault:save-copy': channel(z.undefined(), z.object({ path: z.string().nullable() })),
} as const;

export const MenuCommand = z.enum(['new-client', 'import', 'export', 'toggle-theme', 'diagnostics', 'about']);
export type MenuCommand = z.infer<typeof MenuCommand>;

/**
 * Push messages from the main process to the UI, channel → payload. The
 * preload and the e2e bridge derive one `on<Name>(listener)` function per
 * event from this object (it returns the unsubscribe); payloads are parsed
 * with zod on both sides.
 */
export const events = {
  /** Sent whenever a write fails, succeeds again, or edits become pending or saved. */
  'vault:write-status': WriteStatus,
  'menu:command': z.object({ command: MenuCommand }),
  /** A reminder notification was clicked: open the slot with its draft. */
  'reminder:open': z.object({ workspaceId: Id, slotKey: z.string().min(1).max(400) }),
  /** A .vitrine.json opened from the system (double-click, dock, second launch): show the import preview. */
  'file:open': z.object({ files: z.array(ImportFile).min(1).max(20) }),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];
export { eventMethodName, methodName, type EventMethodName, type MethodName } from './names';


type Call<C extends Channel> = undefined extends Input<C>
  ? (input?: Input<C>) => Promise<Envelope<Output<C>>>
  : (input: Input<C>) => Promise<Envelope<Output<C>>>;

export type Events = typeof events;
export type EventChannel = keyof Events;
export type EventPayload<E extends EventChannel> = z.output<Events[E]>;
export const EVENT_CHANNELS = Object.keys(events) as EventChannel[];


type Subscribe<E extends EventChannel> = (listener: (payload: EventPayload<E>) => void) => () => void;

/** The API the preload puts on `window.vitrine`: one named function per channel, and one subscription per event. */
export type VitrineApi = { [C in Channel as MethodName<C>]: Call<C> } & { [E in EventChannel as EventMethodName<E>]: Subscribe<E> };
