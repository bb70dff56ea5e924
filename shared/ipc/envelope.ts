import { z } from 'zod';

/** Error codes a handler may return; the UI picks its message from the code. */
export const ErrorCode = z.enum([
  'forbidden-sender', 'unknown-channel', 'invalid-input', 'invalid-output',
  'not-found', 'conflict', 'read-only', 'invalid-file', 'too-large', 'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const IpcError = z.object({ code: ErrorCode, message: z.string() });
export type IpcError = z.infer<typeof IpcError>;

/** Handlers return envelopes: Electron flattens thrown errors across IPC. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Thrown inside handlers; turned into an error envelope by the dispatcher. */
export class AppError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}
