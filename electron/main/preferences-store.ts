import Store from 'electron-store';
import type { PreferencesStore } from '../core/ports';

interface Bounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/**
 * electron-store keeps `preferences.json` in the data folder: the preferences document itself
 * (validated by the core), the same file and shape the headless host reads, plus the window's
 * bounds under their own key.
 */
export function createElectronStores(): {
  preferences: PreferencesStore;
  bounds: { read(): Bounds; write(b: Bounds): void };
} {
  const store = new Store<Record<string, unknown> & { windowBounds: Bounds }>({
    name: 'preferences',
    defaults: { windowBounds: { width: 1280, height: 820, maximized: false } },
  });
  return {
    preferences: {
      read: () => store.store,
      // The core writes back every key it read, the bounds included.
      write: (value) => {
        store.store = { ...value, windowBounds: store.get('windowBounds') };
      },
    },
    bounds: {
      read: () => store.get('windowBounds'),
      write: (b) => store.set('windowBounds', b),
    },
  };
}
