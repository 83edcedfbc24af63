import { Button, EmptyState, Group, Paper, Text } from '@mantine/core';
import { IconFileImport, IconFilterOff, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getApi } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import layout from '../../components/page-layout.module.css';
import { hasLeadFilters, toLeadsQuery, useLeadsView } from '../../stores/leads';
import { LeadDrawer } from './detail/LeadDrawer';
import { LeadsFilters } from './LeadsFilters';
import { LeadsTable } from './LeadsTable';
import type { ScoreRanges } from './use-score-ranges';
import { useLeadRows } from './use-lead-rows';

type RangeCount = { name: string; count: number };

/** Lead counts per range for the filter, re-read when leads change. */
function useRangeCounts(clientId: string): RangeCount[] {
  const [answer, setAnswer] = useState<{ clientId: string; ranges: RangeCount[] } | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void getApi()
      .invoke('leads:ranges', { clientId })
      .then((result) => {
        if (!cancelled && result.ok) setAnswer({ clientId, ranges: result.value });
      });
    return () => {
      cancelled = true;
    };
  }, [clientId, round]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = getApi().on('leads:changed', (event) => {
      if (event.clientId !== clientId || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        setRound((r) => r + 1);
      }, 1500);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [clientId]);
  return answer?.clientId === clientId ? answer.ranges : [];
}

interface LeadsTabProps {
  clientId: string;
  scoring: ScoreRanges;
  onAdd: () => void;
  onImport: () => void;
}

export function LeadsTab({ clientId, scoring, onAdd, onImport }: LeadsTabProps) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => value.toLocaleString(i18n.language);
  const filters = useLeadsView((s) => s.filters);
  const reset = useLeadsView((s) => s.resetFilters);
  const query = useMemo(() => toLeadsQuery(filters, clientId), [filters, clientId]);
  const { rows, total, totalCapped, hasMore, loading, loadingMore, error, loadMore, refresh } = useLeadRows(query);
  const ranges = useRangeCounts(clientId);
  const [openId, setOpenId] = useState<string | null>(null);
  const filtered = hasLeadFilters(filters);

  return (
    <>
      {/* Nothing to filter yet: the invitation to import or add is the whole page. */}
      {(filtered || rows.length > 0) && <LeadsFilters ranges={ranges} />}
      {error && <ErrorAlert error={error} onRetry={refresh} />}
      <Paper withBorder className={layout.card} style={{ overflow: 'hidden' }}>
        <LeadsTable
          rows={rows}
          loading={loading}
          empty={
            filtered ? (
              <EmptyState variant="light" icon={<IconFilterOff size={28} />} py={48} mx="auto" maw={520}>
                <EmptyState.Title order={2}>{t('leads.empty.filteredTitle')}</EmptyState.Title>
                <EmptyState.Description>{t('leads.empty.filteredBody')}</EmptyState.Description>
                <EmptyState.Actions>
                  <Button variant="light" leftSection={<IconFilterOff size={16} />} onClick={reset}>
                    {t('leads.filters.clear')}
                  </Button>
                </EmptyState.Actions>
              </EmptyState>
            ) : (
              <EmptyState variant="light" icon={<IconUsers size={28} />} py={56} mx="auto" maw={560}>
                <EmptyState.Title order={2}>{t('leads.empty.title')}</EmptyState.Title>
                <EmptyState.Description>{t('leads.empty.body')}</EmptyState.Description>
                <EmptyState.Actions>
                  <Group justify="center">
                    <Button leftSection={<IconFileImport size={16} />} onClick={onImport}>
                      {t('leads.actions.import')}
                    </Button>
                    <Button variant="default" leftSection={<IconUserPlus size={16} />} onClick={onAdd}>
                      {t('leads.actions.add')}
                    </Button>
                  </Group>
                </EmptyState.Actions>
              </EmptyState>
            )
          }
          hasMore={hasMore}
          loadingMore={loadingMore}
          onLoadMore={loadMore}
          onOpen={(row) => setOpenId(row.id)}
          selectedId={openId}
          colorOf={scoring.colorOf}
        />
      </Paper>
      {rows.length > 0 && (
        <Text size="xs" c="dimmed" mt="xs" data-testid="leads-count">
          {hasMore
            ? t(totalCapped ? 'leads.shownMany' : 'leads.shown', { shown: n(rows.length), total: n(total) })
            : t('leads.total', { count: rows.length })}
        </Text>
      )}
      <LeadDrawer leadId={openId} clientId={clientId} colorOf={scoring.colorOf} onClose={() => setOpenId(null)} />
    </>
  );
}
