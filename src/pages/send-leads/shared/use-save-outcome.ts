import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { IntegrationDetail } from '#contract';
import type { SaveMode } from './use-staged-save';

/**
 * What a wizard does after a save: activation shows its done screen (`activated`); any other save
 * says so in a notification and closes the wizard.
 */
export function useSaveOutcome(
  close: () => void,
  notice: (mode: Exclude<SaveMode, 'activate'>, name: string) => string,
): { activated: IntegrationDetail | null; saved: (mode: SaveMode, detail: IntegrationDetail) => void } {
  const [activated, setActivated] = useState<IntegrationDetail | null>(null);
  function saved(mode: SaveMode, detail: IntegrationDetail): void {
    if (mode === 'activate') {
      setActivated(detail);
      return;
    }
    // One notice per integration: saving it again replaces the last one instead of stacking copies.
    const id = `integration-saved-${detail.id}`;
    notifications.hide(id);
    notifications.show({ id, color: 'teal', message: notice(mode, detail.name) });
    close();
  }
  return { activated, saved };
}
