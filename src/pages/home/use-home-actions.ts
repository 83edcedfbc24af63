import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, DispatchState, HomeErrors, HomeStopped, ImportView } from '#contract';
import { getApi } from '../../api';
import { useClients } from '../../stores/clients';
import { useLeadsView } from '../../stores/leads';
import { defaultLogFilters, useLogFilters } from '../../stores/logs';
import { useSection } from '../../stores/section';
import { useLogsView } from '../logs/view-store';
import { openIntegrationWizard, wizardHasOtherUnsaved } from '../send-leads/open-wizard';

export type HomeAction = 'resend' | 'resume' | 'fixKey';

/** What "Open" shows in Logs: one client's dispatches of one integration in some states. */
export interface LogsScope {
  clientId: string;
  integrationId: string;
  states: DispatchState[];
  /** Local `YYYY-MM-DD` the list starts on, when the row is about recent dispatches only. */
  from?: string;
}

/** `YYYY-MM-DD` of an instant in the computer's own zone, as the Logs date filter takes it. */
export function localDay(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The client becomes the current one: the page an action leads to is that client's. */
async function become(clientId: string): Promise<AppErrorPayload | null> {
  const clients = useClients.getState();
  if (clients.current?.id === clientId) return null;
  const result = await clients.setCurrent(clientId);
  return result.ok ? null : result.error;
}

/** The home rows' one-click actions, one at a time, each with its feedback. */
export function useHomeActions(reload: () => Promise<void>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<{ key: string; action: HomeAction } | null>(null);
  const [failure, setFailure] = useState<{ title: string; error: AppErrorPayload } | null>(null);

  async function run(key: string, action: HomeAction, title: string, work: () => Promise<AppErrorPayload | null>) {
    if (busy) return;
    setBusy({ key, action });
    setFailure(null);
    const error = await work();
    setBusy(null);
    if (error) setFailure({ title, error });
  }

  /** Sends again the row's errors: every failed lead of the integration since the oldest of them. */
  const resend = (row: HomeErrors) =>
    run(row.integrationId, 'resend', t('home.failed.resend', { integration: row.integrationName }), async () => {
      const result = await getApi().invoke('dispatch:bulkResend', {
        clientId: row.clientId,
        integrationId: row.integrationId,
        states: ['error'],
        from: row.firstCreatedAt,
      });
      if (!result.ok) return result.error;
      notifications.show({
        color: 'teal',
        message: t('home.notify.resent', { count: result.value.total, integration: row.integrationName }),
      });
      await reload();
      return null;
    });

  const resume = (row: { integrationId: string; integrationName: string }) =>
    run(row.integrationId, 'resume', t('home.failed.resume', { integration: row.integrationName }), async () => {
      const result = await getApi().invoke('dispatch:resumeIntegration', { integrationId: row.integrationId });
      if (!result.ok) return result.error;
      notifications.show({ color: 'teal', message: t('home.notify.resumed', { integration: row.integrationName }) });
      await reload();
      return null;
    });

  /** The integration's wizard on Send Leads, for the client it belongs to, at its first step: the key. */
  const fixKey = (row: HomeStopped) =>
    run(row.integrationId, 'fixKey', t('home.failed.fixKey', { integration: row.integrationName }), async () => {
      const result = await getApi().invoke('integrations:get', { id: row.integrationId });
      if (!result.ok) return result.error;
      const switched = await become(row.clientId);
      if (switched) return switched;
      useSection.getState().go('sendLeads');
      // Unsaved work in that wizard is never replaced: the page shows it waiting, with a word why.
      if (wizardHasOtherUnsaved(result.value)) {
        notifications.show({
          color: 'yellow',
          message: t('home.notify.unsavedDraft', { type: t(`sendLeads.cards.${result.value.type}.name`) }),
        });
      } else openIntegrationWizard(result.value);
      return null;
    });

  /** The client's Logs filtered to the row's dispatches. */
  function openLogs(scope: LogsScope): void {
    void become(scope.clientId).then(() => {
      useLogFilters.getState().set({
        ...defaultLogFilters,
        client: scope.clientId,
        integrationId: scope.integrationId,
        states: scope.states,
        from: scope.from ?? '',
      });
      useLogsView.getState().setTab('attempts');
      useSection.getState().go('logs');
    });
  }

  /** A running import's details (its progress, then its summary), over the client's Imports tab. */
  function openImport(item: ImportView): void {
    void become(item.clientId).then(() => {
      const view = useLeadsView.getState();
      view.scopeTo(item.clientId);
      view.openImportDetails(item.id);
      useSection.getState().go('leads');
    });
  }

  return { busy, failure, clearFailure: () => setFailure(null), resend, resume, fixKey, openLogs, openImport };
}

export type HomeActions = ReturnType<typeof useHomeActions>;
