import { describe, expect, it } from 'vitest';
import { createDraftStore, hasUnsavedChanges } from '../../../src/pages/send-leads/shared/draft-store';

describe('a wizard draft', () => {
  interface Draft {
    clientId: string;
    name: string;
    url: string;
    template: string;
  }
  const draft: Draft = { clientId: 'c1', name: 'Webhook', url: '', template: '' };

  it('has unsaved changes only when the user changed something since it was stored', () => {
    const { useStore } = createDraftStore<Draft>('test wizard');
    const store = useStore.getState();
    store.open(draft);
    expect(hasUnsavedChanges(useStore.getState())).toBe(false);
    // What the wizard fills in by itself (a default body) is not the user's work.
    store.patch({ template: '{}' }, 'auto');
    expect(hasUnsavedChanges(useStore.getState())).toBe(false);
    store.patch({ url: 'https://crm.example.com' });
    expect(hasUnsavedChanges(useStore.getState())).toBe(true);
    store.patch({ name: 'CRM' }, 'saved');
    expect(hasUnsavedChanges(useStore.getState())).toBe(false);
    store.close();
    expect(hasUnsavedChanges(useStore.getState())).toBe(false);
  });
});
