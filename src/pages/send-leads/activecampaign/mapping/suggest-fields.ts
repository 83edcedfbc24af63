import { useEffect } from 'react';
import { matchByName } from '../../shared/field-match';
import type { FieldRef } from '../draft';
import { useActiveCampaignWizard } from '../store';

/** What this needs of an ActiveCampaign custom field (see `activecampaign:fields`). */
interface AcField {
  id: string;
  title: string;
  perstag: string;
}

/** Score and CNPJ go to the account's fields of those names, when it has exactly one of each. */
export function suggestedFields(fields: readonly AcField[]): {
  scoreField: FieldRef | null;
  cnpjField: FieldRef | null;
} {
  const pick = (source: 'score' | 'cnpj'): FieldRef | null => {
    const hit = matchByName(source, fields, (f) => [f.title, f.perstag]);
    return hit ? { id: hit.id, title: hit.title } : null;
  };
  return { scoreField: pick('score'), cnpjField: pick('cnpj') };
}

/**
 * Preselects them once, as soon as the account's fields are known, in a new integration only; the
 * user's own choice (or clearing one) is never undone.
 */
export function useSuggestedFields(fields: readonly AcField[] | null): void {
  useEffect(() => {
    const { draft, patch } = useActiveCampaignWizard.getState();
    if (fields === null || !draft || draft.fieldsSuggested) return;
    const suggested = suggestedFields(fields);
    patch(
      {
        scoreField: draft.scoreField ?? suggested.scoreField,
        cnpjField: draft.cnpjField ?? suggested.cnpjField,
        fieldsSuggested: true,
      },
      'auto',
    );
  }, [fields]);
}
