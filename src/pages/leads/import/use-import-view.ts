import { useEffect, useState } from 'react';
import type { ImportView } from '#contract';
import { getApi } from '../../../api';

/** One import, kept current by its progress events (and read once, in case it moved before we listened). */
export function useImportView(initial: ImportView | null): ImportView | null {
  const [latest, setLatest] = useState<ImportView | null>(initial);
  const id = initial?.id ?? null;

  useEffect(() => {
    if (id === null) return;
    let cancelled = false;
    const api = getApi();
    const off = api.on('leads:importProgress', (view) => {
      if (view.id === id) setLatest(view);
    });
    void api.invoke('leads:importGet', { id }).then((result) => {
      // An event may already have brought something newer; keep the most advanced view.
      if (!cancelled && result.ok)
        setLatest((prev) =>
          prev?.id === id && prev.state !== 'running' && result.value.state === 'running' ? prev : result.value,
        );
    });
    return () => {
      cancelled = true;
      off();
    };
  }, [id]);

  if (latest?.id !== id) return initial;
  return latest;
}

export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value)} ${units[unit] ?? 'B'}`;
}

export function formatDuration(ms: number, language: string): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const unit = seconds < 60 ? 'second' : seconds < 3600 ? 'minute' : 'hour';
  const value = unit === 'second' ? seconds : unit === 'minute' ? seconds / 60 : seconds / 3600;
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(
    value < 1 && unit === 'second' ? 1 : value,
  );
}
