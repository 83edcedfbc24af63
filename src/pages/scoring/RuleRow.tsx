import { ActionIcon, Group, NumberInput, Paper, Stack, Switch, Text, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ScoringRuleInput } from '#contract';
import { useIssueText } from './issue-text';
import { isFlagKind } from './rule-kinds';
import { RuleInputs } from './RuleInputs';
import classes from './scoring.module.css';
import type { IssueMap } from './validation';

interface RuleRowProps {
  rule: ScoringRuleInput;
  index: number;
  issues: IssueMap;
  highlight: boolean;
  onChange: (rule: ScoringRuleInput) => void;
  onRemove: () => void;
}

function sign(points: number): 'positive' | 'negative' | 'zero' {
  if (!Number.isFinite(points) || points === 0) return 'zero';
  return points > 0 ? 'positive' : 'negative';
}

/** One rule: what it looks at, its points (green adds, red takes away), on or off, its own inputs. */
export function RuleRow({ rule, index, issues, highlight, onChange, onRemove }: RuleRowProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const path = `rules.${index}`;
  const kindName = t(`scoring.kinds.${rule.kind}.name`);
  const name = rule.label?.trim() || kindName;
  const enabled = rule.enabled ?? true;
  const pointsSign = sign(rule.points);

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      role="group"
      aria-label={t('scoring.rules.rowLabel', { name })}
      className={classes.rule}
      data-sign={pointsSign}
      data-enabled={String(enabled)}
      data-highlight={highlight || undefined}
      data-rule-id={rule.id}
      data-testid="scoring-rule"
    >
      <Stack gap="xs">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Switch
            mt={4}
            checked={enabled}
            onChange={(e) => onChange({ ...rule, enabled: e.currentTarget.checked })}
            aria-label={t('scoring.rules.enabled', { name })}
          />
          <div style={{ flex: 1, minWidth: 0 }}>
            <Text fw={600} size="sm">
              {name}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`scoring.kinds.${rule.kind}.description`)}
            </Text>
          </div>
          <NumberInput
            aria-label={t('scoring.rules.points', { name })}
            className={classes.points}
            data-sign={pointsSign}
            value={Number.isFinite(rule.points) ? rule.points : ''}
            onChange={(v) => onChange({ ...rule, points: typeof v === 'number' ? v : Number.NaN })}
            min={-100}
            max={100}
            allowDecimal={false}
            clampBehavior="none"
            error={issueText(issues.get(`${path}.points`), 'points')}
            w={92}
          />
          <Tooltip label={t('scoring.rules.remove', { name })}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              mt={1}
              aria-label={t('scoring.rules.remove', { name })}
              onClick={onRemove}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
        {!isFlagKind(rule.kind) && (
          <Stack gap="xs" pl={50}>
            <TextInput
              aria-label={`${name}: ${t('scoring.rules.labelInput')}`}
              label={t('scoring.rules.labelInput')}
              placeholder={kindName}
              value={rule.label ?? ''}
              onChange={(e) => {
                const label = e.currentTarget.value;
                onChange({ ...rule, label: label === '' ? undefined : label });
              }}
              error={issueText(issues.get(`${path}.label`), 'text')}
              size="xs"
              maw={320}
            />
            <RuleInputs rule={rule} path={path} issues={issues} name={name} onChange={onChange} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
