import type { DuplicatePolicy, LeadOrigin } from '#contract';
import type { LeadInput } from '#contract/lead-input';
import type { Sqlite } from '../db/connection';
import type { EventBus } from '../events';
import { threadCpuMs } from '../lib/batch-size';
import { timeOrderedUuid } from '../lib/ids';
import type { Clock } from '../ports';
import { toProfile, type ScoringRepository } from '../scoring/repository';
import { scoreLead } from '../scoring/score';
import { leadIdentity } from './identity';
import { prepareLeads, validateFor, type PrepareContext, type PreparedLead } from './prepare';
import { stringMap } from './row';
import { createBulkSearchIndex } from './search-index';
import type { LeadSettingsRepo } from './settings';
import { stageClock, type StageTimes } from './stages';
import { serializeRecord, type LeadRecord, type LeadStore, type SerializedLeadRecord, type StoredLead } from './store';
import {
  withMxStatus,
  type LeadValidation,
  type MxChecker,
  type MxStatus,
  type ValidatedLead,
  type ValidationIssue,
} from './validation';
import { emailKindOf } from './views';

interface OutcomeBase {
  leadId: string;
  /** The input's identity (`leadIdentity()`): what made it repeat a lead, or what a later one may repeat. */
  identity: string | null;
  /** What validating the input alone found (not the merged lead's): what to fix where it came from. */
  issues: readonly ValidationIssue[];
}

export type IngestOutcome =
  | (OutcomeBase & { kind: 'created' | 'updated'; qualified: boolean })
  | (OutcomeBase & { kind: 'duplicate'; qualified: false });

export interface IngestOptions {
  origin: LeadOrigin;
  importId?: string;
  /** What an input repeating one of the client's leads (same identity) does. */
  duplicates: DuplicatePolicy;
  /** Runs inside the batch's transaction: an import records its progress with the rows it describes. */
  alongside?: (outcomes: readonly IngestOutcome[]) => void;
  /** Where the time of each step goes (the benchmark's figures); not measured when absent. */
  times?: StageTimes;
}

export interface IngestResult {
  outcomes: IngestOutcome[];
  dispatches: number;
  /** How long storing the batch held the thread, in milliseconds, and the CPU time it took. */
  ms: number;
  cpuMs: number;
}

export interface IngestDeps {
  sqlite: Sqlite;
  store: LeadStore;
  scoring: ScoringRepository;
  settings: LeadSettingsRepo;
  /**
   * Hands qualified leads to the dispatch engine; answers how many dispatches were created.
   * `owner`: the client of real (not test) leads, which the engine then need not read again.
   */
  enqueue(leadIds: readonly string[], owner?: { clientId: string }): number;
  events: EventBus;
  clock: Clock;
  mx: MxChecker;
}

/** What scoring a client's leads needs, read once per batch. */
export interface ClientContext extends PrepareContext {
  mxCheck: boolean;
}

/**
 * The stored lead as intake input again, so "update" can merge a new row into it and validate the
 * whole (and a re-score can validate a lead stored without its validation).
 */
export function asInput(row: StoredLead): LeadInput {
  const opt = (v: string | null): string | undefined => (v === null || v === '' ? undefined : v);
  return {
    fullName: opt(row.full_name),
    email: opt(row.email),
    phone: opt(row.phone),
    company: opt(row.company),
    cnpj: opt(row.cnpj),
    jobTitle: opt(row.job_title),
    city: opt(row.city),
    state: opt(row.state),
    source: opt(row.source),
    utm: stringMap(row.utm),
    custom: stringMap(row.custom),
  };
}

/** New values win; what the new row leaves empty keeps the stored value. */
function merge(old: LeadInput, next: LeadInput): LeadInput {
  const out: LeadInput = { ...old, utm: { ...old.utm, ...next.utm }, custom: { ...old.custom, ...next.custom } };
  for (const key of ['fullName', 'email', 'phone', 'company', 'cnpj', 'jobTitle', 'city', 'state', 'source'] as const) {
    if (next[key] !== undefined) out[key] = next[key];
  }
  // The same address in other capitals is the same person: the spelling already stored stays.
  if (old.email !== undefined && next.email?.toLowerCase() === old.email.toLowerCase()) out.email = old.email;
  return out;
}

/** What is written of a lead besides its id, arrival time and provenance. */
type Provenance = 'id' | 'clientId' | 'origin' | 'importId' | 'receivedAt';
type LeadBody = Omit<LeadRecord, Provenance>;
type SerializedBody = Omit<SerializedLeadRecord, Provenance>;

/**
 * Validates, scores and stores leads, then hands the qualified ones to the dispatch engine, all
 * in one transaction per batch: a crash leaves either the whole batch stored and queued, or none
 * of it. Only the optional MX lookup is awaited, before the transaction, within its time budget.
 */
