import { z } from 'zod';

/** Error codes a handler may return; the UI picks its message from the code. */
export const ErrorCode = z.enum([
  'forbidden-sender', 'unknown-channel', 'invalid-input', 'invalid-output',
  'not-found', 'conflict', 'read-only', 'invalid-file', 'too-large', 'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/**
 * `message` is the technical text (shown under Details); `kind`, when set, a finer reason the UI
 * words in plain language (an import's failure kind, see shared/domain/import/failure.ts).
 */
export const IpcError = z.object({ code: ErrorCode, message: z.string(), kind: z.string().max(60).optional() });
export type IpcError = z.infer<typeof IpcError>;

/** Handlers return envelopes: Electron flattens thrown errors across IPC. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Thrown inside handlers; turned into an error envelope by the dispatcher. */
export class AppError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly kind?: string) {
    super(message);
  }
}
