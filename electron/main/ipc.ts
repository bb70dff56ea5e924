import { ipcMain, type IpcMain } from 'electron';
import { CHANNELS, type Channel } from '../../shared/ipc/contract';
import type { Dispatch } from './ipc-dispatch';

/** The only place that touches ipcMain: one handle() per contract channel. */
export function registerIpc(dispatch: Dispatch, ipc: Pick<IpcMain, 'handle'> = ipcMain): Channel[] {
  for (const channel of CHANNELS) {
    ipc.handle(channel, (event, payload: unknown) => dispatch(channel, event.senderFrame?.url, payload));
  }
  return [...CHANNELS];
}
