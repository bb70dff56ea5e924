import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, eventChannel, events, methodName, type EventSubscribe, type VitrineApi } from '../../shared/ipc/contract';

// Pushes from main are parsed again here: the page only ever gets contract-shaped data.
const on: EventSubscribe = (event, listener) => {
  const schema = events[event];
  if (!schema) throw new Error(`Unknown event "${String(event)}"`);
  const handler = (_e: unknown, payload: unknown) => {
    const parsed = schema.safeParse(payload);
    if (parsed.success) listener(parsed.data as never);
  };
  ipcRenderer.on(eventChannel(event), handler);
  return () => void ipcRenderer.removeListener(eventChannel(event), handler);
};

// The renderer gets named functions derived from the contract, never ipcRenderer.
const api = {
  ...Object.fromEntries(CHANNELS.map((channel) => [methodName(channel), (input?: unknown) => ipcRenderer.invoke(channel, input)])),
  on,
} as VitrineApi;

contextBridge.exposeInMainWorld('vitrine', api);
