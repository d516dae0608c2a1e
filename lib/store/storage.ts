import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';

/**
 * Where progress is being kept: the browser's storage, or (when the browser
 * refuses it, or it is full) only this page's memory, which the UI must say.
 */
export type StorageMode = 'local' | 'memory-unavailable' | 'memory-full';

export interface StorageHealth {
  mode: StorageMode;
  /** Set when saved progress had to be repaired on load. */
  recovered: { dropped: number; unreadable: boolean; backupKey: string | null } | null;
}

export const storageHealth = createStore<StorageHealth>()(() => ({ mode: 'local', recovered: null }));

function isQuotaError(err: unknown): boolean {
  return err instanceof DOMException && (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

function browserStorage(): Storage | null {
  if (typeof window === 'undefined') return null;
  // Reading window.localStorage itself throws when the browser blocks site data.
  return window.localStorage;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A persist storage that never throws. localStorage first; if it throws (blocked,
 * private mode, quota), the value lives in memory from then on and the health
 * store says why. A value that is not even JSON is copied to `<name>:unreadable`
 * before it is replaced, so nothing the learner had is silently destroyed.
 */
export function createSafeStorage<S>(): PersistStorage<S> {
  const memory = new Map<string, string>();
  const setMode = (mode: StorageMode) => {
    if (storageHealth.getState().mode === 'local') storageHealth.setState({ mode });
  };
  const read = (name: string): string | null => {
    if (storageHealth.getState().mode !== 'local') return memory.get(name) ?? null;
    try {
      return browserStorage()?.getItem(name) ?? null;
    } catch {
      setMode('memory-unavailable');
      return null;
    }
  };
  const backup = (name: string, text: string): string | null => {
    try {
      browserStorage()?.setItem(`${name}:unreadable`, text);
      return `${name}:unreadable`;
    } catch {
      return null;
    }
  };
  return {
    getItem(name): StorageValue<S> | null {
      const text = read(name);
      if (text === null) return null;
      try {
        const value: unknown = JSON.parse(text);
        if (!isObj(value) || !('state' in value)) throw new Error('not a saved state');
        return { state: value.state as S, version: typeof value.version === 'number' ? value.version : 0 };
      } catch {
        storageHealth.setState({ recovered: { dropped: 0, unreadable: true, backupKey: backup(name, text) } });
        return null;
      }
    },
    setItem(name, value) {
      const text = JSON.stringify(value);
      if (storageHealth.getState().mode === 'local') {
        try {
          const storage = browserStorage();
          if (!storage) return;
          storage.setItem(name, text);
          return;
        } catch (err) {
          setMode(isQuotaError(err) ? 'memory-full' : 'memory-unavailable');
        }
      }
      memory.set(name, text);
    },
    removeItem(name) {
      memory.delete(name);
      try {
        browserStorage()?.removeItem(name);
      } catch {
        // Already in memory mode; nothing else to remove.
      }
    },
  };
}
