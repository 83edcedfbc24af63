import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '#contract';
import { getApi } from '../../../api';
import { connectionOf } from '../shared/crm-draft';
import { CrmConnectStep } from '../shared/CrmConnectStep';
import type { PipedriveAccount, PipedriveDraft } from './draft';
import { usePipedriveErrorText } from './error-text';
import { pipedriveSignIn } from './sign-in';
import { usePipedriveDraft, usePipedrivePatch } from './store';

function company(account: PipedriveAccount | null, fallback: string | null): string {
  return account?.companyName ?? account?.domain ?? account?.companyId ?? fallback ?? '?';
}

/** Pipedrive's connect step: browser sign-in through the agency's app, or a personal API token. */
export function ConnectStep() {
  const { t } = useTranslation();
  const draft = usePipedriveDraft();
  const patch = usePipedrivePatch();
  const errorText = usePipedriveErrorText();
  const fresh = draft.connectionId !== null;
  const name = company(fresh ? draft.account : null, draft.storedCompany);

  function tokenChecked(value: OutputOf<'pipedrive:checkConnection'>): Partial<PipedriveDraft> {
    const { apiUrl, companyId, companyName, companyDomain, user } = value;
    // A typed token may go to the company's own address from now on (docs/crm/pipedrive.md: faster requests).
    const moved = draft.token.trim() !== '' ? { apiUrl } : {};
    return { ...moved, account: { companyId, companyName, domain: companyDomain, user } };
  }

  return (
    <CrmConnectStep
      ns="pipedriveWizard"
      color="green"
      connectedTestId="pipedrive-connected"
      draft={draft}
      patch={patch}
      errorText={errorText}
      signIn={pipedriveSignIn}
      connectedText={
        <>
          <Text size="sm" fw={600}>
            {fresh
              ? t('pipedriveWizard.connect.connected', { company: name })
              : t('pipedriveWizard.connect.stored', { company: name })}
          </Text>
          {fresh && draft.account?.user && (
            <Text size="sm">{t('pipedriveWizard.connect.connectedAs', { user: draft.account.user })}</Text>
          )}
        </>
      }
      narrow="intro"
      checkToken={() => getApi().invoke('pipedrive:checkConnection', connectionOf(draft))}
      tokenChecked={tokenChecked}
      checkedText={
        draft.account ? t('pipedriveWizard.connect.checked', { company: company(draft.account, null) }) : null
      }
      apiUrlResetsAccount
    />
  );
}
