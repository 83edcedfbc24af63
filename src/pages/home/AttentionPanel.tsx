import { Badge, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconAlertCircle,
  IconAlertTriangle,
  IconCircleCheck,
  IconClockHour4,
  IconFileImport,
  IconKey,
  IconPlugConnected,
  IconPlayerPause,
  IconPlugOff,
  type Icon,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeErrors, HomeImport, HomeIntegrationCause, HomeStopped } from '#contract';
import { useCrmNames } from '../../i18n/crm-names';
import { useDateTimeFormats } from '../../i18n/format';
import type { HomeBacklog } from './backlog-rows';
import { localDay, type HomeActions } from './use-home-actions';

const causeIcons: Record<HomeIntegrationCause, Icon> = {
  credentials: IconKey,
  unreadable_key: IconKey,
  settings: IconAlertTriangle,
  paused: IconPlayerPause,
  inactive: IconPlugOff,
};

interface RowProps {
  kind: string;
  icon: Icon;
  color: string;
  title: string;
  client: string;
  details: Array<string | null>;
  /** A longer line under the details: the CRM's or the app's own words. */
  note?: string | null;
  children: ReactNode;
}

/** One thing that needs the user: what, for which client, and its actions on the right. */
function Row({ kind, icon: RowIcon, color, title, client, details, note, children }: RowProps) {
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      py="sm"
      gap="md"
      data-testid="home-attention-row"
      data-kind={kind}
      role="group"
      aria-label={`${title} (${client})`}
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
    >
      <Group gap="sm" wrap="nowrap" miw={0} align="flex-start">
        <ThemeIcon variant="light" color={color} size={32} radius="md" style={{ flexShrink: 0 }}>
          <RowIcon size={18} />
        </ThemeIcon>
        <Stack gap={2} miw={0}>
          <Text size="sm" fw={600}>
            {title}
          </Text>
          <Text size="xs" c="dimmed">
            <Text span inherit fw={600} c="var(--mantine-color-text)">
              {client}
            </Text>
            {details
              .filter((d): d is string => d !== null)
              .map((d) => ` · ${d}`)
              .join('')}
          </Text>
          {note && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {note}
            </Text>
          )}
        </Stack>
      </Group>
      <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
        {children}
      </Group>
    </Group>
  );
}

/** A time of today alone ("2:05 PM"); of another day with its date ("Dec 6, 2:05 PM"). */
function useWhen(): (epochMs: number) => string {
  const { shortDate, shortTime } = useDateTimeFormats();
  return (ms) =>
    new Date(ms).toDateString() === new Date().toDateString() ? shortTime(ms) : `${shortDate(ms)}, ${shortTime(ms)}`;
}

function OpenButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button size="xs" variant="subtle" color="gray" aria-label={label} onClick={onClick}>
      {t('home.actions.open')}
    </Button>
  );
}

function StoppedRow({ row, actions }: { row: HomeStopped; actions: HomeActions }) {
  const { t } = useTranslation();
  const { Crm } = useCrmNames(row.integrationType);
  const when = useWhen();
  const who = { integration: row.integrationName, client: row.clientName };
  const busy = actions.busy?.key === row.integrationId ? actions.busy.action : null;
  const keyCause = row.cause === 'credentials' || row.cause === 'unreadable_key';
  const title = t(`home.attention.stopped.${row.cause}`, { integration: row.integrationName, crm: Crm });
  return (
    <Row
      kind={`stopped-${row.cause}`}
      icon={causeIcons[row.cause]}
      color={row.cause === 'paused' || row.cause === 'inactive' ? 'gray' : 'red'}
      title={title}
      client={row.clientName}
      details={[
        row.held > 0 ? t('home.attention.held', { count: row.held }) : null,
        t('home.attention.since', { time: when(row.since) }),
      ]}
      note={row.cause === 'credentials' || row.cause === 'settings' ? row.reason : null}
    >
      {(keyCause || row.cause === 'settings') && (
        <Button
          size="xs"
          color={keyCause ? 'red' : undefined}
          variant={keyCause ? 'filled' : 'light'}
          leftSection={keyCause ? <IconKey size={14} /> : undefined}
          loading={busy === 'fixKey'}
          aria-label={t(keyCause ? 'home.actions.fixKeyLabel' : 'home.actions.reviewLabel', who)}
          onClick={() => void actions.fixKey(row)}
        >
          {t(keyCause ? 'home.actions.fixKey' : 'home.actions.review')}
        </Button>
      )}
      {(row.cause === 'paused' || row.cause === 'settings') && (
        <Button
          size="xs"
          variant={row.cause === 'paused' ? 'filled' : 'default'}
          loading={busy === 'resume'}
          aria-label={t('home.actions.resumeLabel', who)}
          onClick={() => void actions.resume(row)}
        >
          {t('home.actions.resume')}
        </Button>
      )}
      <OpenButton
        label={t('home.actions.openLabel', { what: title, client: row.clientName })}
        onClick={() => actions.openLogs({ clientId: row.clientId, integrationId: row.integrationId, states: ['held'] })}
      />
    </Row>
  );
}

