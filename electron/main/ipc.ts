import { fail } from '#contract';
import type { Core } from '../core';
import type { Log } from '../core/ports';
import type { ElectronModule, WebFrameMain } from './electron-types';

/**
 * Whether an IPC message comes from our own page: the top frame of a window, showing the app's
 * origin (or the development server's when not packaged). Anything else (an iframe, a page that
 * somehow navigated elsewhere) is refused before the core sees it.
 */
export function isTrustedFrame(frame: WebFrameMain | null | undefined, allowedOrigins: readonly string[]): boolean {
  if (!frame || frame.parent !== null) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  // Non-special schemes (app:) have an opaque `origin` in WHATWG URL: compare scheme and host.
  const origin = `${url.protocol}//${url.host}`;
  return allowedOrigins.includes(origin);
}

/** Every contract channel, each behind the sender check; `after` lets the shell react to a call. */
export function registerIpc(o: {
  ipcMain: ElectronModule['ipcMain'];
  core: Pick<Core, 'channels' | 'dispatch'>;
  allowedOrigins: readonly string[];
  log: Log;
  after?: (channel: string) => void;
}): void {
  for (const channel of o.core.channels) {
    o.ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedFrame(event.senderFrame, o.allowedOrigins)) {
        o.log.warn('ipc: refused a call from a foreign frame', { channel, url: event.senderFrame?.url ?? null });
        return fail('unavailable', 'This page may not call Zero Bad Leads.');
      }
      const result = await o.core.dispatch(channel, input);
      o.after?.(channel);
      return result;
    });
  }
}
