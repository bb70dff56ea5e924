import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, EVENT_CHANNELS, eventMethodName, events, methodName, type VitrineApi } from '../../shared/ipc/contract';

// The renderer gets named functions derived from the contract, never ipcRenderer.
const calls = CHANNELS.map((channel) => [methodName(channel), (input?: unknown) => ipcRenderer.invoke(channel, input)]);

// One subscription per push event; a payload that does not parse never reaches the page.
const subscriptions = EVENT_CHANNELS.map((channel) => [
  eventMethodName(channel),
  (listener: (payload: unknown) => void) => {
    const handler = (_event: unknown, payload: unknown) => {
      const parsed = events[channel].safeParse(payload);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(channel, handler);
    return () => void ipcRenderer.removeListener(channel, handler);
  },
]);

contextBridge.exposeInMainWorld('vitrine', Object.fromEntries([...calls, ...subscriptions]) as VitrineApi);
