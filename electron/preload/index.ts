import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, methodName, type VitrineApi } from '../../shared/ipc/contract';

// The renderer gets named functions derived from the contract, never ipcRenderer.
const api = Object.fromEntries(
  CHANNELS.map((channel) => [methodName(channel), (input?: unknown) => ipcRenderer.invoke(channel, input)]),
) as VitrineApi;

contextBridge.exposeInMainWorld('vitrine', api);
