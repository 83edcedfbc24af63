import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, ClientTemplate, IntegrationResolution, TemplateAccount } from '#contract';
import { getApi } from '../../api';
import { ErrorAlert } from '../ErrorAlert';
import { AccountChooser } from './AccountChooser';
import {
  accountOf,
  acRefs,
  choiceKey,
  defaultChoices,
  isComplete,
  plansOf,
  type AccountDraft,
  type Choices,
  type CopySource,
  type FlowTarget,
} from './flow-state';
import { ImportResults, type TargetOutcome } from './ImportResults';
import { ResolutionCard } from './ResolutionCard';
import { useAcAccounts } from './use-ac-accounts';
import { useRefusalText } from './refusal-text';

interface TemplateFlowProps {
  template: ClientTemplate;
  targets: FlowTarget[];
  /** A copy: its integration, whose account "the same account" reuses. */
  source: CopySource | null;
  origin: 'template' | 'copy';
  activateProfile: boolean;
  onBack: () => void;
  onClose: () => void;
}

type Step = 'accounts' | 'review' | 'done';

interface Review {
  resolutions: IntegrationResolution[];
  accounts: Record<string, TemplateAccount | null>;
  choices: Record<string, Choices>;
  secrets: Record<string, Record<string, string>>;
}

/**
 * The part of an import that a copy shares: the account of each ActiveCampaign integration per
 * client, the names looked up in those accounts with a choice for each missing one, then the import
 * into every client, each reported on its own with its test-lead prompt.
 */
