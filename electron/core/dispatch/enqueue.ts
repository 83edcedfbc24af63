import type { DispatchFilter, DispatchView, FilterPreview } from '#contract';
import { AppError } from '../errors';
import type { Clock } from '../ports';
import type { ChangeFeed } from './change-feed';
import { evaluateFilter } from './filters/evaluate';
import type { FilterSubject } from './filters/facts';
import type { IntegrationResolver, ResolvedIntegration } from './integrations';
import type { LeadReader } from './leads';
import type { NewDispatch, OutboxRepository } from './outbox';
import { toView } from './rows';

export interface EnqueueDeps {
  outbox: OutboxRepository;
  integrations: IntegrationResolver;
  leads: LeadReader;
  clock: Clock;
  feed: ChangeFeed;
  wake(): void;
}

/** Which lead a dispatch is for, and how to read the whole lead if a filter needs it. */
interface LeadRef {
  id: string;
  clientId: string;
  isTest: boolean;
  subject(): FilterSubject;
}

/** Where a new dispatch starts: skipped by its filter, held by the integration's state, or queued. */
function plan(lead: LeadRef, integ: ResolvedIntegration, isTest: boolean): NewDispatch {
  const base = { clientId: lead.clientId, leadId: lead.id, integrationId: integ.id, isTest, resendOf: null };
  if (!isTest) {
    const needsLead = integ.filterProblem === null && (integ.filter?.conditions.length ?? 0) > 0;
    const skip = needsLead ? evaluateFilter(integ.filter, lead.subject()).reason : integ.filterProblem;
    if (skip !== null) return { ...base, state: 'skipped', heldReason: null, skipReason: skip };
    if (integ.status === 'needs_attention')
      return { ...base, state: 'held', heldReason: 'needs_attention', skipReason: null };
    if (integ.status !== 'active') return { ...base, state: 'held', heldReason: 'paused', skipReason: null };
  }
  return { ...base, state: 'pending', heldReason: null, skipReason: null };
}

/** A lead already read. */
function refOf(subject: FilterSubject): LeadRef {
  const { id, clientId, isTest } = subject.lead;
  return { id, clientId, isTest, subject: () => subject };
}

export function createEnqueue(d: EnqueueDeps) {
  function requireLead(leadId: string): FilterSubject {
    const subject = d.leads.subject(leadId);
    if (!subject) throw new AppError('not_found', 'This lead does not exist.');
    return subject;
  }

  /** The integrations that take a client's new leads, read once per call. */
  function integrationsOf(): (clientId: string) => ResolvedIntegration[] {
    const perClient = new Map<string, ResolvedIntegration[]>();
    return (clientId) => {
      let integrations = perClient.get(clientId);
      if (!integrations) {
        integrations = d.integrations.forClient(clientId);
        perClient.set(clientId, integrations);
      }
      return integrations;
    };
  }

  function insert(rows: NewDispatch[], unless: 'any' | 'active'): DispatchView[] {
    const { created } = d.outbox.insert(rows, d.clock.now(), unless);
    d.feed.push(created);
    if (created.some((r) => r.state === 'pending')) d.wake();
    return created.map(toView);
  }

  /**
   * `owner`: the client of leads just stored (not test leads). They are then read again only when
   * an integration's filter has conditions: an import queues tens of thousands at once.
   */
  function enqueueLeads(leadIds: readonly string[], owner?: { clientId: string }): DispatchView[] {
    const integrationsFor = integrationsOf();
    const rows: NewDispatch[] = [];
    for (const id of leadIds) {
      let read: FilterSubject | undefined;
      const lead: LeadRef = owner
        ? { id, clientId: owner.clientId, isTest: false, subject: () => (read ??= requireLead(id)) }
        : refOf(requireLead(id));
      for (const integ of integrationsFor(lead.clientId)) rows.push(plan(lead, integ, lead.isTest));
    }
    return insert(rows, 'any');
  }

  return {
    /**
     * A dispatch for each of the client's integrations that take leads (not drafts, not deleted).
     * Filters run now, so a skipped dispatch records which condition stopped the lead. Enqueueing
     * the same lead again creates nothing new.
     */
    enqueueLead(leadId: string): DispatchView[] {
      return enqueueLeads([leadId]);
    },

    /** The same for many leads (an import), in one transaction. */
    enqueueLeads,

    /**
     * Queues again the lead and integration of each of these cancelled dispatches, as a new lead is
     * queued (the filter runs again, the integration's state says pending or held), recording which
     * dispatch it follows. Only a dispatch that is still the latest of its pair, for a pair never
     * sent, and an integration that still takes leads: a lead is never sent twice to one integration.
     */
    requeueCancelled(dispatchIds: readonly string[]): DispatchView[] {
      const integrationsFor = integrationsOf();
      const rows: NewDispatch[] = [];
      for (const cancelled of d.outbox.requeueCandidates(dispatchIds)) {
        const subject = d.leads.subject(cancelled.lead_id);
        const integ = integrationsFor(cancelled.client_id).find((i) => i.id === cancelled.integration_id);
        if (!subject || !integ) continue;
        rows.push({ ...plan(refOf(subject), integ, false), resendOf: cancelled.id });
      }
      return insert(rows, 'active');
    },

    /**
     * One lead to one integration, e.g. "Send test lead". A test dispatch skips the filter and goes
     * out even while the integration is a draft or paused. Answers the pair's dispatch still in
     * progress, if any, instead of sending twice.
     */
    enqueue(
      leadId: string,
      integrationId: string,
      opts: { isTest?: boolean; steps?: Record<string, unknown> } = {},
    ): DispatchView {
      const subject = requireLead(leadId);
      const { lead } = subject;
      const integ = d.integrations.get(integrationId);
      if (!integ || integ.deleted || integ.clientId !== lead.clientId) {
        throw new AppError('not_found', 'This integration does not exist for the lead’s client.');
      }
      const isTest = opts.isTest ?? lead.isTest;
      if (!isTest && (integ.status === 'draft' || integ.status === 'inactive')) {
        throw new AppError('conflict', 'Activate the integration before sending leads to it.');
      }
      const planned = { ...plan(refOf(subject), integ, isTest), steps: opts.steps ?? null };
      const { created, existing } = d.outbox.insert([planned], d.clock.now(), 'active');
      d.feed.push(created);
      d.wake();
      const row = created[0] ?? existing[0];
      if (!row) throw new AppError('internal', 'The dispatch could not be created.');
      return toView(row);
    },

    /** How many of the client's most recent real leads the filter would let through. */
    previewFilter(clientId: string, filter: DispatchFilter, sample = 100): FilterPreview {
      const leads = d.leads.recent(clientId, sample);
      const failed = filter.conditions.map(() => 0);
      let passed = 0;
      for (const subject of leads) {
        const result = evaluateFilter(filter, subject);
        if (result.passed) passed++;
        for (const r of result.results) if (!r.passed) failed[r.index] = (failed[r.index] ?? 0) + 1;
      }
      return { total: leads.length, passed, failedBy: failed.map((count, index) => ({ index, count })) };
    },
  };
}
