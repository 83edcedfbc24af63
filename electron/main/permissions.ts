import type { ElectronModule } from './electron-types';

/** Copy buttons (tokens, error details) write to the clipboard; nothing else is ever needed. */
const ALLOWED = new Set(['clipboard-sanitized-write']);

export function permissionAllowed(permission: string, requestingUrl: string | undefined, appOrigin: string): boolean {
  if (!ALLOWED.has(permission) || !requestingUrl) return false;
  try {
    const url = new URL(requestingUrl);
    return `${url.protocol}//${url.host}` === appOrigin;
  } catch {
    return false;
  }
}

/** The request handler and the check handler answer alike: only the app's page, only the clipboard write. */
export function lockPermissions(session: ElectronModule['session']['defaultSession'], appOrigin: string): void {
  session.setPermissionRequestHandler((_wc, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl, appOrigin)),
  );
  session.setPermissionCheckHandler((_wc, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin, appOrigin),
  );
}
