import type { MantineColorScheme, MantineColorSchemeManager } from '@mantine/core';
import type { Preferences } from '#contract';

const CACHE_KEY = 'zbl.color-scheme';

export function toMantineScheme(theme: Preferences['theme']): MantineColorScheme {
  // Mantine's 'auto' follows prefers-color-scheme and its changes, which is exactly 'system'.
  return theme === 'system' ? 'auto' : theme;
}

function readCache(): MantineColorScheme | null {
  try {
    const value = localStorage.getItem(CACHE_KEY);
    return value === 'light' || value === 'dark' || value === 'auto' ? value : null;
  } catch {
    return null;
  }
}

function writeCache(value: MantineColorScheme): void {
  try {
    localStorage.setItem(CACHE_KEY, value);
  } catch {
    // Only a flash-avoidance cache; the core keeps the real preference.
  }
}

export interface PreferenceColorSchemeManager extends MantineColorSchemeManager {
  /** Pushes the core's preference into Mantine (on load and on `settings:changed`). */
  apply(theme: Preferences['theme']): void;
}

/**
 * The preference lives in the core, not in localStorage: both hosts and every window must agree.
 * localStorage only remembers the last value so the first paint is not the wrong colour.
 */
export function createPreferenceColorSchemeManager(): PreferenceColorSchemeManager {
  let value: MantineColorScheme = readCache() ?? 'auto';
  let lastGiven: MantineColorScheme = value;
  let onUpdate: ((value: MantineColorScheme) => void) | null = null;

  return {
    get() {
      lastGiven = value;
      return value;
    },
    set(next) {
      value = next;
      writeCache(next);
    },
    subscribe(callback) {
      onUpdate = callback;
      // The preference may have arrived between Mantine's first read and this subscription.
      if (value !== lastGiven) callback(value);
    },
    unsubscribe() {
      onUpdate = null;
    },
    clear() {
      value = 'auto';
    },
    apply(theme) {
      const next = toMantineScheme(theme);
      if (next === value) return;
      value = next;
      writeCache(next);
      onUpdate?.(next);
    },
  };
}

export const colorSchemeManager = createPreferenceColorSchemeManager();
