import { useState } from 'react';
import type { AppErrorPayload, IntegrationDetail, IntegrationSummary, IntegrationType } from '#contract';
import { getApi } from '../../../api';

type DetailOf<T extends IntegrationType> = Extract<IntegrationDetail, { type: T }>;

/**
 * "Edit" on an integration row: the list holds summaries, and the wizard needs the whole config (and the
 * stored filters), so the detail is loaded first; the row shows it is busy meanwhile.
 */
export function useEditIntegration<T extends IntegrationType>(
  type: T,
  open: (detail: DetailOf<T>) => void,
): {
  editingId: string | null;
  error: AppErrorPayload | null;
  clearError: () => void;
  edit: (item: IntegrationSummary) => Promise<void>;
} {
  const [editingId, setEditingId] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);

  async function edit(item: IntegrationSummary): Promise<void> {
    setEditingId(item.id);
    setError(null);
    const result = await getApi().invoke('integrations:get', { id: item.id });
    setEditingId(null);
    if (!result.ok) setError(result.error);
    // TypeScript cannot narrow a union by a generic tag; the comparison is the check.
    else if (result.value.type === type) open(result.value as DetailOf<T>);
  }

  return { editingId, error, clearError: () => setError(null), edit };
}
