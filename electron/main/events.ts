import type { WebContents } from 'electron';
import { eventChannel, events, type EventName, type EventPayload } from '../../shared/ipc/contract';

/**
 * The one way main pushes to the page: parsed against the contract before it
 * leaves, so a bad payload is a bug here, never a surprise in the UI.
 */
export function pushEvent<E extends EventName>(contents: Pick<WebContents, 'send'>, event: E, payload: EventPayload<E>): void {
  contents.send(eventChannel(event), events[event].parse(payload));
}
