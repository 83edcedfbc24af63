import type { ParsedInputOf } from '#contract';
import type { TemplateAccount, TemplateImportResult, TemplateWebhook } from '#contract/templates';
import { AppError } from '../errors';
import { storedApiUrl } from '../integrations/activecampaign/connection';
import type { IntegrationsRepository } from '../integrations/repository';
import type { Clock } from '../ports';
import type { Invoke } from '../rpc/invoke';
import type { Vault } from '../vault/vault';
import type { AuditLog } from '../audit/log';
import type { Sqlite } from '../db/connection';
import { recordConfigImport } from './audit';
import { freeName } from './names';
import { acConfigOf, createMissing, planAc, type AcPlan, type Unresolved } from './plan-ac';
import { resolveAc } from './resolve';

type ApplyInput = ParsedInputOf<'templates:apply'>;

export interface ApplyDeps {
  invoke: Invoke;
  audit: AuditLog;
  sqlite: Sqlite;
  repo: Pick<IntegrationsRepository, 'require'>;
  vault: Pick<Vault, 'get'>;
  clock: Clock;
}

/** The URL and key an imported AC integration is saved with. */
function credentialsOf(account: TemplateAccount, resolvedUrl: string, deps: ApplyDeps) {
  if (account.kind === 'key') return { apiUrl: resolvedUrl, apiKey: account.apiKey };
  const row = deps.repo.require(account.integrationId, 'activecampaign');
  const apiUrl = storedApiUrl(row.config);
  if (row.credentialId === null || apiUrl === null) {
    throw new AppError('invalid_input', 'That integration has no API key stored: enter the URL and key instead.');
  }
  // The same key goes to the same URL only: the copy talks to the very account it was read from.
  return { apiUrl, apiKey: deps.vault.get(row.credentialId) };
}

/** A webhook's settings for the target; secret headers come from what the user typed now. */
function webhookConfigOf(w: TemplateWebhook, name: string, secrets: Record<string, string>) {
  const headers = w.headers.flatMap((h) => {
    if (!h.secret) return [{ name: h.name, value: h.value ?? '', secret: false }];
    const value = secrets[h.name];
    return value === undefined || value === '' ? [] : [{ name: h.name, value, secret: true }];
  });
  const { url, method, timeoutMs, bodyTemplate, rotationGraceHours } = w;
  return { name, url, method, timeoutMs, headers, bodyTemplate, rotationGraceHours };
}

/**
 * Imports a template into one client. Every name is resolved again in the target account and
 * every missing one must have a choice before anything happens; then what the user chose to create
 * is made in the CRM, and the profiles, lead settings and integrations are saved through their own
 * channels (the wizards' checks). Integrations arrive as drafts, sending nothing until activated.
 * A failure while saving takes back what this import had saved.
 */
export async function applyTemplate(deps: ApplyDeps, input: ApplyInput): Promise<TemplateImportResult> {
  const { invoke } = deps;
  const { template, clientId } = input;
  const clients = await invoke('clients:list', { includeArchived: false });
  if (!clients.some((c) => c.id === clientId)) throw new AppError('not_found', 'This client does not exist.');

  const planOf = (ref: string) => input.plans.find((p) => p.ref === ref);
  const acPlans = new Map<string, { plan: AcPlan; apiUrl: string; apiKey: string }>();
  const unresolved: Unresolved[] = [];
  for (const [index, integration] of template.integrations.entries()) {
    if (integration.type !== 'activecampaign') continue;
    const plan = planOf(integration.ref);
    const account = plan?.account;
    const at = ['plans', index, 'account'];
    if (!account) {
      const message = `Choose the ActiveCampaign account of "${integration.name}".`;
      throw new AppError('invalid_input', message, { issues: [{ path: at, reason: 'account_required', message }] });
    }
    const resolution = await resolveAc(invoke, integration, account, at);
    const planned = planAc(resolution, plan.choices);
    unresolved.push(...planned.unresolved);
    const { apiUrl, apiKey } = credentialsOf(account, resolution.account?.apiUrl ?? '', deps);
    acPlans.set(integration.ref, { plan: planned.plan, apiUrl, apiKey });
  }
  if (unresolved.length > 0) {
    const names = unresolved.map((u) => `${u.kind} "${u.name}"`).join(', ');
    throw new AppError('invalid_input', `Choose what to do with what the account does not have: ${names}.`, {
      reason: 'unresolved',
      unresolved,
    });
  }

  const created: TemplateImportResult['created'] = [];
  for (const [ref, { plan }] of acPlans) {
    for (const made of await createMissing(invoke, plan)) created.push({ ref, ...made });
  }

  const result: TemplateImportResult = { clientId, integrations: [], profiles: [], leadSettings: false, created };
  const previousSettings = await invoke('leads:getSettings', { clientId });
  try {
    await saveAll(deps, input, acPlans, result);
  } catch (err) {
    await undo(invoke, result, previousSettings);
    throw err;
  }

  recordConfigImport(deps.audit, deps.sqlite, {
    kind: input.origin,
    sourceClientName: template.source.clientName,
    result,
  });
  return result;
}

