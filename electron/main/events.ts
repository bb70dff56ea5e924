import type { WebContents } from 'electron';
import { events, type EventChannel, type EventPayload } from '../../shared/ipc/contract';

/**
 * The one way main pushes to the page: parsed against the contract before it
 * leaves, so a bad payload is a bug here, never a surprise in the UI.
 */
export function pushEvent<E extends EventChannel>(contents: Pick<WebContents, 'send'>, event: E, payload: EventPayload<E>): void {
  contents.send(event, events[event].parse(payload));
}
