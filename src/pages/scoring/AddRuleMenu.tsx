import { Button, Menu, ScrollArea, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RuleKind, ScoringRuleInput } from '#contract';
import { canAddKind, ruleGroups } from './rule-kinds';
import classes from './scoring.module.css';

const MAX_RULES = 100;

/** "Add rule", by what the rule looks at; facts already scored by a rule are shown but disabled. */
export function AddRuleMenu({ rules, onAdd }: { rules: readonly ScoringRuleInput[]; onAdd: (kind: RuleKind) => void }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" shadow="md" width={360} withinPortal>
      <Menu.Target>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={rules.length >= MAX_RULES}
          style={{ flexShrink: 0 }}
        >
          {t('scoring.rules.add')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown data-testid="add-rule-menu">
        <ScrollArea.Autosize mah={440} type="auto" offsetScrollbars>
          {ruleGroups.map(({ group, kinds }) => (
            <div key={group}>
              <Menu.Label>{t(`scoring.rules.groups.${group}`)}</Menu.Label>
              {kinds.map((kind: RuleKind) => {
                const allowed = canAddKind(kind, rules);
                return (
                  <Menu.Item key={kind} onClick={() => onAdd(kind)} disabled={!allowed}>
                    <Text size="sm" fw={500}>
                      {t(`scoring.kinds.${kind}.name`)}
                    </Text>
                    <Text size="xs" c="dimmed" className={classes.menuItemDescription}>
                      {allowed ? t(`scoring.kinds.${kind}.description`) : t('scoring.rules.already')}
                    </Text>
                  </Menu.Item>
                );
              })}
            </div>
          ))}
        </ScrollArea.Autosize>
      </Menu.Dropdown>
    </Menu>
  );
}
