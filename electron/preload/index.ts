import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { ELECTRON_API_GLOBAL } from '#contract/bridge';
import { channelNames, eventNames, type Api } from '#contract';

const channels = new Set<string>(channelNames);
const eventSet = new Set<string>(eventNames);

/**
 * Only the contract's channels and events cross into the page; a name outside the contract is
 * refused here before it reaches main (which validates every payload again).
 */
const api: Api = {
  invoke(channel, input) {
    if (!channels.has(channel)) return Promise.reject(new Error(`Unknown channel ${String(channel)}`));
    return ipcRenderer.invoke(channel, input);
  },
  on(event, listener) {
    if (!eventSet.has(event)) throw new Error(`Unknown event ${String(event)}`);
    const wrapped = (_e: IpcRendererEvent, payload: Parameters<typeof listener>[0]): void => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld(ELECTRON_API_GLOBAL, api);
