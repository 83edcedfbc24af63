import { Button, Group, Modal, ScrollArea, Stepper } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportFlow } from '../../../stores/leads-import';
import { FileStep } from './FileStep';
import { ImportResult, ShowLeadsButton } from './ImportResult';
import { PreviewStep } from './PreviewStep';
import { useImportView } from './use-import-view';

const stepOf = { pick: 0, uploading: 0, preview: 1, import: 2 } as const;

function Running() {
  const { t } = useTranslation();
  const started = useImportFlow((s) => s.started);
  const again = useImportFlow((s) => s.again);
  const close = useImportFlow((s) => s.close);
  const track = useImportFlow((s) => s.track);
  const view = useImportView(started);
  useEffect(() => {
    if (view) track(view);
  }, [view, track]);
  if (!view) return null;
  return (
    <>
      <ImportResult view={view} />
      {view.state !== 'running' && (
        <Group justify="flex-end" mt="xl">
          <Button variant="default" onClick={again}>
            {t('leads.import.summary.another')}
          </Button>
          <Button variant="default" onClick={close}>
            {t('leads.import.summary.close')}
          </Button>
          <ShowLeadsButton view={view} onShown={close} />
        </Group>
      )}
    </>
  );
}

/** The CSV import, step by step; closing it never stops an import that has started. */
export function ImportModal() {
  const { t } = useTranslation();
  const opened = useImportFlow((s) => s.opened);
  const phase = useImportFlow((s) => s.phase);
  const started = useImportFlow((s) => s.started);
  const close = useImportFlow((s) => s.close);
  const finished = phase === 'import' && started !== null && started.state !== 'running';

  function onClose() {
    // The import goes on in the core: say where to find it.
    if (started?.state === 'running' && phase === 'import') {
      notifications.show({ color: 'blue', message: t('leads.import.started', { name: started.fileName }) });
    }
    close();
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('leads.import.title')}
      size={phase === 'preview' ? 1040 : 760}
      closeOnClickOutside={phase === 'pick'}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      <Stepper active={finished ? 3 : stepOf[phase]} size="sm" mb="xl" allowNextStepsSelect={false}>
        <Stepper.Step label={t('leads.import.steps.file')} />
        <Stepper.Step label={t('leads.import.steps.mapping')} />
        <Stepper.Step label={t('leads.import.steps.import')} />
      </Stepper>
      {(phase === 'pick' || phase === 'uploading') && <FileStep />}
      {phase === 'preview' && <PreviewStep />}
      {phase === 'import' && <Running />}
    </Modal>
  );
}
