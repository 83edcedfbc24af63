import { Alert, Badge, Button, Group, List, Text, ThemeIcon } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadValidationView } from '#contract';
import { useIssueText } from '../issue-text';

const FIELDS = ['fullName', 'email', 'phone', 'company', 'cnpj', 'jobTitle', 'city', 'state', 'source'] as const;
type IssueField = (typeof FIELDS)[number];
const isIssueField = (f: string): f is IssueField => (FIELDS as readonly string[]).includes(f);

/** The field an issue is about, as the page names it; null when the issue is about the whole lead. */
function useFieldName(): (field: string) => string | null {
  const { t } = useTranslation();
  return (field) => {
    if (isIssueField(field)) return t(`leadFields.${field}`);
    const [group, key] = field.split(/\.(.*)/s);
    if (group === 'utm' && key) return t('leadFields.utmKey', { key });
    if (group === 'custom' && key) return t('leadFields.customKey', { key });
    return null;
  };
}

/** Facts worth a glance besides the problems: how the e-mail and CNPJ were judged. */
function Facts({ v }: { v: LeadValidationView }) {
  const { t } = useTranslation();
  const facts: string[] = [];
  if (v.email.allowlisted) facts.push(t('leads.detail.allowlisted'));
  if (v.email.mx !== null) facts.push(t(`leads.detail.mx.${v.email.mx}`));
  if (v.cnpj.status === 'valid') facts.push(t(`leads.detail.cnpjKinds.${v.cnpj.kind}`));
  if (facts.length === 0) return null;
  return (
    <Group gap={6}>
      {facts.map((fact) => (
        <Badge key={fact} variant="default" size="sm" radius="sm" fw={500} tt="none">
          {fact}
        </Badge>
      ))}
    </Group>
  );
}

/** Issues that come with a correction the lead can take in one click, and the field it fixes. */
const FIXABLE: Readonly<Record<string, 'email' | 'phone'>> = {
  email_probable_typo: 'email',
  email_typo: 'email',
  phone_missing_ninth_digit: 'phone',
};

export type ApplySuggestion = (field: 'email' | 'phone') => Promise<void>;

/** "Use joao@gmail.com": takes the suggestion, then the lead is checked and scored again. */
function FixButton({ suggestion, onApply }: { suggestion: string; onApply: () => Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="compact-xs"
      variant="light"
      ml="xs"
      loading={busy}
      aria-label={t('leads.detail.fix.labelFor', { suggestion })}
      data-testid="apply-suggestion"
      onClick={() => {
        setBusy(true);
        void onApply().finally(() => setBusy(false));
      }}
    >
      {t('leads.detail.fix.button', { suggestion })}
    </Button>
  );
}

/** What validation found, in plain words, problems first; corrections it suggests are one click away. */
export function ValidationList({
  validation,
  onApply,
}: {
  validation: LeadValidationView | null;
  onApply?: ApplySuggestion;
}) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const fieldName = useFieldName();
  if (validation === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('leads.detail.noChecks')}
      </Text>
    );
  }
  const issues = [...validation.issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  const facts = { emailSuggestion: validation.email.suggestion, phoneSuggestion: validation.phone.suggestion };
  return (
    <>
      {issues.length === 0 ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} data-testid="checks-clear">
          {t('leads.detail.allClear')}
        </Alert>
      ) : (
        <List spacing={8} size="sm" center data-testid="lead-issues">
          {issues.map((issue) => {
            const field = fieldName(issue.field);
            const fixes = FIXABLE[issue.code];
            const suggestion = fixes === undefined ? null : validation[fixes].suggestion;
            return (
              <List.Item
                key={`${issue.field}:${issue.code}`}
                data-testid="lead-issue"
                data-code={issue.code}
                icon={
                  <ThemeIcon
                    size={22}
                    radius="xl"
                    variant="light"
                    color={issue.severity === 'error' ? 'red' : 'orange'}
                    aria-label={t(`leads.detail.severity.${issue.severity}`)}
                  >
                    {issue.severity === 'error' ? <IconAlertCircle size={14} /> : <IconAlertTriangle size={14} />}
                  </ThemeIcon>
                }
              >
                <Text size="sm" span>
                  {field !== null && (
                    <Text span fw={600}>
                      {field}:{' '}
                    </Text>
                  )}
                  {issueText(issue, facts)}
                </Text>
                {fixes !== undefined && suggestion !== null && onApply && (
                  <FixButton suggestion={suggestion} onApply={() => onApply(fixes)} />
                )}
              </List.Item>
            );
          })}
        </List>
      )}
      <Facts v={validation} />
    </>
  );
}
