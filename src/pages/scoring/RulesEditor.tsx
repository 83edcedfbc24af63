import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleKind, ScoringRuleInput } from '#contract';
import { AddRuleMenu } from './AddRuleMenu';
import { groupOf, newRule, ruleGroups } from './rule-kinds';
import { RuleRow } from './RuleRow';
import type { IssueMap } from './validation';

/** The profile's rules, shown by what they look at (e-mail, phone…), in profile order within each. */
export function RulesEditor({
  rules,
  issues,
  onChange,
}: {
  rules: ScoringRuleInput[];
  issues: IssueMap;
  onChange: (rules: ScoringRuleInput[]) => void;
}) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<string | null>(null);

  useEffect(() => {
    if (added === null) return;
    // The new rule may be far down a long list: bring it into view so the user sees where it went.
    document.querySelector(`[data-rule-id="${CSS.escape(added)}"]`)?.scrollIntoView({ block: 'center' });
    const timer = setTimeout(() => setAdded(null), 1600);
    return () => clearTimeout(timer);
  }, [added]);

  function add(kind: RuleKind): void {
    const rule = newRule(kind, rules);
    onChange([...rules, rule]);
    setAdded(rule.id);
  }

  const indexed = rules.map((rule, index) => ({ rule, index }));
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <div>
          <Title order={3} size="h5">
            {t('scoring.rules.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('scoring.rules.description')}
          </Text>
        </div>
        <AddRuleMenu rules={rules} onAdd={add} />
      </Group>
      {rules.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('scoring.rules.empty')}
        </Text>
      )}
      <Stack gap="lg">
        {ruleGroups.map(({ group }) => {
          const inGroup = indexed.filter(({ rule }) => groupOf(rule.kind) === group);
          if (inGroup.length === 0) return null;
          return (
            <Stack key={group} gap={6} role="group" aria-label={t(`scoring.rules.groups.${group}`)}>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                {t(`scoring.rules.groups.${group}`)}
              </Text>
              {inGroup.map(({ rule, index }) => (
                <RuleRow
                  key={rule.id}
                  rule={rule}
                  index={index}
                  issues={issues}
                  highlight={added === rule.id}
                  onChange={(next) => onChange(rules.map((r, i) => (i === index ? next : r)))}
                  onRemove={() => onChange(rules.filter((_, i) => i !== index))}
                />
              ))}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
