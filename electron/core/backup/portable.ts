import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OAUTH_APPS_FILE } from '../integrations/oauth/app-credentials';

/**
 * Keys of the preferences document that describe this computer rather than the workspace: the
 * desktop app's login item, tray and notices, and the window's place on this screen. They stay
 * behind when a workspace moves; everything else (language, theme, current client, retention,
 * the backups kept, updates, sending paused) travels.
 */
const MACHINE_KEYS = ['desktop', 'windowBounds'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function portablePreferences(document: unknown): Record<string, unknown> {
  if (!isRecord(document)) return {};
  return Object.fromEntries(Object.entries(document).filter(([key]) => !MACHINE_KEYS.includes(key)));
}

/** The imported workspace's preferences, with this computer's own keys kept. */
export function importPreferences(current: unknown, imported: Record<string, unknown>): Record<string, unknown> {
  const here = isRecord(current) ? current : {};
  const kept = Object.fromEntries(Object.entries(here).filter(([key]) => MACHINE_KEYS.includes(key)));
  return { ...portablePreferences(imported), ...kept };
}

export function readOAuthApps(dataDir: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(readFileSync(join(dataDir, OAUTH_APPS_FILE), 'utf8')) as unknown;
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}