async function saveAll(
  deps: ApplyDeps,
  input: ApplyInput,
  acPlans: Map<string, { plan: AcPlan; apiUrl: string; apiKey: string }>,
  result: TemplateImportResult,
): Promise<void> {
  const { invoke } = deps;
  const { template, clientId } = input;
  if (template.leadSettings) {
    await invoke('leads:saveSettings', { clientId, ...template.leadSettings });
    result.leadSettings = true;
  }

  const profileNames = (await invoke('scoring:list', { clientId })).map((p) => p.name);
  let toActivate: string | null = null;
  for (const { profile, active } of template.scoringProfiles) {
    const name = freeName(profile.name, profileNames, 80, template.source.clientName);
    profileNames.push(name);
    const saved = await invoke('scoring:save', { clientId, profile: { ...profile, name } });
    result.profiles.push({ id: saved.id, name: saved.name, active: saved.active });
    if (active && input.activateProfile) toActivate = saved.id;
  }

  const integrationNames = (await invoke('integrations:list', { clientId })).map((i) => i.name);
  for (const integration of template.integrations) {
    const name = freeName(integration.name, integrationNames, 80, template.source.clientName);
    integrationNames.push(name);
    let id: string;
    if (integration.type === 'activecampaign') {
      const ac = acPlans.get(integration.ref);
      if (!ac) throw new AppError('internal', `No plan for "${integration.name}".`);
      const config = acConfigOf(integration, ac.plan, ac.apiUrl, name);
      id = (await invoke('activecampaign:save', { clientId, apiKey: ac.apiKey, config })).id;
    } else {
      const secrets = input.plans.find((p) => p.ref === integration.ref)?.secretHeaders ?? {};
      id = (await invoke('webhook:save', { clientId, config: webhookConfigOf(integration, name, secrets) })).id;
    }
    result.integrations.push({ id, ref: integration.ref, name, type: integration.type });
    if (integration.filters) await invoke('integrations:setFilters', { id, filter: integration.filters });
  }

  if (toActivate !== null) {
    await invoke('scoring:activate', { id: toActivate });
    for (const p of result.profiles) p.active = p.id === toActivate;
  }
}

/** Takes back what a failed import saved, newest first, so the client is as it was. */
async function undo(
  invoke: Invoke,
  result: TemplateImportResult,
  settings: { emailAllowlist: string[]; mxCheck: boolean },
): Promise<void> {
  const quietly = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch {
      // Best effort: the original error is the one the user needs to read.
    }
  };
  for (const i of [...result.integrations].reverse()) await quietly(() => invoke('integrations:delete', { id: i.id }));
  for (const p of [...result.profiles].reverse()) await quietly(() => invoke('scoring:delete', { id: p.id }));
  if (result.leadSettings) {
    await quietly(() =>
      invoke('leads:saveSettings', {
        clientId: result.clientId,
        emailAllowlist: settings.emailAllowlist,
        mxCheck: settings.mxCheck,
      }),
    );
  }
}
