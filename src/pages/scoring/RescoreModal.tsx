import { Button, Group, Modal, Stack } from '@mantine/core';
import { IconRefresh, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, RescoreView } from '#contract';
import { getApi } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { defaultLeadFilters, useLeadsView } from '../../stores/leads';
import { DEFAULT_RESCORE_CHOICE, RescoreChoices, type RescoreChoice } from './RescoreChoices';
import { RescoreProgress, RescoreSummary } from './RescoreOutcome';
import { useRescorePreview } from './use-rescore';

function runningId(error: AppErrorPayload): string | null {
  const details = error.details as { reason?: unknown; id?: unknown } | undefined;
  return details?.reason === 'rescore_running' && typeof details.id === 'string' ? details.id : null;
}

interface RescoreModalProps {
  opened: boolean;
  clientId: string;
  /** The active profile's name, as it was saved. */
  profileName: string;
  /** The client's latest re-score, kept current by the caller. */
  job: RescoreView | null;
  onTrack: (job: RescoreView) => void;
  onClose: () => void;
}

/**
 * Offered when the active profile changes: re-score the client's existing leads with it. Asks which
 * leads and what becomes of dispatches still queued for leads that stop qualifying (the safer
 * choice by default), shows what would change, then the run's progress and its summary.
 * The caller gives it a new key each time it opens, so nothing carries over between offers.
 */
export function RescoreModal({ opened, clientId, profileName, job, onTrack, onClose }: RescoreModalProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  // The run this dialog follows: one it started, or one already running when it opened.
  const [followed, setFollowed] = useState<string | null>(job?.state === 'running' ? job.id : null);
  const [choice, setChoice] = useState<RescoreChoice>(DEFAULT_RESCORE_CHOICE);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const phase =
    job?.state === 'running' ? 'progress' : followed !== null && job?.id === followed ? 'summary' : 'choose';
  const preview = useRescorePreview(clientId, opened && phase === 'choose');
  const inScope = preview.status === 'ready' ? preview.preview[choice.scope].leads : null;

  async function start(): Promise<void> {
    setStarting(true);
    setError(null);
    const api = getApi();
    const result = await api.invoke('scoring:rescoreStart', { clientId, ...choice });
    if (result.ok) {
      onTrack(result.value);
      setFollowed(result.value.id);
    } else {
      // Already running (another window started it): follow that one instead.
      const id = runningId(result.error);
      const running = id === null ? null : await api.invoke('scoring:rescoreGet', { id });
      if (running?.ok) {
        onTrack(running.value);
        setFollowed(running.value.id);
      } else setError(result.error);
    }
    setStarting(false);
  }

  function showQualified(): void {
    useLeadsView.setState({ tab: 'leads', filters: { ...defaultLeadFilters, qualified: 'yes' } });
    onClose();
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={phase === 'choose' ? t('scoring.rescore.title') : t('scoring.rescore.titleRun')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="rescore-dialog"
    >
      <Stack gap="lg">
        {phase === 'choose' && (
          <RescoreChoices profileName={profileName} preview={preview} choice={choice} onChange={setChoice} />
        )}
        {phase === 'progress' && job && <RescoreProgress job={job} />}
        {phase === 'summary' && job && <RescoreSummary job={job} />}
        {error && <ErrorAlert error={error} message={t('scoring.rescore.failedToStart')} />}
        <Group justify="flex-end" gap="sm">
          {phase === 'choose' ? (
            <>
              <Button variant="default" onClick={onClose} data-autofocus>
                {t('scoring.rescore.notNow')}
              </Button>
              <Button
                leftSection={<IconRefresh size={16} />}
                loading={starting}
                disabled={inScope === 0}
                onClick={() => void start()}
              >
                {inScope === null
                  ? t('scoring.rescore.start')
                  : t('scoring.rescore.startCount', { count: inScope, n: number.format(inScope) })}
              </Button>
            </>
          ) : (
            <>
              {phase === 'summary' && job && job.rescored > 0 && (
                <Button variant="default" leftSection={<IconUsers size={16} />} onClick={showQualified}>
                  {t('scoring.rescore.showQualified')}
                </Button>
              )}
              <Button onClick={onClose} data-autofocus>
                {t('scoring.rescore.close')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