export function TemplateFlow({
  template,
  targets,
  source,
  origin,
  activateProfile,
  onBack,
  onClose,
}: TemplateFlowProps) {
  const { t } = useTranslation();
  const refusalText = useRefusalText();
  const refs = acRefs(template);
  const existing = useAcAccounts(source === null && refs.length > 0);
  const initial: AccountDraft = source ? { kind: 'same' } : { kind: 'key', apiUrl: '', apiKey: '' };
  const [drafts, setDrafts] = useState<Record<string, AccountDraft>>({});
  const [step, setStep] = useState<Step>(refs.length > 0 ? 'accounts' : 'review');
  const [reviews, setReviews] = useState<Review[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const [outcomes, setOutcomes] = useState<TargetOutcome[]>([]);

  const draftKey = (ti: number, ref: string) => `${ti}:${ref}`;
  const draftOf = (ti: number, ref: string) => drafts[draftKey(ti, ref)] ?? initial;
  const accountsFilled = targets.every((_, ti) => refs.every((r) => accountOf(draftOf(ti, r.ref), source) !== null));

  async function resolveAll() {
    setBusy(true);
    setError(null);
    const next: Review[] = [];
    for (const [ti, target] of targets.entries()) {
      const accounts = Object.fromEntries(refs.map((r) => [r.ref, accountOf(draftOf(ti, r.ref), source)]));
      const result = await getApi().invoke('templates:resolve', {
        template,
        ...(target.clientId ? { clientId: target.clientId } : {}),
        accounts: refs.flatMap((r) => {
          const account = accounts[r.ref];
          return account ? [{ ref: r.ref, account }] : [];
        }),
      });
      if (!result.ok) {
        setBusy(false);
        setError(result.error);
        return;
      }
      const resolutions = result.value.integrations;
      next.push({ resolutions, accounts, choices: defaultChoices(resolutions), secrets: {} });
    }
    setReviews(next);
    setBusy(false);
    setStep('review');
  }

  async function applyAll(current: Review[]) {
    setBusy(true);
    const done: TargetOutcome[] = [];
    const api = getApi();
    for (const [ti, target] of targets.entries()) {
      const review = current[ti];
      let clientId = target.clientId;
      if (clientId === null) {
        const created = await api.invoke('clients:create', { name: target.name });
        if (!created.ok) {
          done.push({ clientName: target.name, ok: false, error: created.error });
          continue;
        }
        clientId = created.value.id;
      }
      const result = await api.invoke('templates:apply', {
        template,
        clientId,
        origin,
        activateProfile,
        plans: plansOf(template, review?.accounts ?? {}, review?.choices ?? {}, review?.secrets ?? {}),
      });
      done.push(
        result.ok
          ? { clientName: target.name, ok: true, value: result.value }
          : { clientName: target.name, ok: false, error: result.error, message: refusalText(result.error) },
      );
    }
    setOutcomes(done);
    setBusy(false);
    setStep('done');
  }

  const update = (ti: number, change: (r: Review) => Review) =>
    setReviews((all) => all?.map((r, i) => (i === ti ? change(r) : r)) ?? all);

  if (step === 'done') {
    return (
      <Stack>
        <ImportResults outcomes={outcomes} />
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('templates.apply.close')}</Button>
        </Group>
      </Stack>
    );
  }

  if (step === 'accounts') {
    return (
      <Stack>
        {targets.map((target, ti) =>
          refs.map((r) => (
            <AccountChooser
              key={draftKey(ti, r.ref)}
              title={t('templates.account.title', { name: r.name, client: target.name })}
              value={draftOf(ti, r.ref)}
              onChange={(value) => setDrafts((d) => ({ ...d, [draftKey(ti, r.ref)]: value }))}
              source={source}
              existing={existing}
            />
          )),
        )}
        {error && <ErrorAlert error={error} onClose={() => setError(null)} />}
        <Group justify="space-between">
          <Button variant="default" onClick={onBack}>
            {t('templates.apply.back')}
          </Button>
          <Button onClick={() => void resolveAll()} loading={busy} disabled={!accountsFilled}>
            {t('templates.resolve.button')}
          </Button>
        </Group>
      </Stack>
    );
  }

  // Review: resolved names (a copy or template without CRM accounts resolves to nothing).
  const current: Review[] = reviews ?? targets.map(() => ({ resolutions: [], accounts: {}, choices: {}, secrets: {} }));
  const needsResolve = reviews === null && template.integrations.length > 0;
  const complete = current.every((r) => Object.values(r.choices).every((choices) => isComplete(choices)));
  return (
    <Stack>
      {template.integrations.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('templates.resolve.nothing')}
        </Text>
      )}
      {needsResolve ? (
        <ResolveFirst busy={busy} onResolve={() => void resolveAll()} />
      ) : (
        current.map((review, ti) =>
          review.resolutions.map((resolution) => (
            <ResolutionCard
              key={`${ti}:${resolution.ref}`}
              clientName={targets[ti]?.name ?? ''}
              resolution={resolution}
              choices={review.choices[resolution.ref] ?? {}}
              onChoice={(choice) =>
                update(ti, (r) => ({
                  ...r,
                  choices: {
                    ...r.choices,
                    [resolution.ref]: { ...r.choices[resolution.ref], [choiceKey(choice.kind, choice.name)]: choice },
                  },
                }))
              }
              secrets={review.secrets[resolution.ref] ?? {}}
              onSecret={(header, value) =>
                update(ti, (r) => ({
                  ...r,
                  secrets: { ...r.secrets, [resolution.ref]: { ...r.secrets[resolution.ref], [header]: value } },
                }))
              }
            />
          )),
        )
      )}
      {error && <ErrorAlert error={error} onClose={() => setError(null)} />}
      {!complete && (
        <Text size="sm" c="red">
          {t('templates.resolve.unresolved')}
        </Text>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={refs.length > 0 ? () => setStep('accounts') : onBack}>
          {t('templates.apply.back')}
        </Button>
        <Button onClick={() => void applyAll(current)} loading={busy} disabled={!complete || needsResolve}>
          {origin === 'copy' ? t('templates.apply.copy', { count: targets.length }) : t('templates.apply.import')}
        </Button>
      </Group>
    </Stack>
  );
}

function ResolveFirst({ busy, onResolve }: { busy: boolean; onResolve: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      {busy ? <Loader size="sm" /> : null}
      <Button variant="light" onClick={onResolve} loading={busy}>
        {t('templates.resolve.button')}
      </Button>
    </Group>
  );
}
