import { Alert, Button, Center, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { BulkAction, LogsBulkPreview } from '#contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLogsBulk } from './bulk-store';
import { skippedCount, useBulkText } from './summary-text';

const COLORS: Record<BulkAction, string> = { resend: 'blue', retryNow: 'blue', cancel: 'red' };

/**
 * Asks before acting on the selection, with the counts as they are now (counted again when it
 * opens): how many the action applies to, and how many are left alone and why. The caller gives it
 * a new key each time it opens, so no count carries over from the last time.
 */
export function BulkConfirm({ action, onClose }: { action: BulkAction | null; onClose: () => void }) {
  const { t, n, reasons } = useBulkText();
  const refresh = useLogsBulk((s) => s.refresh);
  const run = useLogsBulk((s) => s.run);
  const error = useLogsBulk((s) => s.selection?.error ?? null);
  const [preview, setPreview] = useState<LogsBulkPreview | null>(null);

  useEffect(() => {
    if (action === null) return;
    let live = true;
    void refresh().then((p) => live && setPreview(p));
    return () => {
      live = false;
    };
  }, [action, refresh]);

  const counts = action !== null && preview ? preview.actions[action] : null;
  const eligible = counts ? counts.eligible + counts.stopping : 0;
  const skipped = counts ? skippedCount(counts.skipped) : 0;

  // The buttons appear once the counts are in: Enter then confirms a resend or a retry, while a
  // cancel (which cannot be undone) starts on "Go back".
  const back = useRef<HTMLButtonElement>(null);
  const go = useRef<HTMLButtonElement>(null);
  const ready = counts !== null;
  useEffect(() => {
    if (!ready) return;
    (action === 'cancel' || eligible === 0 ? back : go).current?.focus();
  }, [ready, action, eligible]);

  function confirm(): void {
    if (action === null || !preview) return;
    void run(action, preview.asOf);
    onClose();
  }

  return (
    <Modal
      opened={action !== null}
      onClose={onClose}
      size="lg"
      title={
        action !== null && counts
          ? t(`logsBulk.confirm.title.${action}`, { n: n(counts.eligible), count: counts.eligible })
          : t('logsBulk.counting')
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="bulk-confirm"
    >
      {action !== null && !counts && !error && (
        <Center py="lg">
          <Loader size="sm" aria-label={t('logsBulk.counting')} />
        </Center>
      )}
      {error && !counts && <ErrorAlert error={error} />}
      {action !== null && counts && preview && (
        <Stack gap="md">
          {eligible === 0 ? (
            <Text>{t('logsBulk.confirm.nothing')}</Text>
          ) : (
            <Text>{t(`logsBulk.confirm.body.${action}`)}</Text>
          )}
          {counts.stopping > 0 && (
            <Text data-testid="bulk-confirm-stopping">
              {t('logsBulk.confirm.stopping', { n: n(counts.stopping), count: counts.stopping })}
            </Text>
          )}
          {skipped > 0 && (
            <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} data-testid="bulk-confirm-skipped">
              {t('logsBulk.confirm.skipped', {
                n: n(skipped),
                count: skipped,
                total: n(preview.total),
                reasons: reasons(counts.skipped),
              })}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button ref={back} variant="default" onClick={onClose}>
              {t('logsBulk.confirm.back')}
            </Button>
            <Button ref={go} color={COLORS[action]} disabled={eligible === 0} onClick={confirm}>
              {t(`logsBulk.buttons.${action}`, { n: n(eligible), count: eligible })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