function ErrorsRow({ row, actions }: { row: HomeErrors; actions: HomeActions }) {
  const { t } = useTranslation();
  const when = useWhen();
  const title = t('home.attention.errors', { count: row.count, integration: row.integrationName });
  const busy = actions.busy?.key === row.integrationId ? actions.busy.action : null;
  return (
    <Row
      kind="errors"
      icon={IconAlertCircle}
      color="red"
      title={title}
      client={row.clientName}
      details={[t('home.attention.lastFailed', { time: when(row.lastFailedAt) })]}
      note={row.lastError}
    >
      <Button
        size="xs"
        loading={busy === 'resend'}
        aria-label={t('home.actions.resendLabel', {
          count: row.count,
          integration: row.integrationName,
          client: row.clientName,
        })}
        onClick={() => void actions.resend(row)}
      >
        {t('home.actions.resend')}
      </Button>
      <OpenButton
        label={t('home.actions.openLabel', { what: title, client: row.clientName })}
        onClick={() =>
          actions.openLogs({
            clientId: row.clientId,
            integrationId: row.integrationId,
            states: ['error'],
            from: localDay(row.firstCreatedAt),
          })
        }
      />
    </Row>
  );
}

function BacklogRow({ row, actions }: { row: HomeBacklog; actions: HomeActions }) {
  const { t, i18n } = useTranslation();
  const queued = row.waiting + row.sending;
  const title =
    queued > 0
      ? t('home.attention.backlog.waiting', { count: queued, integration: row.integrationName })
      : t('home.attention.backlog.held', { count: row.held, integration: row.integrationName });
  const eta =
    queued > 0 && row.etaSeconds !== null
      ? t('home.attention.backlog.eta', { time: duration(row.etaSeconds, i18n.language) })
      : null;
  return (
    <Row
      kind="backlog"
      icon={IconClockHour4}
      color="yellow"
      title={title}
      client={row.clientName}
      details={[
        eta,
        queued > 0 && row.held > 0 ? t('home.attention.held', { count: row.held }) : null,
        queued === 0 ? t('home.attention.backlog.offline') : null,
      ]}
    >
      <OpenButton
        label={t('home.actions.openLabel', { what: title, client: row.clientName })}
        onClick={() =>
          actions.openLogs({
            clientId: row.clientId,
            integrationId: row.integrationId,
            states: ['pending', 'sending', 'retrying', 'held'],
          })
        }
      />
    </Row>
  );
}

/** "3 min", "2 h": how long a queue should still take, in the UI language. */
function duration(seconds: number, language: string): string {
  const [value, unit] =
    seconds < 90 ? [seconds, 'second'] : seconds < 90 * 60 ? [seconds / 60, 'minute'] : [seconds / 3600, 'hour'];
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 0,
  }).format(Math.max(1, Math.round(value)));
}

