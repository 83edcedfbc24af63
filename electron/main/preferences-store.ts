import Store from 'electron-store';
import type { PreferencesStore } from '../core/ports';

interface Bounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** electron-store keeps the small things: preferences (validated by the core) and window bounds. */
export function createElectronStores(): {
  preferences: PreferencesStore;
  bounds: { read(): Bounds; write(b: Bounds): void };
} {
  const store = new Store<{ preferences: Record<string, unknown>; windowBounds: Bounds }>({
    name: 'preferences',
    defaults: { preferences: {}, windowBounds: { width: 1280, height: 820, maximized: false } },
  });
  return {
    preferences: {
      read: () => store.get('preferences'),
      write: (value) => store.set('preferences', value),
    },
    bounds: {
      read: () => store.get('windowBounds'),
      write: (b) => store.set('windowBounds', b),
    },
  };
}