export function createIngest(d: IngestDeps) {
  const searchIndex = createBulkSearchIndex(d.sqlite);

  function context(clientId: string): ClientContext {
    const active = d.scoring.active(clientId);
    const settings = d.settings.get(clientId);
    return {
      profile: active ? toProfile(active) : null,
      allowlist: settings.emailAllowlist,
      mxCheck: settings.mxCheck,
    };
  }

  /** MX answers per domain for the batch; lookups are shared and bounded by their own timeout. */
  async function mxFor(domains: Iterable<string | null>, ctx: ClientContext): Promise<Map<string, MxStatus>> {
    const answers = new Map<string, MxStatus>();
    if (!ctx.mxCheck) return answers;
    const distinct = new Set<string>();
    for (const domain of domains) if (domain) distinct.add(domain);
    await Promise.all(
      [...distinct].map(async (domain) => {
        answers.set(domain, await d.mx.check(domain).catch((): MxStatus => 'unknown'));
      }),
    );
    return answers;
  }

  /** A lead validated here (a merge, a correction): scored with its MX answer, if any. */
  function bodyOf(validated: ValidatedLead, ctx: ClientContext, mx: ReadonlyMap<string, MxStatus>): LeadBody {
    const domain = validated.validation.email.domain;
    const status = domain ? mx.get(domain) : undefined;
    const withMx = status ? { ...validated, validation: withMxStatus(validated.validation, status) } : validated;
    const scored = ctx.profile ? scoreLead(withMx, ctx.profile) : null;
    return {
      lead: withMx.lead,
      validation: withMx.validation,
      emailKind: emailKindOf(withMx.validation),
      score: scored?.score ?? null,
      scoreRange: scored?.range ?? null,
      qualified: scored?.qualified ?? false,
      reasons: scored?.reasons ?? null,
      blockedBy: scored?.blockedBy ?? null,
    };
  }

  /** A prepared lead as written; one whose domain got an MX answer is validated and scored again with it. */
  function preparedBody(p: PreparedLead, ctx: ClientContext, mx: ReadonlyMap<string, MxStatus>): SerializedBody {
    if (p.emailDomain !== null && mx.has(p.emailDomain)) {
      const validated: ValidatedLead = { lead: p.lead, validation: JSON.parse(p.validationJson) as LeadValidation };
      return serializeRecord(bodyOf(validated, ctx, mx));
    }
    const s = p.scored;
    return {
      lead: p.lead,
      validationJson: p.validationJson,
      issueCount: p.issues.length,
      emailKind: p.emailKind,
      score: s?.score ?? null,
      scoreRange: s?.range ?? null,
      qualified: s?.qualified ?? false,
      reasonsJson: s?.reasonsJson ?? null,
      blockedBy: s?.blockedBy ?? null,
    };
  }

  /** Writes a batch in one transaction; `ms` and `cpuMs` say how long it held the thread (the commit included). */
  function write(
    clientId: string,
    prepared: readonly PreparedLead[],
    ctx: ClientContext,
    mx: ReadonlyMap<string, MxStatus>,
    options: IngestOptions,
  ): IngestResult {
    const started = performance.now();
    const cpuStarted = threadCpuMs();
    const { lap } = stageClock(options.times);
    const result = d.sqlite.transaction(() => {
      const now = d.clock.now();
      const outcomes: IngestOutcome[] = [];
      const toSend: string[] = [];
      const provenance = { clientId, origin: options.origin, importId: options.importId ?? null };
      let dispatches = 0;
      searchIndex.run(
        () => {
          // New leads are written together, in statements of many rows; a repeat of one of them
          // within the batch (policies "skip" and "update") writes them first, so it is found.
          let created: SerializedLeadRecord[] = [];
          const pendingIdentities = new Set<string>();
          const writeCreated = (): void => {
            d.store.insertMany(created, now);
            created = [];
            pendingIdentities.clear();
          };
          for (const p of prepared) {
            const { identity, issues } = p;
            if (options.duplicates !== 'keep' && identity !== null && pendingIdentities.has(identity)) writeCreated();
            // Looked up row by row inside the transaction: a repeat within the batch finds the lead
            // the earlier row has just stored.
            const existing = options.duplicates === 'keep' ? null : d.store.findByIdentity(clientId, identity);
            if (existing !== null && options.duplicates === 'skip') {
              outcomes.push({ kind: 'duplicate', leadId: existing, qualified: false, identity, issues });
              continue;
            }
            const stored = existing === null ? null : d.store.get(existing);
            if (stored) {
              if (!p.input) throw new Error('A lead merged into a stored one needs its input (prepared withInputs).');
              const merged = validateFor(merge(asInput(stored), p.input), ctx);
              const rec = { ...bodyOf(merged, ctx, mx), ...provenance, id: stored.id, receivedAt: stored.received_at };
              d.store.update(stored.id, rec, now);
              outcomes.push({ kind: 'updated', leadId: stored.id, qualified: rec.qualified, identity, issues });
              if (rec.qualified) toSend.push(stored.id);
              continue;
            }
            const rec = { ...preparedBody(p, ctx, mx), ...provenance, id: timeOrderedUuid(), receivedAt: now };
            created.push(rec);
            if (identity !== null && options.duplicates !== 'keep') pendingIdentities.add(identity);
            outcomes.push({ kind: 'created', leadId: rec.id, qualified: rec.qualified, identity, issues });
            if (rec.qualified) toSend.push(rec.id);
          }
          writeCreated();
          lap('store');
          // The engine creates nothing for a lead and integration that already have a dispatch.
          dispatches = toSend.length > 0 ? d.enqueue(toSend, { clientId }) : 0;
          lap('queue');
          options.alongside?.(outcomes);
          lap('store');
        },
        () => lap('store'),
      );
      lap('index');
      return { outcomes, dispatches };
    })();
    lap('store');
    return { ...result, ms: performance.now() - started, cpuMs: threadCpuMs() - cpuStarted };
  }

  async function store(
    clientId: string,
    prepared: readonly PreparedLead[],
    options: IngestOptions,
    ctx: ClientContext,
  ): Promise<IngestResult> {
    const mx = await mxFor(
      prepared.map((p) => p.emailDomain),
      ctx,
    );
    const result = write(clientId, prepared, ctx, mx, options);
    const created = result.outcomes.filter((o) => o.kind === 'created').length;
    const updated = result.outcomes.filter((o) => o.kind === 'updated').length;
    if (created > 0) d.events.emit('leads:changed', { clientId, reason: 'created', count: created });
    if (updated > 0) d.events.emit('leads:changed', { clientId, reason: 'updated', count: updated });
    return result;
  }

  return {
    context,

    /** Validation and scoring without storing: the manual form's inline checks. */
    check(clientId: string, input: LeadInput) {
      const ctx = context(clientId);
      const validated = validateFor(input, ctx);
      const scored = ctx.profile ? scoreLead(validated, ctx.profile) : null;
      const identity = leadIdentity(validated.lead);
      const duplicateOf = d.store.findByIdentity(clientId, identity);
      return { validated, scored, duplicateOf, identity, profile: ctx.profile };
    },

    /**
     * Stores a batch of one client's leads. `ctx` lets an import read the client's settings once;
     * it is read fresh otherwise.
     */
    async ingest(
      clientId: string,
      inputs: readonly LeadInput[],
      options: IngestOptions,
      ctx: ClientContext = context(clientId),
    ): Promise<IngestResult> {
      return store(clientId, prepareLeads(inputs, ctx, options.times), options, ctx);
    },

    /** The same for leads already validated and scored (`prepareLeads`), as an import's preparer hands them over. */
    ingestPrepared: store,

    /**
     * A stored lead with some fields replaced (a suggested correction), validated and scored
     * again as if it had just arrived, and sent on if it qualifies now. It keeps its id, origin,
     * import and arrival time; an integration that already has it is not sent it twice.
     */
    async correct(stored: StoredLead, patch: Partial<LeadInput>): Promise<{ qualified: boolean; dispatches: number }> {
      const clientId = stored.client_id;
      const ctx = context(clientId);
      const validated = validateFor({ ...asInput(stored), ...patch }, ctx);
      const mx = await mxFor([validated.validation.email.domain], ctx);
      const result = d.sqlite.transaction(() => {
        const provenance = { clientId, origin: 'manual', importId: null, receivedAt: stored.received_at };
        const rec = { ...bodyOf(validated, ctx, mx), ...provenance, id: stored.id };
        d.store.update(stored.id, rec, d.clock.now());
        return { qualified: rec.qualified, dispatches: rec.qualified ? d.enqueue([stored.id]) : 0 };
      })();
      d.events.emit('leads:changed', { clientId, reason: 'updated', count: 1 });
      return result;
    },

    /**
     * Scores the leads that arrived while the client had no active profile, in batches, and
     * sends the qualified ones on. Leads already scored keep their score: each is scored once.
     */
    scoreUnscored(clientId: string, batch = 1_000): number {
      const ctx = context(clientId);
      if (!ctx.profile) return 0;
      const profile = ctx.profile;
      let total = 0;
      for (;;) {
        const rows = d.store.unscored(clientId, batch);
        if (rows.length === 0) break;
        d.sqlite.transaction(() => {
          const now = d.clock.now();
          const toSend: string[] = [];
          for (const row of rows) {
            const validated = validateFor(asInput(row), ctx);
            const stored = row.validation ? (JSON.parse(row.validation) as ValidatedLead['validation']) : null;
            const scored = scoreLead(stored ? { ...validated, validation: stored } : validated, profile);
            d.store.setScore(row.id, scored, now);
            if (scored.qualified) toSend.push(row.id);
          }
          if (toSend.length > 0) d.enqueue(toSend, { clientId });
        })();
        total += rows.length;
      }
      if (total > 0) d.events.emit('leads:changed', { clientId, reason: 'scored', count: total });
      return total;
    },
  };
}

export type Ingest = ReturnType<typeof createIngest>;
