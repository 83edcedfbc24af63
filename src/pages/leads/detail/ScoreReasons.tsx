import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScoreReasonView } from '#contract';

const KNOWN_KINDS = [
  'validCnpj', 'invalidCnpj', 'corporateEmail', 'freeEmail', 'emailTypo', 'disposableEmail', 'invalidEmail', 'emailWithoutMx',
  'validMobile', 'validPhone', 'invalidPhone', 'foreignPhone', 'missingEmail', 'missingPhone', 'missingCompany',
  'missingName', 'suspiciousName', 'jobTitleKeywords', 'stateIn', 'sourceEquals', 'field',
] as const; // prettier-ignore
type KnownKind = (typeof KNOWN_KINDS)[number];
const isKnown = (kind: string): kind is KnownKind => (KNOWN_KINDS as readonly string[]).includes(kind);

/** The rule's own label, else its kind in words, else its id: something a person can read. */
export function useReasonLabel(): (reason: ScoreReasonView) => string {
  const { t } = useTranslation();
  return (reason) => reason.label ?? (isKnown(reason.kind) ? t(`leads.ruleKinds.${reason.kind}`) : reason.rule);
}

/** `domain:acme.com.br` → `acme.com.br`, `phone:mobile` → "Mobile": the machine prefix means nothing to a reader. */
function useDetailText(): (detail: string | undefined) => string | null {
  const { t } = useTranslation();
  return (detail) => {
    if (!detail) return null;
    const [prefix = '', ...rest] = detail.split(':');
    const value = (rest.join(':') || detail).replace(/:allowlisted$/, '');
    if (prefix === 'phone' && (value === 'mobile' || value === 'landline' || value === 'other')) {
      return t(`leads.detail.phoneTypes.${value}`);
    }
    if (prefix === 'cnpj' && (value === 'numeric' || value === 'alphanumeric')) {
      return t(`leads.detail.cnpjKinds.${value}`);
    }
    // `email:missing_tld`, `phone:short_subscriber`: the Validation section says it in words.
    if (prefix === 'email' || prefix === 'phone' || prefix === 'cnpj') return null;
    return value;
  };
}

export function Points({ points }: { points: number }) {
  return (
    <Text
      size="sm"
      fw={700}
      c={points > 0 ? 'teal' : points < 0 ? 'red' : 'dimmed'}
      style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
    >
      {points > 0 ? `+${points}` : points < 0 ? `−${Math.abs(points)}` : '0'}
    </Text>
  );
}

/** Each rule that applied, with its points, in the profile's order. */
export function ScoreReasons({ reasons, score }: { reasons: ScoreReasonView[]; score: number }) {
  const { t } = useTranslation();
  const label = useReasonLabel();
  const detailText = useDetailText();
  const sum = reasons.reduce((total, r) => total + r.points, 0);
  // Scores are kept within 0–100: say so when the points alone would fall outside.
  const clamped = sum < 0 ? t('leads.detail.score.atLeast') : sum > 100 ? t('leads.detail.score.atMost') : null;
  if (reasons.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('leads.detail.score.noReasons')}
      </Text>
    );
  }
  return (
    <Paper withBorder radius="md" data-testid="score-reasons">
      <Table verticalSpacing={6} horizontalSpacing="md">
        <Table.Tbody>
          {reasons.map((reason) => {
            const detail = detailText(reason.detail);
            return (
              <Table.Tr key={reason.rule} data-testid="score-reason">
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">{label(reason)}</Text>
                    {detail && (
                      <Text size="xs" c="dimmed">
                        {detail}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td w={64} ta="right">
                  <Points points={reason.points} />
                </Table.Td>
              </Table.Tr>
            );
          })}
          <Table.Tr>
            <Table.Td>
              <Text size="sm" fw={600}>
                {t('leads.detail.score.total')}
              </Text>
              {clamped && (
                <Text size="xs" c="dimmed" data-testid="score-clamped">
                  {clamped}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right">
              <Group justify="flex-end">
                <Text size="sm" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {score}
                </Text>
              </Group>
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
