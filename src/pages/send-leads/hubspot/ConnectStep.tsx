import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getApi } from '../../../api';
import { connectionOf } from '../shared/crm-draft';
import { CrmConnectStep } from '../shared/CrmConnectStep';
import { useHubspotErrorText } from './error-text';
import { hubspotSignIn } from './sign-in';
import { useHubspotDraft, useHubspotPatch } from './store';

/** HubSpot's connect step: browser sign-in through the agency's app, or a private app token. */
export function ConnectStep() {
  const { t } = useTranslation();
  const draft = useHubspotDraft();
  const patch = useHubspotPatch();
  const errorText = useHubspotErrorText();
  const fresh = draft.connectionId !== null;
  const portal = (fresh ? draft.account?.portalId : draft.storedPortal) ?? '?';

  return (
    <CrmConnectStep
      ns="hubspotWizard"
      color="orange"
      connectedTestId="hubspot-connected"
      draft={draft}
      patch={patch}
      errorText={errorText}
      signIn={hubspotSignIn}
      connectedText={
        <>
          <Text size="sm" fw={600}>
            {fresh ? t('hubspotWizard.connect.connected', { portal }) : t('hubspotWizard.connect.stored', { portal })}
          </Text>
          {fresh && draft.account?.user && (
            <Text size="sm">
              {t('hubspotWizard.connect.connectedAs', { user: draft.account.user, domain: draft.account.domain ?? '' })}
            </Text>
          )}
        </>
      }
      narrow="panel"
      checkToken={() => getApi().invoke('hubspot:checkConnection', connectionOf(draft))}
      // The API address as HubSpot was reached at, without pasted spaces or a trailing slash.
      tokenChecked={({ apiUrl, portalId, uiDomain }) => ({
        apiUrl,
        account: { portalId, domain: uiDomain, user: null },
      })}
      checkedText={draft.account ? t('hubspotWizard.connect.checked', { portal: draft.account.portalId ?? '?' }) : null}
      apiUrlResetsAccount={false}
    />
  );
}
