import { Badge, Collapse, Group, ScrollArea, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowRight, IconCircleCheckFilled } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MantineColor } from '@mantine/core';
import type { ScoreReasonView, ScoringPreview } from '#contract';
import { useBlockersText } from '../leads/detail/blockers';
import { isRuleKind } from './rule-kinds';
import classes from './scoring.module.css';
import { useRangeLabel } from '../../i18n/range-label';

type PreviewLead = ScoringPreview['leads'][number];

const DETAIL = /^(domain|keyword|state|phone|cnpj|email|country|name):(.*)$/;

/** The part of a reason's detail a person cares about: `domain:acme.com.br` → `acme.com.br`. */
function detailText(detail: string | undefined): string | null {
  if (!detail) return null;
  const match = DETAIL.exec(detail);
  return (match?.[2] ?? detail).replace(/:allowlisted$/, ' ✓');
}

function Reasons({ reasons, blockedBy }: { reasons: ScoreReasonView[]; blockedBy: readonly string[] }) {
  const { t } = useTranslation();
  const blocked = useBlockersText()(blockedBy);
  const refusal = blocked && (
    <Text size="xs" c="orange" data-testid="preview-blocked">
      {blocked}
    </Text>
  );
  if (reasons.length === 0) {
    return (
      <>
        <Text size="xs" c="dimmed">
          {t('scoring.preview.noReasons')}
        </Text>
        {refusal}
      </>
    );
  }
  return (
    <>
      <Stack gap={2} role="list" aria-label={t('scoring.preview.reasons')}>
        {reasons.map((r) => {
          const name = r.label ?? (isRuleKind(r.kind) ? t(`scoring.kinds.${r.kind}.name`) : r.rule);
          const detail = detailText(r.detail);
          return (
            <Group key={r.rule} gap="xs" wrap="nowrap" justify="space-between" role="listitem">
              <Text size="xs" truncate>
                {name}
                {detail && (
                  <Text span c="dimmed" size="xs">
                    {' '}
                    · {detail}
                  </Text>
                )}
              </Text>
              <Text size="xs" fw={700} c={r.points > 0 ? 'teal' : r.points < 0 ? 'red' : 'dimmed'}>
                {r.points > 0 ? `+${r.points}` : r.points}
              </Text>
            </Group>
          );
        })}
      </Stack>
      {refusal}
    </>
  );
}

function LeadRow({
  lead,
  color,
  open,
  onToggle,
}: {
  lead: PreviewLead;
  color: (range: string | null) => MantineColor;
  open: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  const { nameOf } = useRangeLabel();
  const { current, preview } = lead;
  const changed = current.score !== preview.score || current.range !== preview.range;
  const qualifyChange =
    current.qualified !== preview.qualified
      ? preview.qualified
        ? t('scoring.preview.becomesQualified')
        : t('scoring.preview.stopsQualified')
      : null;
  return (
    <div role="listitem" data-testid="preview-lead" data-changed={changed || undefined}>
      <UnstyledButton className={classes.leadRow} onClick={onToggle} aria-expanded={open}>
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <div style={{ minWidth: 0, flex: 1 }}>
            <Text size="sm" fw={500} truncate>
              {lead.fullName || t('scoring.preview.noName')}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {lead.email}
            </Text>
          </div>
          <Group
            gap={4}
            wrap="nowrap"
            aria-label={t('scoring.preview.scoreChange', { current: current.score ?? '—', preview: preview.score })}
          >
            <Badge
              variant="outline"
              color={color(current.range)}
              size="sm"
              title={current.range === null ? t('scoring.preview.unscored') : nameOf(current.range)}
            >
              {current.score ?? '—'}
            </Badge>
            <IconArrowRight size={12} opacity={changed ? 1 : 0.35} />
            <Badge
              variant="filled"
              color={color(preview.range)}
              size="sm"
              data-testid="preview-score"
              title={preview.range === null ? undefined : nameOf(preview.range)}
            >
              {preview.score}
            </Badge>
            <Tooltip
              label={qualifyChange ?? t('scoring.preview.qualified')}
              disabled={!preview.qualified && !qualifyChange}
            >
              <IconCircleCheckFilled
                size={16}
                aria-hidden
                color={preview.qualified ? 'var(--mantine-color-teal-filled)' : 'var(--mantine-color-default-border)'}
              />
            </Tooltip>
          </Group>
        </Group>
        {qualifyChange && (
          <Text size="xs" c={preview.qualified ? 'teal' : 'orange'} mt={2}>
            {qualifyChange}
          </Text>
        )}
      </UnstyledButton>
      <Collapse expanded={open}>
        <Stack gap={4} px={10} pb="xs" pt={2}>
          <Text size="xs" fw={600}>
            {t('scoring.preview.reasons')} · {preview.range === null ? '—' : nameOf(preview.range)}
          </Text>
          <Reasons reasons={preview.reasons} blockedBy={preview.blockedBy} />
        </Stack>
      </Collapse>
    </div>
  );
}

/** The sampled leads, current score → draft score; a click shows the draft's reasons. */
export function PreviewLeads({
  leads,
  color,
}: {
  leads: PreviewLead[];
  color: (range: string | null) => MantineColor;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Stack gap={4}>
      <div>
        <Text size="sm" fw={600}>
          {t('scoring.preview.leads')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('scoring.preview.leadsHint')}
        </Text>
      </div>
      <ScrollArea.Autosize mah={420} type="auto" offsetScrollbars>
        <Stack gap={0} role="list" aria-label={t('scoring.preview.leads')}>
          {leads.map((lead) => (
            <LeadRow
              key={lead.id}
              lead={lead}
              color={color}
              open={open === lead.id}
              onToggle={() => setOpen((o) => (o === lead.id ? null : lead.id))}
            />
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}
