import { useEffect } from 'react';
import type { OutputOf } from '#contract';
import { getApi } from '../../../api';
import { useApiQuery, type Query } from '../use-api-query';
import { accountUrl } from './account-url';
import { connectionKey, connectionOf, type ActiveCampaignDraft } from './draft';
import { useActiveCampaignWizard } from './store';

/** The guide: "the system will automatically validate the connection" once both values are pasted. */
const CHECK_DELAY_MS = 600;

export type ConnectionCheck = OutputOf<'activecampaign:checkConnection'>;
export type AcList = OutputOf<'activecampaign:lists'>[number];
export type AcField = OutputOf<'activecampaign:fields'>[number];
export type ScoreRanges = OutputOf<'integrations:scoreRanges'>;

export interface WizardLookups {
  check: Query<ConnectionCheck>;
  connected: boolean;
  lists: Query<AcList[]>;
  fields: Query<AcField[]>;
  ranges: Query<ScoreRanges>;
}

/**
 * What the steps read from ActiveCampaign and the core, asked once per wizard (not per visit to a
 * step) and again only when the account changes. Lists and fields wait for a working connection,
 * so a wrong key is reported once, on the credentials step, not by every lookup.
 */
export function useWizardLookups(draft: ActiveCampaignDraft): WizardLookups {
  const key = connectionKey(draft);
  const api = getApi();
  const check = useApiQuery(
    key,
    () => api.invoke('activecampaign:checkConnection', connectionOf(draft)),
    CHECK_DELAY_MS,
  );
  const connected = check.status === 'ok';
  const answer = check.status === 'ok' ? check.value : null;
  // Once ActiveCampaign accepted the URL, the field shows it as the core understood it: no pasted spaces
  // or trailing slash. Only when an answer arrives, so a slash typed afterwards is not taken away.
  useEffect(() => {
    if (answer === null) return;
    const { draft: current, patch } = useActiveCampaignWizard.getState();
    const clean = accountUrl(answer.apiUrl);
    if (current && current.apiUrl !== clean) patch({ apiUrl: clean }, 'auto');
  }, [answer]);
  const accountKey = connected ? key : null;
  const lists = useApiQuery(accountKey, () => api.invoke('activecampaign:lists', connectionOf(draft)));
  const fields = useApiQuery(accountKey, () => api.invoke('activecampaign:fields', connectionOf(draft)));
  const ranges = useApiQuery(draft.clientId, () =>
    api.invoke('integrations:scoreRanges', { clientId: draft.clientId }),
  );
  return { check, connected, lists, fields, ranges };
}
