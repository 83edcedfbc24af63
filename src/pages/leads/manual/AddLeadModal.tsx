import { Anchor, Button, Grid, Group, Modal, ScrollArea, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UFS, type AppErrorPayload, type LeadInputRaw } from '#contract';
import { getApi } from '../../../api';
import { fieldIssues } from '../../../api/errors';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useApiQuery } from '../../send-leads/use-api-query';
import { useScoreRanges } from '../use-score-ranges';
import { useBlockersList } from '../detail/blockers';
import { CustomFields, type CustomRow } from './CustomFields';
import {
  emptyForm,
  FORM_FIELDS,
  useFieldFeedback,
  type Feedback,
  type FormField,
  type FormValues,
} from './field-feedback';
import { LiveScore } from './LiveScore';

const CHECK_DEBOUNCE_MS = 350;

interface AddLeadModalProps {
  clientId: string;
  opened: boolean;
  onClose: () => void;
  /** Brings the new lead into view; says whether the list's filters had to be cleared for it. */
  onAdded: () => { filtersCleared: boolean };
}

function toInput(values: FormValues, custom: CustomRow[]): LeadInputRaw {
  const lead: LeadInputRaw = {};
  for (const field of FORM_FIELDS) if (values[field].trim() !== '') lead[field] = values[field];
  const extra = Object.fromEntries(custom.filter((r) => r.key.trim() !== '').map((r) => [r.key, r.value]));
  if (Object.keys(extra).length > 0) lead.custom = extra;
  return lead;
}

/** A message under a field: red for a problem, orange for a warning, dimmed for a confirmation. */
function Message({
  feedback,
  onSuggestion,
}: {
  feedback: Feedback | undefined;
  onSuggestion: (value: string) => void;
}) {
  const { t } = useTranslation();
  if (!feedback) return null;
  const parts: ReactNode[] = [];
  if (feedback.warning)
    parts.push(
      <Text key="w" size="xs" c="orange" data-testid="field-warning">
        {feedback.warning}
      </Text>,
    );
  if (feedback.note && !feedback.error)
    parts.push(
      <Text key="n" size="xs" c="dimmed">
        {feedback.note}
      </Text>,
    );
  if (feedback.suggestion) {
    const suggestion = feedback.suggestion;
    // The error may already ask "did you mean…"; then only the button is added.
    const asked = feedback.error?.includes(suggestion) === true;
    parts.push(
      <Group key="s" gap={6} wrap="nowrap">
        {!asked && (
          <Text size="xs" c="orange">
            {t('leads.form.didYouMean', { suggestion })}
          </Text>
        )}
        <Anchor
          component="button"
          type="button"
          size="xs"
          fw={600}
          aria-label={t('leads.form.useSuggestionFor', { suggestion })}
          onClick={() => onSuggestion(suggestion)}
        >
          {t('leads.form.useSuggestion')}
        </Anchor>
      </Group>,
    );
  }
  return parts.length > 0 ? <Stack gap={2}>{parts}</Stack> : null;
}