function ImportRow({ row, actions }: { row: HomeImport; actions: HomeActions }) {
  const { t, i18n } = useTranslation();
  const title = t('home.attention.import', { file: row.fileName });
  const share = row.totalBytes > 0 ? row.bytesRead / row.totalBytes : 0;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
  const rows = new Intl.NumberFormat(i18n.language).format(row.rows);
  return (
    <Row
      kind="import"
      icon={IconFileImport}
      color="brand"
      title={title}
      client={row.clientName}
      details={[t('home.attention.importProgress', { rows, percent })]}
    >
      <Button
        size="xs"
        variant="subtle"
        color="gray"
        aria-label={t('home.actions.openImportLabel', { file: row.fileName, client: row.clientName })}
        onClick={() => actions.openImport(row)}
      >
        {t('home.actions.openImport')}
      </Button>
    </Row>
  );
}

function AttentionGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section aria-label={label}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      {children}
    </section>
  );
}

export interface AttentionLists {
  stopped: HomeStopped[];
  errors: HomeErrors[];
  backlogs: HomeBacklog[];
  imports: HomeImport[];
}

/** Everything that needs the user across the agency, grouped, each row with its one-click actions. */
export function AttentionPanel({
  lists,
  actions,
  setup,
}: {
  lists: AttentionLists;
  actions: HomeActions;
  /** No integration is set up yet: where the next step of a first run is, for the current client. */
  setup: { clientName: string; onConnect: () => void } | null;
}) {
  const { t } = useTranslation();
  const { stopped, errors, backlogs, imports } = lists;
  const problems = stopped.length + errors.length;
  const total = problems + backlogs.length + imports.length;
  return (
    <Paper withBorder p="lg" role="region" aria-label={t('home.attention.title')}>
      <Group justify="space-between" mb={total === 0 ? 0 : 'xs'}>
        <Title order={2} size="h4">
          {t('home.attention.title')}
        </Title>
        {/* Problems only: queues draining and imports running are news, not trouble. */}
        {problems > 0 && (
          <Badge variant="light" color="red" size="lg" tt="none" data-testid="home-attention-count">
            {t('home.attention.count', { count: problems })}
          </Badge>
        )}
      </Group>
      {total === 0 && setup !== null ? (
        <Group gap="md" wrap="nowrap" mt="md" justify="space-between" data-testid="home-no-integration">
          <Group gap="md" wrap="nowrap">
            <ThemeIcon variant="light" color="brand" size={40} radius="xl">
              <IconPlugConnected size={22} />
            </ThemeIcon>
            <Stack gap={0}>
              <Text fw={600}>{t('home.attention.noIntegration')}</Text>
              <Text size="sm" c="dimmed">
                {t('home.attention.noIntegrationBody', { client: setup.clientName })}
              </Text>
            </Stack>
          </Group>
          <Button onClick={setup.onConnect} style={{ flexShrink: 0 }}>
            {t('home.attention.connect')}
          </Button>
        </Group>
      ) : total === 0 ? (
        <Group gap="md" wrap="nowrap" mt="md" data-testid="home-all-good">
          <ThemeIcon variant="light" color="teal" size={40} radius="xl">
            <IconCircleCheck size={22} />
          </ThemeIcon>
          <Stack gap={0}>
            <Text fw={600}>{t('home.attention.allGood')}</Text>
            <Text size="sm" c="dimmed">
              {t('home.attention.allGoodBody')}
            </Text>
          </Stack>
        </Group>
      ) : (
        <>
          {stopped.length > 0 && (
            <AttentionGroup label={t('home.attention.groups.stopped')}>
              {stopped.map((row) => (
                <StoppedRow key={row.integrationId} row={row} actions={actions} />
              ))}
            </AttentionGroup>
          )}
          {errors.length > 0 && (
            <AttentionGroup label={t('home.attention.groups.errors')}>
              {errors.map((row) => (
                <ErrorsRow key={row.integrationId} row={row} actions={actions} />
              ))}
            </AttentionGroup>
          )}
          {backlogs.length > 0 && (
            <AttentionGroup label={t('home.attention.groups.backlogs')}>
              {backlogs.map((row) => (
                <BacklogRow key={row.integrationId} row={row} actions={actions} />
              ))}
            </AttentionGroup>
          )}
          {imports.length > 0 && (
            <AttentionGroup label={t('home.attention.groups.imports')}>
              {imports.map((row) => (
                <ImportRow key={row.id} row={row} actions={actions} />
              ))}
            </AttentionGroup>
          )}
        </>
      )}
    </Paper>
  );
}
