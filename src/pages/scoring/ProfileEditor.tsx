import { Alert, Badge, Button, Group, Modal, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconDeviceFloppy, IconInfoCircle, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '#contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ProfileDraft } from './draft-store';
import { useIssueText } from './issue-text';
import { DisqualifySection } from './DisqualifySection';
import { QualifySection } from './QualifySection';
import { RangesEditor } from './RangesEditor';
import { RulesEditor } from './RulesEditor';
import classes from './scoring.module.css';
import type { IssueMap } from './validation';

interface ProfileEditorProps {
  draft: ProfileDraft;
  active: boolean;
  dirty: boolean;
  valid: boolean;
  issues: IssueMap;
  saving: boolean;
  /** A failed save that is not about one field (the fields show their own). */
  saveError: AppErrorPayload | null;
  onEdit: (change: (draft: ProfileDraft) => ProfileDraft) => void;
  onSave: () => void;
  onDiscard: () => void;
  onReset: () => Promise<boolean>;
}

export function ProfileEditor(props: ProfileEditorProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const { draft, issues, dirty, valid, onEdit } = props;
  const [confirmReset, setConfirmReset] = useState(false);
  const [resetting, setResetting] = useState(false);

  async function reset(): Promise<void> {
    setResetting(true);
    const done = await props.onReset();
    setResetting(false);
    if (done) setConfirmReset(false);
  }

  return (
    <Stack gap="md" component="section" aria-label={t('scoring.editor.label')}>
      <Paper withBorder p="md" radius="md" className={classes.stickyBar}>
        <TextInput
          label={t('scoring.editor.name')}
          value={draft.name}
          onChange={(e) => {
            const name = e.currentTarget.value;
            onEdit((d) => ({ ...d, name }));
          }}
          error={issueText(issues.get('name'), 'text')}
        />
        <Group justify="space-between" align="center" gap="sm" mt="sm" wrap="nowrap">
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconRestore size={16} />}
            onClick={() => setConfirmReset(true)}
            px="xs"
          >
            {t('scoring.editor.reset')}
          </Button>
          <Group gap="xs" wrap="nowrap">
            {dirty && (
              <Button variant="default" onClick={props.onDiscard}>
                {t('scoring.editor.discard')}
              </Button>
            )}
            <Button
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={props.onSave}
              disabled={!dirty || !valid}
              loading={props.saving}
            >
              {t('scoring.editor.save')}
            </Button>
          </Group>
        </Group>
        <Group gap="xs" mt={8} wrap="nowrap" align="center">
          {dirty ? (
            <Badge color="orange" variant="light" style={{ flexShrink: 0 }} data-testid="scoring-unsaved">
              {t('scoring.editor.unsaved')}
            </Badge>
          ) : (
            <Badge color="gray" variant="light" style={{ flexShrink: 0 }}>
              {t('scoring.editor.saved')}
            </Badge>
          )}
          <Text size="xs" c={dirty && !valid ? 'red' : 'dimmed'}>
            {dirty && !valid
              ? t('scoring.editor.fixFirst')
              : props.active
                ? t('scoring.editor.isActive')
                : t('scoring.editor.isInactive')}
          </Text>
        </Group>
      </Paper>
      {props.saveError && <ErrorAlert error={props.saveError} />}
      <QualifySection draft={draft} issues={issues} onChange={(qualifyAt) => onEdit((d) => ({ ...d, qualifyAt }))} />
      <DisqualifySection value={draft.disqualify} onChange={(disqualify) => onEdit((d) => ({ ...d, disqualify }))} />
      <RangesEditor ranges={draft.ranges} issues={issues} onChange={(ranges) => onEdit((d) => ({ ...d, ranges }))} />
      <RulesEditor rules={draft.rules} issues={issues} onChange={(rules) => onEdit((d) => ({ ...d, rules }))} />
      <Modal
        opened={confirmReset}
        onClose={() => setConfirmReset(false)}
        title={t('scoring.editor.resetTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="lg">
          <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
            {t('scoring.editor.resetBody')}
          </Alert>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirmReset(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void reset()} loading={resetting}>
              {t('scoring.editor.resetConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
