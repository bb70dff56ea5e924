import { CHANNELS, contract, type Channel, type Output, type ParsedInput } from '../../shared/ipc/contract';
import { AppError, type Envelope } from '../../shared/ipc/envelope';
import { compileCanonicalCheck, type CanonicalCheck } from '../../shared/schema/canonical-check';
import { summarizeZodError } from '../../shared/schema/zod-issues';

/** One handler per channel: a missing one is a compile error. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> | Output<C> };

export type Dispatch = (channel: string, senderUrl: string | undefined, payload: unknown) => Promise<Envelope<unknown>>;

export interface DispatchOptions {
  /** The origin check on every message: only the app's own pages may call. */
  isTrustedSender: (url: string) => boolean;
  onInternalError?: (channel: string, error: unknown) => void;
}

const fail = (code: AppError['code'], message: string, kind?: string): Envelope<never> => ({ ok: false, error: kind === undefined ? { code, message } : { code, message, kind } });
const isChannel = (name: string): name is Channel => Object.prototype.hasOwnProperty.call(contract, name);

/**
 * A handler's output is usually already exactly what zod would return (the
 * vault keeps zod's own output), so the check-only pass compiled from the same
 * schema (shared/schema/canonical-check.ts, as the vault uses at start) lets it
 * through without zod's copy; anything else, or a schema the pass cannot
 * compile, goes through zod as before. The client list (500 summaries) is the
 * call this matters for: it is what start-up waits on.
 */
const outputChecks = new Map<Channel, CanonicalCheck | null>();
function canonicalOutput(channel: Channel): CanonicalCheck | null {
  if (!outputChecks.has(channel)) {
    let check: CanonicalCheck | null = null;
    try {
      check = compileCanonicalCheck(contract[channel].output);
    } catch {
      // A schema node the pass does not know: zod decides.
    }
    outputChecks.set(channel, check);
  }
  return outputChecks.get(channel) ?? null;
}

/**
 * Sender check, then zod parse, then the handler, then an envelope. Shared by
 * the Electron registration and the e2e test bridge, so both run this path.
 */
export function createDispatch(handlers: Handlers, opts: DispatchOptions): Dispatch {
  return async (channel, senderUrl, payload) => {
    if (!isChannel(channel)) return fail('unknown-channel', `Unknown channel "${channel}".`);
    if (!senderUrl || !opts.isTrustedSender(senderUrl)) {
      return fail('forbidden-sender', `Refused a call to "${channel}" from an untrusted page (${senderUrl ?? 'no origin'}).`);
    }
    const spec = contract[channel];
    const parsed = spec.input.safeParse(payload);
    if (!parsed.success) return fail('invalid-input', `Invalid data for "${channel}": ${summarizeZodError(parsed.error, payload)}`);
    try {
      const handler = handlers[channel] as (input: unknown) => Promise<unknown> | unknown;
      const value = await handler(parsed.data);
      if (canonicalOutput(channel)?.(value)) return { ok: true, value };
      const out = spec.output.safeParse(value);
      if (!out.success) return fail('invalid-output', `Vitrine produced unexpected data on "${channel}": ${summarizeZodError(out.error, value)}`);
      return { ok: true, value: out.data };
    } catch (e) {
      if (e instanceof AppError) return fail(e.code, e.message, e.kind);
      opts.onInternalError?.(channel, e);
      return fail('internal', `Something went wrong in "${channel}": ${e instanceof Error ? e.message : String(e)}`);
    }
  };
}

export { CHANNELS };
