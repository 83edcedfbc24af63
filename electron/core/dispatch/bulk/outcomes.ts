import type { RecordedCall } from '#contract';
import { ConnectorError, type BulkSender, type BulkStatus, type DispatchLead } from '../../integrations/connector';
import type { ResolvedIntegration } from '../integrations';
import type { LeadReader } from '../leads';
import type { EngineLimits } from '../limits';
import type { Completion } from '../outbox';
import { parseSteps } from '../rows';
import { baseReport, failureCompletion, leasedOf, requestLabel } from './reports';
import { batchNotes, type BatchItem, type BatchRow } from './store';

export interface FollowUp {
  item: BatchItem;
  lead: DispatchLead;
  /** Its steps as the per-contact send must see them (with `imported`). */
  steps: Record<string, unknown>;
  notes: string[];
}

export interface Settled {
  completions: Completion[];
  steps: Array<{ dispatchId: string; steps: Record<string, unknown> }>;
  followUps: FollowUp[];
  /** The request and the final status call, as each lead's attempt shows them. */
  calls: RecordedCall[];
}

/**
 * A finished import, lead by lead: an address the remote lists as failed gets a failed attempt and
 * its next one on its own (where the remote's answer says why); a lead the import could not fully
 * serve keeps going on the per-contact path for what is left; every other lead is sent. The
 * contact id is known when the import made exactly one contact, and looked up by the per-contact
 * path when a later step needs it.
 */
export function settleCompleted(input: {
  batch: BatchRow;
  integ: ResolvedIntegration & { bulk: BulkSender<unknown> };
  /** The requests that carried the batch (store.calls). */
  sent: readonly RecordedCall[];
  status: Extract<BulkStatus, { done: true }>;
  items: BatchItem[];
  leads: LeadReader;
  pollCall: RecordedCall | null;
  excerpt: string | null;
  now: number;
  limits: EngineLimits;
}): Settled {
  const { batch, integ, status, now } = input;
  const { bulk } = integ;
  const calls = [...input.sent, ...(input.pollCall ? [input.pollCall] : [])];
  const failed = new Set(status.failedKeys);
  const { request, remote } = bulk.words;
  const label = requestLabel(batch, request);
  const summary =
    `Sent with ${label}: ${batch.contacts} contacts, status "${status.status}"` +
    (failed.size > 0 ? `, ${failed.size} of them reported as failed.` : '.');
  const notes = [summary, ...batchNotes(batch)];
  const out: Settled = { completions: [], steps: [], followUps: [], calls };
  const loaded = input.items.map((item) => ({ item, lead: input.leads.get(item.row.lead_id) }));
  const succeeded = loaded.filter((l) => l.lead && !failed.has(bulk.key(l.lead)));
  const onlyId = status.succeededIds.length === 1 && succeeded.length === 1 ? (status.succeededIds[0] ?? null) : null;
  for (const { item, lead } of loaded) {
    const report = (key: string) =>
      baseReport({ batch, row: item.row, key, calls, notes, now, statusCode: 200, excerpt: input.excerpt });
    if (!lead) {
      out.completions.push({
        leased: leasedOf(item.row),
        transition: { to: 'cancelled', spend: false },
        report: { ...report(''), outcome: 'cancelled', errorClass: null, message: 'The lead was deleted.' },
        batchId: batch.id,
      });
      continue;
    }
    const key = bulk.key(lead);
    const steps = parseSteps(item.row.steps);
    if (failed.has(key)) {
      const message =
        `${remote} reported this lead as failed in ${label}, without saying why. It is tried again on its own, ` +
        `where ${remote}'s answer gives the reason.`;
      out.completions.push(
        failureCompletion({
          batch,
          row: item.row,
          key,
          calls,
          notes,
          now,
          statusCode: 200,
          excerpt: input.excerpt,
          error: new ConnectorError('transient', message),
          message,
          integ,
          limits: input.limits,
        }),
      );
      out.steps.push({
        dispatchId: item.row.id,
        steps: { ...steps, bulk: { perContact: 'failed', import: batch.number } },
      });
      continue;
    }
    const followUp = bulk.followUp(integ.config, lead);
    if (followUp !== null) {
      const next = { ...steps, imported: { import: batch.number, remoteId: batch.remote_id } };
      out.steps.push({ dispatchId: item.row.id, steps: next });
      out.followUps.push({ item, lead, steps: next, notes: [...notes, followUp] });
      continue;
    }
    out.completions.push({
      leased: leasedOf(item.row),
      transition: { to: 'sent', remoteId: onlyId },
      report: { ...report(key), outcome: 'sent', errorClass: null, message: null },
      batchId: batch.id,
    });
  }
  return out;
}
