import { Alert, Button, Center, Grid, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, ScoringProfileSummary } from '#contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CopyToClientsModal, type CopyPiece } from '../../components/templates/CopyToClientsModal';
import { isDirty, useScoringDrafts, type ProfileDraft } from './draft-store';
import { PreviewPanel } from './PreviewPanel';
import { ProfileEditor } from './ProfileEditor';
import { ProfileList } from './ProfileList';
import { DeleteProfileModal, DiscardModal } from './ProfileModals';
import { RescoreModal } from './RescoreModal';
import { useProfileActions } from './use-profile-actions';
import { useProfiles } from './use-profiles';
import { clientHasLeads, rescorePercent, useLatestRescore } from './use-rescore';
import { checkDraft, mergeIssues, serverIssues, type IssueMap } from './validation';

const NO_ISSUES: IssueMap = new Map();

/** Closing or reloading the window with an edited profile asks first. */
function useLeaveGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}

/** The Leads page's Scoring tab: the client's scoring profiles, the editor and its live preview. */
export function ScoringTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const profiles = useProfiles(clientId);
  const rescore = useLatestRescore(clientId);
  // `session` gives the re-score dialog a fresh state each time it opens.
  const [rescoreDialog, setRescoreDialog] = useState({ session: 0, opened: false });
  const openRescore = (): void => setRescoreDialog((d) => ({ session: d.session + 1, opened: true }));
  // Existing leads keep the scores they arrived with: offer to score them again, when there are any.
  const offerRescore = (): void => {
    void clientHasLeads(clientId).then((has) => has && openRescore());
  };
  const actions = useProfileActions(clientId, profiles.reload, offerRescore);
  const { draft } = profiles;
  const dirty = isDirty(draft);
  const current = draft?.current;
  const checked = useMemo(() => (current ? checkDraft(current) : null), [current]);
  const [fromServer, setFromServer] = useState<IssueMap>(NO_ISSUES);
  const [saveError, setSaveError] = useState<AppErrorPayload | null>(null);
  const [pending, setPending] = useState<{ run: () => void } | null>(null);
  const [deleting, setDeleting] = useState<ScoringProfileSummary | null>(null);
  const [copying, setCopying] = useState<CopyPiece | null>(null);
  useLeaveGuard(dirty);

  const list = profiles.list ?? [];
  const names = list.map((p) => p.name);
  const activeName = list.find((p) => p.active)?.name ?? '';
  const runningJob = rescore.job?.state === 'running' ? rescore.job : null;
  const editing = list.find((p) => p.id === draft?.profileId);

  /** Anything that would replace the draft asks before throwing edits away. */
  function guarded(run: () => void): void {
    if (dirty) setPending({ run });
    else run();
  }

  function clearSaveState(): void {
    setFromServer(NO_ISSUES);
    setSaveError(null);
  }

  function edit(change: (d: ProfileDraft) => ProfileDraft): void {
    useScoringDrafts.getState().edit(clientId, change);
    clearSaveState();
  }

  async function save(): Promise<void> {
    if (!draft || !checked?.valid) return;
    const error = await actions.save(draft.profileId, draft.current);
    if (!error) {
      clearSaveState();
      return;
    }
    const issues = serverIssues(error);
    if (issues.size > 0) setFromServer(issues);
    else setSaveError(error);
  }

  async function open(profile: ScoringProfileSummary): Promise<void> {
    clearSaveState();
    const error = await profiles.open(profile.id);
    if (error) setSaveError(error);
  }

  function activate(profile: ScoringProfileSummary): void {
    if (dirty && profile.id === draft?.profileId) {
      notifications.show({ color: 'orange', message: t('scoring.activate.unsavedFirst') });
      return;
    }
    void actions.activate(profile);
  }

  async function reset(): Promise<boolean> {
    const template = await actions.template();
    if (!template) return false;
    edit((d) => ({ ...template, name: d.name }));
    notifications.show({ color: 'blue', message: t('scoring.editor.resetDone') });
    return true;
  }

  async function confirmDelete(profile: ScoringProfileSummary): Promise<void> {
    if (await actions.remove(profile)) setDeleting(null);
  }

  const loadError = profiles.listError ?? profiles.draftError;
  return (
    <Stack gap="lg" data-testid="scoring-tab">
      <Text size="sm" c="dimmed" maw={760}>
        {t('scoring.intro')}
      </Text>
      {loadError && <ErrorAlert error={loadError} message={t('scoring.loadFailed')} onRetry={profiles.reload} />}
      {actions.error && <ErrorAlert error={actions.error.error} onClose={actions.clearError} />}
      {runningJob && !rescoreDialog.opened && (
        <Alert variant="light" color="blue" p="sm" data-testid="rescore-running">
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('scoring.rescore.running.banner', { percent: rescorePercent(runningJob) })}</Text>
            <Button size="xs" variant="light" onClick={openRescore}>
              {t('scoring.rescore.running.show')}
            </Button>
          </Group>
        </Alert>
      )}
      {profiles.list && (
        <ProfileList
          profiles={list}
          editingId={draft?.profileId ?? null}
          dirty={dirty}
          busy={actions.busy !== null}
          onEdit={(p) => {
            if (p.id !== draft?.profileId) guarded(() => void open(p));
          }}
          onActivate={activate}
          onDuplicate={(p) => guarded(() => void actions.duplicate(p, names))}
          onCopy={(p) => setCopying({ kind: 'profile', clientId, id: p.id, name: p.name })}
          onDelete={setDeleting}
          onCreate={() => guarded(() => void actions.create(names))}
        />
      )}
      {draft && checked ? (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <ProfileEditor
              // A different profile is a different form: nothing local carries over.
              key={draft.profileId}
              draft={draft.current}
              active={editing?.active ?? false}
              dirty={dirty}
              valid={checked.valid !== null}
              issues={mergeIssues(checked.issues, fromServer)}
              saving={actions.busy === 'save'}
              saveError={saveError}
              onEdit={edit}
              onSave={() => void save()}
              onDiscard={() => {
                useScoringDrafts.getState().load(clientId, draft.profileId, draft.saved);
                clearSaveState();
              }}
              onReset={reset}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <PreviewPanel clientId={clientId} profile={checked.valid} ranges={draft.current.ranges} />
          </Grid.Col>
        </Grid>
      ) : (
        !loadError && (
          <Center py="xl">
            <Loader size="sm" />
          </Center>
        )
      )}
      <DeleteProfileModal
        profile={deleting}
        busy={actions.busy === 'delete'}
        onConfirm={(p) => void confirmDelete(p)}
        onClose={() => setDeleting(null)}
      />
      <RescoreModal
        key={rescoreDialog.session}
        opened={rescoreDialog.opened}
        clientId={clientId}
        profileName={activeName}
        job={rescore.job}
        onTrack={rescore.track}
        onClose={() => setRescoreDialog((d) => ({ ...d, opened: false }))}
      />
      <CopyToClientsModal piece={copying} onClose={() => setCopying(null)} />
      <DiscardModal
        opened={pending !== null}
        name={draft?.saved.name ?? ''}
        onKeep={() => setPending(null)}
        onDiscard={() => {
          const next = pending;
          setPending(null);
          next?.run();
        }}
      />
    </Stack>
  );
}
