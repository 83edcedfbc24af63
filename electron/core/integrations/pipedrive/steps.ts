import { ConnectorError, outcome, type SendContext } from '../connector';
import type { PipedriveApi } from './api-client';
import type { PipedriveConfig } from './config';
import type { LabelCache } from './label-cache';
import { numericId } from './wire';
import { customFields, labelFor, leadTitle, newPerson, organizationName } from './values';

/**
 * The three steps of one lead: organization (when mapped), person, lead. Each confirmed step is
 * kept in `ctx.steps`, so a retry after a failure or a rate limit resumes after it and repeats
 * nothing: persons and organizations are searched before they are created, and a lead whose
 * answer was lost is looked for among the person's leads before it is sent again.
 */

export interface Session {
  ctx: SendContext<PipedriveConfig>;
  api: PipedriveApi;
  labels: LabelCache;
}

export interface OrganizationStep {
  id: string;
  name: string;
  outcome: 'found' | 'created';
}

export interface PersonStep {
  id: string;
  created: boolean;
}

export interface LeadStep {
  id: string;
  person: string;
  label: string | null;
}

/** Set just before the lead is created: an attempt that dies here cannot know whether it was. */
const LEAD_PENDING = 'leadPending';

function checkpoint(ctx: SendContext<PipedriveConfig>): void {
  if (ctx.signal.aborted) {
    throw new ConnectorError('transient', 'The send was interrupted; the next attempt resumes where it stopped.');
  }
}

export async function organizationStep(s: Session): Promise<OrganizationStep | null> {
  const { ctx, api } = s;
  const name = organizationName(ctx.config, ctx.lead);
  if (name === null) return null;
  const done = ctx.steps.get<OrganizationStep>('organization');
  if (done?.name === name) return done;
  checkpoint(ctx);
  const found = await api.findOrganizationByName(name);
  let step: OrganizationStep;
  if (found !== null) {
    step = { id: found, name, outcome: 'found' };
  } else {
    step = { id: await api.createOrganization(name), name, outcome: 'created' };
    ctx.note(`Organization "${name}" did not exist in Pipedrive and ${outcome(ctx, 'created')}.`);
  }
  ctx.steps.set('organization', step);
  return step;
}

export async function personStep(s: Session, org: OrganizationStep | null): Promise<PersonStep> {
  const { ctx, api } = s;
  const done = ctx.steps.get<PersonStep>('person');
  if (done) return done;
  checkpoint(ctx);
  const email = ctx.lead.email.trim();
  const existing = await api.findPersonByEmail(email);
  let step: PersonStep;
  if (existing === null) {
    step = { id: await api.createPerson(newPerson(ctx.config, ctx.lead, org?.id ?? null)), created: true };
  } else {
    const fields = customFields(ctx.config, ctx.lead);
    // Its organization is left alone: a person has one, and the agency may have chosen it.
    if (Object.keys(fields).length > 0) await api.updatePerson(existing, { custom_fields: fields });
    ctx.note(
      `${email} already was a person in Pipedrive (id ${existing}); the lead ${outcome(ctx, 'added')} to that person.`,
    );
    step = { id: existing, created: false };
  }
  ctx.steps.set('person', step);
  if (ctx.lead.isTest) ctx.note(`Test lead: delete the person ${email} and its lead in Pipedrive when you are done.`);
  return step;
}

/** The label's id by name; listed once per company, created when it no longer exists. */
async function labelId(s: Session, fresh: boolean): Promise<string | null> {
  const ref = labelFor(s.ctx.config, s.ctx.lead);
  if (ref === null) return null;
  if (fresh) s.labels.forget();
  const hit = s.labels.get(ref.name);
  if (hit !== undefined) return hit;
  if (!s.labels.known) {
    s.labels.replaceAll(await s.api.leadLabels());
    const listed = s.labels.get(ref.name);
    if (listed !== undefined) return listed;
    // Renamed in Pipedrive: the id the agency picked still stands for the range.
    if (s.labels.has(ref.id)) return ref.id;
  }
  const created = await s.api.createLeadLabel(ref.name, 'green');
  s.labels.set(created.name || ref.name, created.id);
  s.ctx.note(`Lead label "${ref.name}" did not exist in Pipedrive and ${outcome(s.ctx, 'created')}.`);
  return created.id;
}

export async function leadStep(s: Session, person: PersonStep, org: OrganizationStep | null): Promise<LeadStep> {
  const { ctx, api } = s;
  const done = ctx.steps.get<LeadStep>('lead');
  if (done?.person === person.id) return done;
  checkpoint(ctx);
  const title = leadTitle(ctx.lead);
  if (ctx.steps.get<string>(LEAD_PENDING) === person.id) {
    const earlier = (await api.leadsOfPerson(person.id)).find((l) => l.title === title);
    if (earlier) {
      ctx.note('The previous attempt had created the lead before its answer was lost; it was not created again.');
      const step: LeadStep = { id: earlier.id, person: person.id, label: null };
      ctx.steps.set('lead', step);
      return step;
    }
  }
  const create = async (fresh: boolean): Promise<LeadStep> => {
    const label = await labelId(s, fresh);
    ctx.steps.set(LEAD_PENDING, person.id);
    const id = await api.createLead({
      title,
      person_id: numericId(person.id),
      ...(org ? { organization_id: numericId(org.id) } : {}),
      ...(label !== null ? { label_ids: [label] } : {}),
    });
    return { id, person: person.id, label };
  };
  let step: LeadStep;
  try {
    step = await create(false);
  } catch (err) {
    // A label deleted in Pipedrive since it was cached: look it up again, once.
    const refused = err instanceof ConnectorError && (err.status === 400 || err.status === 404);
    if (!refused || labelFor(ctx.config, ctx.lead) === null || !s.labels.known) throw err;
    step = await create(true);
  }
  ctx.steps.set('lead', step);
  return step;
}
