import { Anchor, Paper, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeClient, HomeCounts } from '#contract';

type Window = 'today' | 'week';
type Figure = keyof HomeCounts;
export type SortKey = 'name' | `${Window}.${Figure}`;
interface Sort {
  key: SortKey;
  descending: boolean;
}

const windows: Window[] = ['today', 'week'];
const figures: Figure[] = ['received', 'qualified', 'sent'];

function value(client: HomeClient, key: Exclude<SortKey, 'name'>): number {
  const [window, figure] = key.split('.') as [Window, Figure];
  return client[window][figure];
}

/** Sorted by the chosen column; ties (and the name column) by name, in the UI language's order. */
export function sortClients(clients: readonly HomeClient[], sort: Sort, language: string): HomeClient[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const byName = (a: HomeClient, b: HomeClient) => collator.compare(a.clientName, b.clientName);
  const sign = sort.descending ? -1 : 1;
  const key = sort.key;
  return [...clients].sort((a, b) =>
    key === 'name' ? sign * byName(a, b) : sign * (value(a, key) - value(b, key)) || byName(a, b),
  );
}

function SortHeader({
  label,
  fullLabel = label,
  sortKey,
  sort,
  onSort,
  align = 'right',
}: {
  label: string;
  /** The column named with its group ("Sent (Today)"), for the sort button's name. */
  fullLabel?: string;
  sortKey: SortKey;
  sort: Sort;
  onSort: (key: SortKey) => void;
  align?: 'left' | 'right';
}) {
  const { t } = useTranslation();
  const active = sort.key === sortKey;
  const SortIcon = !active ? IconSelector : sort.descending ? IconArrowDown : IconArrowUp;
  return (
    <Table.Th
      ta={align}
      aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      style={{ whiteSpace: 'nowrap' }}
    >
      <UnstyledButton
        onClick={() => onSort(sortKey)}
        aria-label={t('home.clients.sortBy', { column: fullLabel })}
        fz="sm"
        fw={600}
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
      >
        {label}
        <SortIcon size={14} aria-hidden style={{ opacity: active ? 1 : 0.4 }} />
      </UnstyledButton>
    </Table.Th>
  );
}

/** Each client's leads received, qualified and sent today and this week; a click on a header sorts. */
export function ClientsTable({ clients, onOpen }: { clients: HomeClient[]; onOpen: (clientId: string) => void }) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<Sort>({ key: 'name', descending: false });
  const sorted = useMemo(() => sortClients(clients, sort, i18n.language), [clients, sort, i18n.language]);
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const totals = useMemo(() => {
    const sum = (window: Window, figure: Figure) => clients.reduce((n, c) => n + c[window][figure], 0);
    return Object.fromEntries(windows.flatMap((w) => figures.map((f) => [`${w}.${f}`, sum(w, f)])));
  }, [clients]);
  // A number column starts with the largest first; the name column from A.
  const onSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: key !== 'name' }));
  const label = (f: Figure) => t(`home.clients.${f}`);
  const divider = { borderLeft: '1px solid var(--mantine-color-default-border)' };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="home-clients-title">
      <Title id="home-clients-title" order={2} size="h4">
        {t('home.clients.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('home.clients.caption')}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" highlightOnHover data-testid="home-clients">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              {windows.map((w) => (
                <Table.Th key={w} colSpan={3} ta="center" fz="xs" c="dimmed" tt="uppercase" style={divider}>
                  {t(`home.clients.${w}`)}
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              <SortHeader label={t('home.clients.client')} sortKey="name" sort={sort} onSort={onSort} align="left" />
              {windows.flatMap((w) =>
                figures.map((f) => (
                  <SortHeader
                    key={`${w}.${f}`}
                    label={label(f)}
                    fullLabel={`${label(f)} (${t(`home.clients.${w}`)})`}
                    sortKey={`${w}.${f}`}
                    sort={sort}
                    onSort={onSort}
                  />
                )),
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((c) => (
              <Table.Tr key={c.clientId} data-testid="home-client" data-client={c.clientName}>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    fz="sm"
                    fw={600}
                    c="var(--mantine-color-text)"
                    aria-label={t('home.clients.open', { client: c.clientName })}
                    onClick={() => onOpen(c.clientId)}
                  >
                    {c.clientName}
                  </Anchor>
                </Table.Td>
                {windows.flatMap((w) =>
                  figures.map((f, i) => (
                    <Table.Td
                      key={`${w}.${f}`}
                      ta="right"
                      data-testid={`${w}-${f}`}
                      c={c[w][f] === 0 ? 'dimmed' : undefined}
                      fw={f === 'sent' && c[w][f] > 0 ? 600 : undefined}
                      style={i === 0 ? divider : undefined}
                    >
                      {number.format(c[w][f])}
                    </Table.Td>
                  )),
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
          {clients.length > 1 && (
            <Table.Tfoot>
              <Table.Tr data-testid="home-clients-total">
                <Table.Th fz="sm">{t('home.clients.totals')}</Table.Th>
                {windows.flatMap((w) =>
                  figures.map((f, i) => (
                    <Table.Th key={`${w}.${f}`} ta="right" fz="sm" style={i === 0 ? divider : undefined}>
                      {number.format(totals[`${w}.${f}`] ?? 0)}
                    </Table.Th>
                  )),
                )}
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