export function AddLeadModal({ clientId, opened, onClose, onAdded }: AddLeadModalProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<FormValues>(emptyForm);
  const [custom, setCustom] = useState<CustomRow[]>([]);
  const [serverError, setServerError] = useState<AppErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const scoring = useScoreRanges(clientId);
  const feedbackFor = useFieldFeedback();
  const blockersList = useBlockersList();

  const input = toInput(values, custom);
  const hasAnything = Object.keys(input).length > 0;
  const key = opened && hasAnything ? JSON.stringify({ clientId, input }) : null;
  const check = useApiQuery(key, () => getApi().invoke('leads:check', { clientId, lead: input }), CHECK_DEBOUNCE_MS);
  const checked = hasAnything ? (check.status === 'ok' ? check.value : check.last) : undefined;
  const feedback = feedbackFor(checked, values);

  // The core's own refusals (no e-mail nor phone, a value too long) land on the field they concern.
  const serverIssues = serverError ? fieldIssues(serverError) : [];
  const serverText = (field: string): string | undefined => {
    const issue = serverIssues.find((i) => i.path[0] === 'lead' && i.path[1] === field);
    if (!issue) return undefined;
    if (issue.reason === 'no_contact') return t('leads.form.messages.noContact');
    if (issue.reason === 'too_long') return t('leads.form.messages.tooLong');
    return t('leads.form.messages.invalid');
  };
  const serverMapped = serverIssues.some((i) => i.path[0] === 'lead');

  function set(field: FormField, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    if (serverError) setServerError(null);
  }

  function close() {
    setValues(emptyForm);
    setCustom([]);
    setServerError(null);
    onClose();
  }

  async function submit() {
    setBusy(true);
    setServerError(null);
    const result = await getApi().invoke('leads:create', { clientId, lead: input });
    setBusy(false);
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    const { lead, dispatches } = result.value;
    const { filtersCleared } = onAdded();
    const blocked = blockersList(lead.blockedBy);
    const outcome = blocked
      ? t('leads.form.created.blocked', { reasons: blocked })
      : !lead.qualified
        ? t('leads.form.created.notQualified')
        : dispatches > 0
          ? t('leads.form.created.qualified', { count: dispatches })
          : t('leads.form.created.qualifiedNone');
    notifications.show({
      color: lead.qualified ? 'teal' : blocked ? 'orange' : 'blue',
      title: lead.fullName || lead.email || undefined,
      message: filtersCleared ? `${outcome} ${t('leads.form.created.filtersCleared')}` : outcome,
    });
    close();
  }

  const text = (field: FormField, span: number, extra: { type?: string; autoFocus?: boolean } = {}) => {
    const fb = feedback[field];
    return (
      <Grid.Col span={span}>
        <TextInput
          label={t(`leadFields.${field}`)}
          placeholder={t(`leads.form.placeholders.${field}`)}
          value={values[field]}
          onChange={(e) => set(field, e.currentTarget.value)}
          error={serverText(field) ?? fb?.error}
          description={
            <Message
              // The last answer may still carry a suggestion the field already took.
              feedback={fb?.suggestion === values[field] ? undefined : fb}
              onSuggestion={(s) => set(field, s)}
            />
          }
          inputWrapperOrder={['label', 'input', 'error', 'description']}
          type={extra.type}
          data-autofocus={extra.autoFocus || undefined}
        />
      </Grid.Col>
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('leads.form.title')}
      size={880}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="md">
              <Text size="sm" c="dimmed">
                {t('leads.form.intro')}
              </Text>
              <Grid gap="sm">
                {text('fullName', 12, { autoFocus: true })}
                {text('email', 12, { type: 'email' })}
                {text('phone', 6, { type: 'tel' })}
                {text('cnpj', 6)}
                {text('company', 6)}
                {text('jobTitle', 6)}
                {text('city', 5)}
                <Grid.Col span={3}>
                  <Select
                    label={t('leadFields.stateCode')}
                    placeholder={t('leads.form.placeholders.state')}
                    data={[...UFS]}
                    value={values.state || null}
                    onChange={(v) => set('state', v ?? '')}
                    error={serverText('state') ?? feedback.state?.error}
                    searchable
                    clearable
                  />
                </Grid.Col>
                {text('source', 4)}
              </Grid>
              <CustomFields rows={custom} onChange={setCustom} error={serverText('custom')} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <div style={{ position: 'sticky', top: 0 }}>
              <LiveScore
                check={checked}
                checking={hasAnything && check.status === 'loading'}
                needsContact={values.email.trim() === '' && values.phone.trim() === ''}
                colorOf={scoring.colorOf}
              />
            </div>
          </Grid.Col>
        </Grid>
        {serverError && !serverMapped && <ErrorAlert error={serverError} onClose={() => setServerError(null)} />}
        {/* Kept in view while a long form scrolls, so the way out is always where the user looks. */}
        <Group
          justify="flex-end"
          mt="xl"
          py="sm"
          style={{
            position: 'sticky',
            bottom: 0,
            zIndex: 2,
            background: 'var(--mantine-color-body)',
            borderTop: '1px solid var(--mantine-color-default-border)',
          }}
        >
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('leads.form.submit')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
