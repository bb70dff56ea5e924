import type { Channel, EventChannel, EventPayload, Input, Output, VitrineApi } from '../../shared/ipc/contract';
import { eventMethodName, methodName } from '../../shared/ipc/names';
import type { Envelope, IpcError } from '../../shared/ipc/envelope';

declare global {
  interface Window {
    /** Named functions from the preload (or the e2e bridge), derived from the contract. */
    vitrine?: VitrineApi;
  }
}

/** An IPC error envelope, thrown on the renderer side so UI code can catch it. */
export class ApiError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
  }
  get code(): IpcError['code'] {
    return this.error.code;
  }
}

export function bridgeAvailable(): boolean {
  return typeof window.vitrine === 'object' && window.vitrine !== null;
}

/** Call a channel and unwrap its envelope. */
export async function call<C extends Channel>(channel: C, ...args: undefined extends Input<C> ? [Input<C>?] : [Input<C>]): Promise<Output<C>> {
  const api = window.vitrine;
  if (!api) throw new ApiError({ code: 'internal', message: 'The desktop bridge is missing: open Vitrine from its application, not in a browser.' });
  const fn = api[methodName(channel)] as unknown as (input: unknown) => Promise<Envelope<Output<C>>>;
  return unwrap(await fn(args[0]));
}

/** A call's value, or its error thrown as an ApiError. */
export function unwrap<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value;
}

/** Listen to a push event from the main process; returns the unsubscribe. */
export function subscribe<E extends EventChannel>(channel: E, listener: (payload: EventPayload<E>) => void): () => void {
  const api = window.vitrine;
  if (!api) return () => undefined;
  const on = api[eventMethodName(channel)] as unknown as (l: (payload: EventPayload<E>) => void) => () => void;
  return on(listener);
}
