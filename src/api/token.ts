import { BRIDGE_PATH, TOKEN_PARAM } from '#contract/bridge';

const STORAGE_KEY = 'zbl.bridge-token';

/** Kept in memory too: sessionStorage can be unavailable (privacy modes) and the page must still work. */
let memoryToken: string | null = null;

function tokenFromHash(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(TOKEN_PARAM);
  return value && value.trim() !== '' ? value.trim() : null;
}

function readStored(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The host prints a URL with the token in the fragment (never sent to servers or logged). We move it
 * to sessionStorage so a reload keeps working, and strip it from the address bar so it is not
 * bookmarked, screen-shared or copied along with the link.
 */
export function takeBridgeToken(): string | null {
  const fromHash = tokenFromHash(window.location.hash);
  if (fromHash) {
    memoryToken = fromHash;
    try {
      sessionStorage.setItem(STORAGE_KEY, fromHash);
    } catch {
      // Memory alone is enough for this page's lifetime.
    }
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
    return fromHash;
  }
  return memoryToken ?? readStored();
}

export function bridgeUrl(origin: string, token: string): string {
  const url = new URL(BRIDGE_PATH, origin.replace(/^http/, 'ws'));
  url.searchParams.set(TOKEN_PARAM, token);
  return url.toString();
}
