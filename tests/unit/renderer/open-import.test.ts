import { describe, expect, it } from 'vitest';
import { useLeadsView } from '../../../src/stores/leads';

describe('opening an import from the home screen', () => {
  it('goes to the Imports tab with that import asked for, until its details have been opened', () => {
    useLeadsView.getState().setTab('scoring');
    useLeadsView.getState().openImportDetails('imp-1');
    expect(useLeadsView.getState()).toMatchObject({ tab: 'imports', importToOpen: 'imp-1' });
    // Choosing a tab by hand is not a request to open anything else.
    useLeadsView.getState().setTab('leads');
    expect(useLeadsView.getState().importToOpen).toBe('imp-1');
    useLeadsView.getState().importOpened();
    expect(useLeadsView.getState().importToOpen).toBeNull();
  });
});
