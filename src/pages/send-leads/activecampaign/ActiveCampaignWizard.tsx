import { useTranslation } from 'react-i18next';
import { DraftWizard } from '../shared/DraftWizard';
import { ConfigureStep, nameProblem } from './ConfigureStep';
import { CredentialsStep } from './CredentialsStep';
import { ListsStep } from './ListsStep';
import { mappingIsComplete, MappingStep } from './mapping/MappingStep';
import { useSuggestedFields } from './mapping/suggest-fields';
import { ReviewStep } from './ReviewStep';
import { useActiveCampaignDraft, useActiveCampaignWizard } from './store';
import { TagsStep } from './TagsStep';
import { useSaveActiveCampaign } from './use-save-activecampaign';
import { useWizardLookups } from './use-wizard-lookups';

/** The ActiveCampaign wizard, as the guide goes: credentials, name, tags, lists, fields, filters, review. */
export function ActiveCampaignWizard() {
  const { t } = useTranslation();
  const draft = useActiveCampaignDraft();
  // Asked once for the whole wizard: several steps read the account's lists, fields and the score ranges.
  const lookups = useWizardLookups(draft);
  useSuggestedFields(lookups.fields.status === 'ok' ? lookups.fields.value : null);
  const saver = useSaveActiveCampaign();
  return (
    <DraftWizard
      type="activecampaign"
      useStore={useActiveCampaignWizard}
      saver={saver}
      steps={[
        {
          id: 'credentials',
          blocker: () => (lookups.connected ? null : t('activecampaignWizard.blocked.credentials')),
          content: <CredentialsStep lookups={lookups} />,
        },
        {
          id: 'configure',
          blocker: (d) => (nameProblem(d.name) ? t('activecampaignWizard.blocked.name') : null),
          content: <ConfigureStep />,
        },
        { id: 'tags', blocker: () => null, content: <TagsStep lookups={lookups} /> },
        { id: 'lists', blocker: () => null, content: <ListsStep lookups={lookups} /> },
        {
          id: 'mapping',
          blocker: (d) => (mappingIsComplete(d) ? null : t('activecampaignWizard.blocked.mapping')),
          content: <MappingStep lookups={lookups} />,
        },
      ]}
      ranges={lookups.ranges.status === 'ok' ? lookups.ranges.value.ranges : []}
      review={ReviewStep}
      notice={(mode, name) => t(mode === 'draft' ? 'sendLeads.notify.savedDraft' : 'sendLeads.notify.saved', { name })}
    />
  );
}
