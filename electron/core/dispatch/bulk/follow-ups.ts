import type { RecordedCall } from '#contract';
import type { BulkSender } from '../../integrations/connector';
import type { Clock, Log } from '../../ports';
import { runAttempt, type AttemptDeps } from '../attempt';
import type { CompletionWriter } from '../completions';
import type { ResolvedIntegration } from '../integrations';
import { perAccountInFlight, type EngineLimits } from '../limits';
import type { Completion, OutboxRepository } from '../outbox';
import type { FollowUp } from './outcomes';
import { baseReport, failureCompletion, leasedOf } from './reports';
import type { BatchRow, BatchStore } from './store';

export interface FollowUpDeps {
  attempt: AttemptDeps;
  outbox: OutboxRepository;
  store: BatchStore;
  completions: Pick<CompletionWriter, 'report'>;
  clock: Clock;
  log: Log;
  limits: EngineLimits;
  onDone(): void;
}

/**
 * The leads a finished import could not fully serve (AC: the account link with a job title) run
 * the per-contact path for what is left, within the same attempt: its record shows the import and
 * then these calls. They stay in the batch until they end, so a crash meanwhile hands them to the
 * ordinary recovery with the `imported` step kept.
 */
export class FollowUps {
  private readonly controller = new AbortController();
  private stopped = false;
  running = 0;

  constructor(private readonly d: FollowUpDeps) {}

  run(
    batch: BatchRow,
    integ: ResolvedIntegration & { bulk: BulkSender<unknown> },
    list: readonly FollowUp[],
    calls: readonly RecordedCall[],
  ): void {
    const queue = [...list];
    const workers = Math.min(queue.length, perAccountInFlight(integ.policy.perSecond, this.d.limits.maxInFlight));
    const next = async (): Promise<void> => {
      for (let f = queue.shift(); f && !this.stopped; f = queue.shift()) await this.one(batch, integ, f, calls);
    };
    this.running += workers;
    for (let i = 0; i < workers; i++) {
      void next()
        .catch((err: unknown) =>
          this.d.log.error('dispatch: a follow-up after an import failed', { error: String(err) }),
        )
        .finally(() => {
          this.running--;
          if (!this.stopped) this.d.store.finishIfEmpty(batch.id, this.d.clock.now());
          this.d.onDone();
        });
    }
  }

  private async one(
    batch: BatchRow,
    integ: ResolvedIntegration & { bulk: BulkSender<unknown> },
    f: FollowUp,
    calls: readonly RecordedCall[],
  ): Promise<void> {
    const connector = integ.connector;
    if (!connector) return;
    const row = f.item.row;
    const result = await runAttempt(this.d.attempt, {
      dispatchId: row.id,
      number: row.attempt_count + 1,
      steps: JSON.stringify(f.steps),
      lead: f.lead,
      integration: { ...integ, connector },
      signal: this.controller.signal,
    });
    // Stopped meanwhile: recovery hands it to the per-contact path, `imported` step kept.
    if (this.stopped) return;
    const now = this.d.clock.now();
    const key = integ.bulk.key(f.lead);
    const input = {
      batch,
      row,
      key,
      calls: [...calls, ...result.recorder.calls],
      notes: [...f.notes, ...result.recorder.allNotes()],
      now,
      statusCode: result.recorder.last?.status ?? null,
      excerpt: result.recorder.last?.excerpt ?? null,
    };
    let completion: Completion;
    if (result.ok) {
      const report = baseReport(input);
      // The per-contact calls are this lead's own: only the import's request is narrowed.
      report.calls = [...report.calls.slice(0, calls.length), ...result.recorder.calls];
      completion = {
        leased: leasedOf(row),
        transition: { to: 'sent', remoteId: result.remoteId },
        report: { ...report, outcome: 'sent', errorClass: null, message: null },
        batchId: batch.id,
      };
    } else {
      completion = failureCompletion({
        ...input,
        error: result.error,
        message: result.recorder.redactor.text(result.error.message),
        integ,
        limits: this.d.limits,
      });
    }
    try {
      const [done] = this.d.outbox.complete([completion], now);
      this.d.completions.report(done ?? null, row.id);
    } catch (err) {
      this.d.log.error('dispatch: recording a follow-up failed', { dispatchId: row.id, error: String(err) });
    }
  }

  stop(): void {
    this.stopped = true;
    this.controller.abort(new Error('stopping'));
  }
}
