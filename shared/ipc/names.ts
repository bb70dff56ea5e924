/**
 * The preload's method names, derived from the channel names. Apart from the
 * contract so that the renderer's start-up code can name a channel without
 * building every zod schema the contract holds.
 */
type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
/** 'workspace:undo-delete' → 'workspaceUndoDelete'. */
export type MethodName<C extends string> = C extends `${infer A}:${infer B}` ? `${A}${Capitalize<Camel<B>>}` : Camel<C>;
export type EventMethodName<E extends string> = `on${Capitalize<MethodName<E>>}`;

export function methodName<C extends string>(channel: C): MethodName<C> {
  return channel.replace(/[:-](\w)/g, (_m, c: string) => c.toUpperCase()) as MethodName<C>;
}

/** 'vault:write-status' → 'onVaultWriteStatus'. */
export function eventMethodName<E extends string>(channel: E): EventMethodName<E> {
  const name: string = methodName(channel);
  return `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as EventMethodName<E>;
}
