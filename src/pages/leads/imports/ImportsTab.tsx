import {
  Badge,
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  Modal,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconFileImport, IconHistory } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, ImportState, ImportView } from '#contract';
import { getApi } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLogFormatters } from '../../logs/format';
import { ImportResult, ShowLeadsButton } from '../import/ImportResult';
import { useImportView } from '../import/use-import-view';
import { useLeadsView } from '../../../stores/leads';

export const importStateColors: Record<ImportState, string> = {
  running: 'blue',
  done: 'teal',
  failed: 'red',
  cancelled: 'gray',
  interrupted: 'orange',
};

const HISTORY = 50;

/** The result in a line: new leads always, the rest when it happened. */
const RESULT_PARTS = ['created', 'updated', 'duplicates', 'repeated', 'invalid', 'withProblems', 'qualified'] as const;

/** The client's imports, newest first, with running ones moving along as their events arrive. */
function useImports(clientId: string) {
  const [answer, setAnswer] = useState<{ clientId: string; items: ImportView[]; error: AppErrorPayload | null } | null>(
    null,
  );
  const [round, setRound] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void getApi()
      .invoke('leads:importList', { clientId, limit: HISTORY })
      .then((result) => {
        if (cancelled) return;
        setAnswer(
          result.ok ? { clientId, items: result.value, error: null } : { clientId, items: [], error: result.error },
        );
      });
    return () => {
      cancelled = true;
    };
  }, [clientId, round]);
  const known = useRef<Set<string>>(new Set());
  useEffect(() => {
    known.current = new Set(answer?.clientId === clientId ? answer.items.map((i) => i.id) : []);
  }, [answer, clientId]);
  useEffect(
    () =>
      getApi().on('leads:importProgress', (view) => {
        if (view.clientId !== clientId) return;
        // A new import (started elsewhere) is read with the whole list; a known one is updated in place.
        if (!known.current.has(view.id)) {
          known.current.add(view.id);
          setRound((r) => r + 1);
          return;
        }
        setAnswer((prev) =>
          prev?.clientId === clientId ? { ...prev, items: prev.items.map((i) => (i.id === view.id ? view : i)) } : prev,
        );
      }),
    [clientId],
  );
  const current = answer?.clientId === clientId ? answer : null;
  return { items: current?.items ?? null, error: current?.error ?? null, reload: () => setRound((r) => r + 1) };
}

function Details({ item, onClose }: { item: ImportView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const view = useImportView(item);
  return (
    <Modal opened={item !== null} onClose={onClose} title={item?.fileName ?? ''} size={760}>
      {view && <ImportResult view={view} />}
      <Group justify="flex-end" mt="xl">
        <Button variant="default" onClick={onClose}>
          {t('leads.import.summary.close')}
        </Button>
        {view && view.state !== 'running' && <ShowLeadsButton view={view} onShown={onClose} />}
      </Group>
    </Modal>
  );
}

export function ImportsTab({ clientId, onImport }: { clientId: string; onImport: () => void }) {
  const { t, i18n } = useTranslation();
  const { dateTime } = useLogFormatters();
  const { items, error, reload } = useImports(clientId);
  const number = new Intl.NumberFormat(i18n.language);
  // The import whose details are open: a row clicked here, or "Open" on the home screen.
  const importToOpen = useLeadsView((s) => s.importToOpen);
  const shown = items?.find((i) => i.id === importToOpen) ?? null;
  const openDetails = (id: string): void => useLeadsView.getState().openImportDetails(id);
  useEffect(() => {
    // An import no longer in the list (pruned, another client's) has nothing to open.
    if (importToOpen !== null && items !== null && !items.some((i) => i.id === importToOpen)) {
      useLeadsView.getState().importOpened();
    }
  }, [importToOpen, items]);
  const close = (): void => useLeadsView.getState().importOpened();

  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (items === null) {
    return (
      <Center py={64}>
        <Loader size="sm" />
      </Center>
    );
  }
  if (items.length === 0) {
    return (
      <Paper withBorder>
        <EmptyState variant="light" icon={<IconHistory size={28} />} py={56} mx="auto" maw={520}>
          <EmptyState.Title order={2}>{t('leads.imports.empty.title')}</EmptyState.Title>
          <EmptyState.Description>{t('leads.imports.empty.body')}</EmptyState.Description>
          <EmptyState.Actions>
            <Button leftSection={<IconFileImport size={16} />} onClick={onImport}>
              {t('leads.actions.import')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    );
  }
  return (
    <Paper withBorder style={{ overflow: 'hidden' }}>
      <Table highlightOnHover verticalSpacing="sm" layout="fixed" aria-label={t('leads.imports.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('leads.imports.columns.file')}</Table.Th>
            <Table.Th w={170}>{t('leads.imports.columns.started')}</Table.Th>
            <Table.Th w={140}>{t('leads.imports.columns.state')}</Table.Th>
            <Table.Th w={80} ta="right">
              {t('leads.imports.columns.rows')}
            </Table.Th>
            <Table.Th w="36%">{t('leads.imports.columns.result')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const percent = item.totalBytes === 0 ? 0 : Math.round((item.bytesRead / item.totalBytes) * 100);
            return (
              <Table.Tr
                key={item.id}
                data-testid="import-row"
                data-state={item.state}
                tabIndex={0}
                style={{ cursor: 'pointer' }}
                aria-label={t('leads.imports.open', { name: item.fileName })}
                onClick={() => openDetails(item.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    openDetails(item.id);
                  }
                }}
              >
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm" fw={600} truncate="end">
                      {item.fileName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`leads.imports.policy.${item.duplicatePolicy}`)}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{dateTime(item.startedAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <Badge color={importStateColors[item.state]} variant="light" size="sm" data-testid="import-state">
                      {t(`leads.imports.states.${item.state}`)}
                    </Badge>
                    {item.state === 'running' && <Progress value={percent} size="sm" animated />}
                  </Stack>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {number.format(item.rows)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" lineClamp={2}>
                    {RESULT_PARTS.filter((key) => key === 'created' || item[key] > 0)
                      .map((key) => t(`leads.imports.result.${key}`, { n: number.format(item[key]) }))
                      .join(' · ')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Details item={shown} onClose={close} />
    </Paper>
  );
}
