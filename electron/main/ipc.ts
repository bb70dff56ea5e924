import { ipcMain, type IpcMain, type WebContents } from 'electron';
import { CHANNELS, type Channel, type EventChannel, type EventPayload } from '../../shared/ipc/contract';
import { pushEvent } from './events';
import type { Dispatch } from './ipc-dispatch';

/** The only place that touches ipcMain: one handle() per contract channel. */
export function registerIpc(dispatch: Dispatch, ipc: Pick<IpcMain, 'handle'> = ipcMain): Channel[] {
  for (const channel of CHANNELS) {
    ipc.handle(channel, (event, payload: unknown) => dispatch(channel, event.senderFrame?.url, payload));
  }
  return [...CHANNELS];
}

export type Emit = <E extends EventChannel>(channel: E, payload: EventPayload<E>) => void;

/** Push events to the window, each payload checked against the contract first. */
export function createEmitter(target: () => Pick<WebContents, 'send'> | null): Emit {
  return (channel, payload) => {
    const contents = target();
    if (contents) pushEvent(contents, channel, payload);
  };
}
