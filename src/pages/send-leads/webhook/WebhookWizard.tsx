import { useTranslation } from 'react-i18next';
import { filterIsComplete } from '../filters/conditions';
import { FiltersStepLoadingRanges } from '../shared/FiltersStep';
import { useSaveOutcome } from '../shared/use-save-outcome';
import { cardWizardIds, WizardFrame } from '../shared/WizardFrame';
import { BodyStep } from './BodyStep';
import type { WebhookDraft } from './draft';
import { EndpointStep } from './EndpointStep';
import { ReviewStep } from './ReviewStep';
import { SigningStep } from './SigningStep';
import { useWebhookDraft, useWebhookPatch, useWebhookWizard } from './store';
import { useSaveWebhook } from './use-save-webhook';
import { endpointComplete } from './validate';

const steps = ['endpoint', 'body', 'signing', 'filters', 'review'] as const;
type StepId = (typeof steps)[number];

function parses(json: string): boolean {
  try {
    JSON.parse(json);
    return true;
  } catch {
    return false;
  }
}

/** Why "Next" is off on a step, as a translation key; null lets the user go on. */
function blocker(step: StepId, draft: WebhookDraft) {
  switch (step) {
    case 'endpoint':
      return endpointComplete(draft) ? null : ('webhookWizard.blocked.endpoint' as const);
    case 'body':
      return parses(draft.bodyTemplate) ? null : ('webhookWizard.blocked.body' as const);
    case 'signing':
      return draft.integrationId !== null ? null : ('webhookWizard.blocked.signing' as const);
    case 'filters':
      return filterIsComplete(draft.filter) ? null : ('webhookWizard.blocked.filters' as const);
    default:
      return null;
  }
}

export function WebhookWizard() {
  const { t } = useTranslation();
  const draft = useWebhookDraft();
  const close = useWebhookWizard((s) => s.close);
  const patch = useWebhookPatch();
  const saver = useSaveWebhook();
  const { activated, saved } = useSaveOutcome(close, (mode, name) =>
    t(mode === 'draft' ? 'webhookWizard.notify.savedDraft' : 'webhookWizard.notify.saved', { name }),
  );
  const content = {
    endpoint: <EndpointStep />,
    body: <BodyStep />,
    signing: <SigningStep saver={saver} />,
    filters: (
      <FiltersStepLoadingRanges
        ns="webhookWizard"
        clientId={draft.clientId}
        filter={draft.filter}
        onChange={(filter) => patch({ filter })}
      />
    ),
    review: <ReviewStep saver={saver} onSaved={saved} />,
  };
  return (
    <WizardFrame
      ns="webhookWizard"
      ids={cardWizardIds('webhook')}
      steps={steps}
      color="grape"
      draft={draft}
      blocker={(step) => {
        const key = blocker(step, draft);
        return key ? t(key) : null;
      }}
      renderStep={(step) => content[step]}
      activated={activated}
      onClose={close}
    />
  );
}
