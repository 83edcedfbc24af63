import { useState } from 'react';
import type { Client } from '#contract';
import { getApi } from '../../api';
import { createExportStore } from '../exports/export-store';

/** One template export at a time, kept outside the page so leaving it loses nothing. */
export const templateExports = createExportStore();

/** Starts a client's template export; answers which integrations stayed out of it (OAuth CRMs). */
export function useTemplateExport() {
  const [exporting, setExporting] = useState<{ name: string; skipped: string[] } | null>(null);
  function start(client: Client) {
    setExporting({ name: client.name, skipped: [] });
    void templateExports.getState().start(async () => {
      const result = await getApi().invoke('templates:export', { clientId: client.id, leadSettings: true });
      if (result.ok) setExporting({ name: client.name, skipped: result.value.skipped.map((s) => s.name) });
      return result;
    });
  }
  return { exporting, start, clear: () => setExporting(null) };
}
