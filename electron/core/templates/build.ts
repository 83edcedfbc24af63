import type { IntegrationDetail, ParsedInputOf } from '#contract';
import {
  TEMPLATE_FORMAT,
  TEMPLATE_VERSION,
  templateIntegrationTypes,
  type ClientTemplate,
  type TemplateIntegration,
} from '#contract/templates';
import { AppError } from '../errors';
import type { Invoke } from '../rpc/invoke';

type Selection = ParsedInputOf<'templates:build'>;
type Skipped = Array<{ id: string; name: string; type: IntegrationDetail['type'] }>;

const isTemplateType = (type: string): type is TemplateIntegration['type'] =>
  (templateIntegrationTypes as readonly string[]).includes(type);

/**
 * One integration as the template holds it: names instead of the account's ids, and none of its
 * secrets (the API key, a webhook's signing secret, a secret header's value). Returns null for the
 * types a template does not carry.
 */
export function templateIntegrationOf(detail: IntegrationDetail, ref: string): TemplateIntegration | null {
  if (detail.type === 'activecampaign') {
    const c = detail.config;
    return {
      type: 'activecampaign',
      ref,
      name: detail.name,
      filters: detail.filters,
      fixedTags: c.fixedTags,
      scoreTags: c.scoreTags,
      lists: c.lists.map((l) => ({ name: l.name })),
      resubscribeUnsubscribed: c.resubscribeUnsubscribed,
      mapping: {
        fullName: c.mapping.fullName,
        phone: c.mapping.phone,
        companyToAccount: c.mapping.companyToAccount,
        fields: c.mapping.fields.map((f) => ({ source: f.source, field: { title: f.field.title } })),
      },
    };
  }
  if (detail.type === 'webhook') {
    const c = detail.config;
    return {
      type: 'webhook',
      ref,
      name: detail.name,
      filters: detail.filters,
      url: c.url,
      method: c.method,
      timeoutMs: c.timeoutMs,
      headers: c.headers.map((h) =>
        h.secret ? { name: h.name, secret: true } : { name: h.name, secret: false, value: h.value ?? '' },
      ),
      bodyTemplate: c.bodyTemplate,
      rotationGraceHours: c.rotationGraceHours,
    };
  }
  return null;
}

/** The template of a client, or of the part of it the selection names. */
export async function buildTemplate(
  invoke: Invoke,
  selection: Selection,
  meta: { appVersion: string; now: number },
): Promise<{ template: ClientTemplate; skipped: Skipped }> {
  const { clientId } = selection;
  const clients = await invoke('clients:list', { includeArchived: true });
  const client = clients.find((c) => c.id === clientId);
  if (!client) throw new AppError('not_found', 'This client does not exist.');

  const summaries = await invoke('integrations:list', { clientId });
  const wanted = selection.integrationIds;
  if (wanted) {
    const missing = wanted.find((id) => !summaries.some((s) => s.id === id));
    if (missing) throw new AppError('not_found', 'This integration does not exist or belongs to another client.');
  }
  const chosen = wanted ? summaries.filter((s) => wanted.includes(s.id)) : summaries;
  const integrations: TemplateIntegration[] = [];
  const skipped: Skipped = [];
  for (const summary of chosen) {
    if (!isTemplateType(summary.type)) {
      skipped.push({ id: summary.id, name: summary.name, type: summary.type });
      continue;
    }
    const detail = await invoke('integrations:get', { id: summary.id });
    const item = templateIntegrationOf(
      detail,
      `${summary.type === 'activecampaign' ? 'ac' : 'webhook'}-${integrations.length + 1}`,
    );
    if (item) integrations.push(item);
  }

  const profiles = await invoke('scoring:list', { clientId });
  const wantedProfiles = selection.profileIds;
  if (wantedProfiles) {
    const missing = wantedProfiles.find((id) => !profiles.some((p) => p.id === id));
    if (missing) throw new AppError('not_found', 'This scoring profile does not exist or belongs to another client.');
  }
  const scoringProfiles: ClientTemplate['scoringProfiles'] = [];
  for (const summary of wantedProfiles ? profiles.filter((p) => wantedProfiles.includes(p.id)) : profiles) {
    const p = await invoke('scoring:get', { id: summary.id });
    scoringProfiles.push({
      active: p.active,
      profile: { name: p.name, rules: p.rules, ranges: p.ranges, qualifyAt: p.qualifyAt, disqualify: p.disqualify },
    });
  }

  const settings = selection.leadSettings ? await invoke('leads:getSettings', { clientId }) : null;
  const template: ClientTemplate = {
    format: TEMPLATE_FORMAT,
    version: TEMPLATE_VERSION,
    exportedAt: new Date(meta.now).toISOString(),
    appVersion: meta.appVersion,
    source: { clientName: client.name },
    scoringProfiles,
    leadSettings: settings ? { emailAllowlist: settings.emailAllowlist, mxCheck: settings.mxCheck } : null,
    integrations,
  };
  return { template, skipped };
}
