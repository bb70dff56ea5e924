/**
 * Why an action failed, in the app's language where the main process said it
 * with a code (its message is English); other failures keep the system's text.
 */
export function failureReason(e: unknown, t: (key: 'failedGone') => string): string {
  // An ApiError's code (api.ts): 'not-found' is the only one an action on the list meets in a session.
  if ((e as { code?: unknown } | null)?.code === 'not-found') return t('failedGone');
  return e instanceof Error ? e.message : String(e);
}
