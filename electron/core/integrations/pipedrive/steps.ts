import { ConnectorError, outcome, type SendContext } from '../connector';
import type { PipedriveApi } from './api-client';
import type { PipedriveConfig } from './config';
import type { LabelCache } from './label-cache';
import { numericId } from './wire';
import { companyWanted, testCompanySkipped } from '../shared/test-lead-options';
import {
  customFields,
  labelFor,
  leadTitle,
  newPerson,
  organizationName,
  TEST_LEAD_LABEL,
  TEST_PERSON_NOTE,
} from './values';

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
  /** The lead labels it was created with (its score range's, and the test label on a test lead). */
  labels: string[];
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
  if (!companyWanted(ctx)) {
    ctx.note(testCompanySkipped(name, 'organization', 'Pipedrive'));
    return null;
  }
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
  return step;
}

/** A label the lead should carry: the score range's (picked in the wizard, with its id) or the test label. */
interface WantedLabel {
  name: string;
  /** The id the agency picked; it still stands for the label if it was renamed in Pipedrive. */
  id: string | null;
  color: string;
}

function wantedLabels(s: Session): WantedLabel[] {
  const wanted: WantedLabel[] = [];
  const ref = labelFor(s.ctx.config, s.ctx.lead);
  if (ref !== null) wanted.push({ name: ref.name, id: ref.id, color: 'green' });
  if (s.ctx.lead.isTest) wanted.push({ ...TEST_LEAD_LABEL, id: null });
  return wanted;
}

/** The label's id by name; listed once per company, created when it no longer exists. */
async function labelId(s: Session, label: WantedLabel): Promise<string> {
  const hit = s.labels.get(label.name);
  if (hit !== undefined) return hit;
  if (!s.labels.known) {
    s.labels.replaceAll(await s.api.leadLabels());
    const listed = s.labels.get(label.name);
    if (listed !== undefined) return listed;
    if (label.id !== null && s.labels.has(label.id)) return label.id;
  }
  const created = await s.api.createLeadLabel(label.name, label.color);
  s.labels.set(created.name || label.name, created.id);
  s.ctx.note(`Lead label "${label.name}" did not exist in Pipedrive and ${outcome(s.ctx, 'created')}.`);
  return created.id;
}

async function labelIds(s: Session, wanted: WantedLabel[], fresh: boolean): Promise<string[]> {
  if (fresh) s.labels.forget();
  const ids: string[] = [];
  for (const label of wanted) {
    const id = await labelId(s, label);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * A test lead's person gets a note saying what it is (docs/crm/pipedrive.md §10), once per person:
 * Pipedrive persons have labels only through a person field's options, which the app does not edit.
 */
export async function testNoteStep(s: Session, person: PersonStep): Promise<void> {
  const { ctx, api } = s;
  if (!ctx.lead.isTest || ctx.steps.get<{ person: string }>('testNote')?.person === person.id) return;
  checkpoint(ctx);
  const note = await api.addPersonNote(person.id, TEST_PERSON_NOTE);
  ctx.steps.set('testNote', { person: person.id, note });
  ctx.note(
    `Test lead: the person ${ctx.lead.email.trim()} has a note saying so, and its lead the label ` +
      `"${TEST_LEAD_LABEL.name}"; filter the Leads inbox on that label to find test leads, and delete them and ` +
      'their persons when you are done.',
  );
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
      const step: LeadStep = { id: earlier.id, person: person.id, labels: [] };
      ctx.steps.set('lead', step);
      return step;
    }
  }
  const wanted = wantedLabels(s);
  const create = async (fresh: boolean): Promise<LeadStep> => {
    const labels = await labelIds(s, wanted, fresh);
    ctx.steps.set(LEAD_PENDING, person.id);
    const id = await api.createLead({
      title,
      person_id: numericId(person.id),
      ...(org ? { organization_id: numericId(org.id) } : {}),
      ...(labels.length > 0 ? { label_ids: labels } : {}),
    });
    return { id, person: person.id, labels };
  };
  let step: LeadStep;
  try {
    step = await create(false);
  } catch (err) {
    // A label deleted in Pipedrive since it was cached: look it up again, once.
    const refused = err instanceof ConnectorError && (err.status === 400 || err.status === 404);
    if (!refused || wanted.length === 0 || !s.labels.known) throw err;
    step = await create(true);
  }
  ctx.steps.set('lead', step);
  return step;
}
