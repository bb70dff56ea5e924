import { z } from 'zod';
import { IsoDateTime, Workspace } from './workspace';
import { type CanonicalCheck, compileCanonicalCheck } from './canonical-check';

export const LocaleSetting = z.enum(['system', 'fr', 'en']);
export const ThemeSetting = z.enum(['system', 'light', 'dark']);

/** Posting reminders: the app's notifications and the lead of the calendar file's alarms. */
export const ReminderSettings = z.object({
  /** System notifications at each planned slot's time, while Vitrine runs. */
  enabled: z.boolean().default(true),
  /** Minutes before a slot for the alarm in an exported .ics (when the export asks for one). */
  leadMinutes: z.number().int().min(0).max(7 * 24 * 60).default(15),
  /** Network ids that never notify (the user posts there on their own). */
  offNetworks: z.array(z.string().max(100)).max(500).default([]),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

export const Settings = z.object({
  locale: LocaleSetting.default('system'),
  theme: ThemeSetting.default('system'),
  /** Printed on coaching reports. */
  consultantName: z.string().max(200).default(''),
  /** A small logo as a data: URL (PNG/JPEG/SVG), kept local. */
  consultantLogo: z.string().max(700_000).regex(/^data:image\/(png|jpeg|svg\+xml);base64,/).nullable().default(null),
  reminders: ReminderSettings.default(ReminderSettings.parse({})),
});
export type Settings = z.infer<typeof Settings>;

/**
 * A change to some settings. Built without defaults on purpose: with
 * Settings.partial() zod would fill the missing fields with their defaults
 * and one change would reset all the others.
 */
export const SettingsPatch = z.object({
  locale: LocaleSetting.optional(),
  theme: ThemeSetting.optional(),
  consultantName: Settings.shape.consultantName.unwrap().optional(),
  consultantLogo: Settings.shape.consultantLogo.unwrap().optional(),
  /** Replaces the whole reminder settings (the screen sends them all). */
  reminders: ReminderSettings.optional(),
});

export const WindowBounds = z.object({
  x: z.number().int(), y: z.number().int(),
  width: z.number().int().min(400), height: z.number().int().min(300),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof WindowBounds>;

export const TrashEntry = z.object({ workspace: Workspace, deletedAt: IsoDateTime });

/** Everything Vitrine stores, in one file (vitrine.json, written by the Vault). */
export const LibraryData = z.object({
  schemaVersion: z.number().int().positive(),
  settings: Settings.default(Settings.parse({})),
  workspaces: z.array(Workspace).default([]),
  activeWorkspaceId: z.string().nullable().default(null),
  /** Deleted workspaces, kept so a deletion can be undone. */
  trash: z.array(TrashEntry).default([]),
  window: WindowBounds.nullable().default(null),
});
export type LibraryData = z.infer<typeof LibraryData>;

let canonicalLibrary: CanonicalCheck | null = null;

/**
 * Validates library data read from disk. Vitrine writes zod's own output, so
 * the data is nearly always canonical and used as parsed, without zod's copy;
 * anything else goes through zod, which fills defaults, strips unknown keys
 * and names what is wrong.
 */
export function validateLibrary(raw: unknown): z.ZodSafeParseResult<LibraryData> {
  canonicalLibrary ??= compileCanonicalCheck(LibraryData);
  return canonicalLibrary(raw) ? { success: true, data: raw as LibraryData } : LibraryData.safeParse(raw);
}
