import type { OutputOf, ParsedInputOf } from '#contract';
import type { Db } from '../../db/connection';
import { AppError } from '../../errors';
import type { Clock } from '../../ports';
import type { Vault } from '../../vault/vault';
import { maskHint } from '../../vault/vault';
import type { DispatchLead } from '../connector';
import type { IntegrationsRepository } from '../repository';
import type { SampleLeads } from '../shared/sample-lead';
import { headerSecretName, SIGNING_SECRET, type WebhookConfig } from './config';
import { checkInput } from './input';
import { buildSignedRequest } from './request';
import { generateSigningSecret } from './signature';
import { clientName } from './save';
import { readStoredConfig } from './view';

type PreviewInput = ParsedInputOf<'webhook:preview'>;
type PreviewOutput = OutputOf<'webhook:preview'>;

export const PREVIEW_DISPATCH_ID = 'preview-dispatch-id';
const UNSIGNED = 'v1,(computed with your signing secret when sent)';

function issuesOf(err: AppError): PreviewOutput['errors'] {
  const details = err.details as { issues?: Array<{ path: Array<string | number>; message: string }> } | undefined;
  return (details?.issues ?? [{ path: [], message: err.message }]).map((i) => ({
    path: i.path[0] === 'config' ? i.path.slice(1) : i.path,
    message: i.message,
  }));
}

/**
 * The exact request a sample lead would produce with the settings on screen (or the saved ones).
 * Secret header values are masked; the signature is real when the integration has a secret.
 */
export function previewWebhook(
  input: PreviewInput,
  deps: { db: Db; repo: IntegrationsRepository; vault: Vault; clock: Clock; samples: SampleLeads },
): PreviewOutput {
  const { repo, vault } = deps;
  const row = input.integrationId === undefined ? null : repo.require(input.integrationId, 'webhook');
  const stored = row ? readStoredConfig(row.config) : null;
  const clientId = row?.clientId ?? input.clientId;
  if (clientId === undefined || (!stored && input.config === undefined)) {
    throw new AppError(
      'invalid_input',
      'Pass the settings to preview with a client, or the id of a saved integration.',
    );
  }
  let config: WebhookConfig;
  const typed = new Map<string, string>();
  if (input.config === undefined && stored) {
    config = stored;
  } else if (input.config !== undefined) {
    let checked;
    try {
      checked = checkInput(input.config, stored?.secrets ?? {});
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return { method: input.config.method, url: input.config.url, headers: {}, body: '', errors: issuesOf(err) };
    }
    for (const h of checked.headers) if (h.secret && h.value !== undefined) typed.set(h.name, h.value);
    config = {
      ...checked,
      headers: checked.headers.map((h) =>
        h.secret
          ? { name: h.name, secret: true as const }
          : { name: h.name, secret: false as const, value: h.value ?? '' },
      ),
      integrationId: stored?.integrationId ?? row?.id ?? '(integration id)',
      clientName: '',
      secrets: stored?.secrets ?? {},
      rotatedAt: stored?.rotatedAt ?? null,
      previousSecretExpiresAt: stored?.previousSecretExpiresAt ?? null,
    };
  } else {
    throw new AppError('invalid_input', 'Nothing to preview.');
  }
  config = { ...config, clientName: clientName(deps.db, clientId) };

  const signingId = config.secrets[SIGNING_SECRET];
  const lead: DispatchLead = {
    ...deps.samples.forClient(clientId, input.lead),
    id: 'preview-lead-id',
    clientId,
    qualified: true,
    receivedAt: deps.clock.now(),
    isTest: false,
  };
  const signed = buildSignedRequest({
    config,
    lead,
    dispatchId: PREVIEW_DISPATCH_ID,
    now: deps.clock.now(),
    secret: (name) => {
      if (name.startsWith('header:')) {
        const header = config.headers.find((h) => headerSecretName(h.name) === name);
        const value = header ? typed.get(header.name) : undefined;
        if (value !== undefined) return maskHint(value);
        const id = config.secrets[name];
        return id === undefined ? '…' : (vault.describe(id).hint ?? '…');
      }
      const id = config.secrets[name];
      return id === undefined ? generateSigningSecret() : vault.get(id);
    },
  });
  const headers = { ...signed.headers };
  if (signingId === undefined) headers['webhook-signature'] = UNSIGNED;
  return { method: signed.method, url: signed.url, headers, body: signed.body, errors: [] };
}
