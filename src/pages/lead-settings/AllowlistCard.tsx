import { Button, Group, Paper, Stack, TagsInput, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allowlistDomainSchema, type AppErrorPayload, type LeadSettings } from '#contract';
import { fieldIssues } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';

const MAX_DOMAINS = 500;

type Problem = { kind: 'invalid'; domain: string | null } | { kind: 'tooMany' };

/** The first entry the core would refuse, checked here so the message is instant. */
function localProblem(domains: readonly string[]): Problem | null {
  if (domains.length > MAX_DOMAINS) return { kind: 'tooMany' };
  const bad = domains.find((d) => !allowlistDomainSchema.safeParse(d).success);
  return bad === undefined ? null : { kind: 'invalid', domain: bad };
}

/** The core's refusal, pointed at the domain it names (`emailAllowlist.3`). */
function serverProblem(error: AppErrorPayload, domains: readonly string[]): Problem | null {
  const issue = fieldIssues(error).find((i) => i.path[0] === 'emailAllowlist');
  if (!issue) return null;
  if (issue.reason === 'too_many') return { kind: 'tooMany' };
  const index = issue.path[1];
  return { kind: 'invalid', domain: typeof index === 'number' ? (domains[index] ?? null) : null };
}

export function AllowlistCard({
  settings,
  onSave,
}: {
  settings: LeadSettings;
  onSave: (emailAllowlist: string[]) => Promise<AppErrorPayload | null>;
}) {
  const { t } = useTranslation();
  // Edits are kept until saved or discarded; a save from elsewhere resets them.
  const [base, setBase] = useState(settings.emailAllowlist);
  const [domains, setDomains] = useState(settings.emailAllowlist);
  if (base !== settings.emailAllowlist) {
    setBase(settings.emailAllowlist);
    setDomains(settings.emailAllowlist);
  }
  const [problem, setProblem] = useState<Problem | null>(null);
  const [failure, setFailure] = useState<AppErrorPayload | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = JSON.stringify(domains) !== JSON.stringify(settings.emailAllowlist);

  async function save(): Promise<void> {
    const found = localProblem(domains);
    setProblem(found);
    setFailure(null);
    if (found) return;
    setSaving(true);
    const error = await onSave(domains);
    setSaving(false);
    if (!error) {
      notifications.show({ color: 'teal', message: t('leadSettings.allowlist.saved') });
      return;
    }
    const refused = serverProblem(error, domains);
    if (refused) setProblem(refused);
    else setFailure(error);
  }

  const problemText =
    problem === null
      ? undefined
      : problem.kind === 'tooMany'
        ? t('leadSettings.allowlist.tooMany')
        : problem.domain === null
          ? t('leadSettings.allowlist.invalidPlain')
          : t('leadSettings.allowlist.invalid', { domain: problem.domain });

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="allowlist-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="allowlist-title">
            {t('leadSettings.allowlist.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('leadSettings.allowlist.description')}
          </Text>
        </div>
        {failure && <ErrorAlert error={failure} onClose={() => setFailure(null)} />}
        <TagsInput
          label={t('leadSettings.allowlist.label')}
          description={t('leadSettings.allowlist.help')}
          placeholder={t('leadSettings.allowlist.placeholder')}
          value={domains}
          onChange={(next) => {
            setDomains(next);
            setProblem(null);
          }}
          splitChars={[',', ';', ' ']}
          acceptValueOnBlur
          clearable
          error={problemText}
          maw={720}
        />
        {domains.length === 0 && !dirty && (
          <Text size="xs" c="dimmed">
            {t('leadSettings.allowlist.empty')}
          </Text>
        )}
        <Group gap="sm" justify="space-between">
          <Text size="xs" c="dimmed">
            {t('leadSettings.allowlist.appliesToNew')}
          </Text>
          <Group gap="sm">
            {dirty && (
              <Button
                variant="subtle"
                color="gray"
                onClick={() => {
                  setDomains(settings.emailAllowlist);
                  setProblem(null);
                }}
              >
                {t('leadSettings.allowlist.discard')}
              </Button>
            )}
            <Button
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={() => void save()}
              disabled={!dirty}
              loading={saving}
            >
              {t('leadSettings.allowlist.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
