import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Core } from '../../electron/core';
import type { RescorePreview, RescoreView, ScoringProfileView } from '#contract';
import { call } from '../unit/support/core-harness';
import { fmt, line, percentile } from './support';

async function setThreshold(core: Core, clientId: string, qualifyAt: number): Promise<void> {
  const active = await call<ScoringProfileView>(core, 'scoring:active', { clientId });
  const { name, rules, ranges, disqualify } = active;
  await call(core, 'scoring:save', {
    clientId,
    id: active.id,
    profile: { name, rules, ranges, disqualify, qualifyAt },
  });
}

/**
 * Runs `work` while measuring how the event loop fares: its longest delay, and the latency of the
 * Leads page's first page asked for every 50 ms meanwhile (what a user clicking around would see).
 */
async function responsive<T>(core: Core, clientId: string, work: () => Promise<T>) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const pages: number[] = [];
  let running = true;
  const asking = (async () => {
    while (running) {
      const t0 = performance.now();
      await call(core, 'leads:list', { clientId, limit: 100 });
      pages.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const t0 = performance.now();
  const result = await work();
  const seconds = (performance.now() - t0) / 1000;
  running = false;
  await asking;
  histogram.disable();
  pages.sort((a, b) => a - b);
  return {
    result,
    seconds,
    maxDelayMs: histogram.max / 1e6,
    p99DelayMs: histogram.percentile(99) / 1e6,
    pageP50: percentile(pages, 50),
    pageMax: pages[pages.length - 1] ?? 0,
    pages: pages.length,
  };
}

async function run(core: Core, clientId: string, scope: 'unsent' | 'all', label: string): Promise<void> {
  const m = await responsive(core, clientId, async () => {
    const started = await call<RescoreView>(core, 'scoring:rescoreStart', { clientId, scope, queued: 'cancel' });
    await core.leads.rescore.settled(started.id);
    return call<RescoreView>(core, 'scoring:rescoreGet', { id: started.id });
  });
  const v = m.result;
  line(label, `${fmt(m.seconds)} s, ${Math.round(v.rescored / m.seconds).toLocaleString('en-US')} leads/s`);
  line(
    '    changed / newly / no longer qualified',
    `${v.changed.toLocaleString('en-US')} / ${v.newlyQualified.toLocaleString('en-US')} / ${v.noLongerQualified.toLocaleString('en-US')}`,
  );
  line(
    '    dispatches cancelled / queued',
    `${v.dispatchesCancelled.toLocaleString('en-US')} / ${v.dispatchesQueued.toLocaleString('en-US')}`,
  );
  line('    event loop: longest delay, p99', `${fmt(m.maxDelayMs)} ms, ${fmt(m.p99DelayMs)} ms`);
  line('    Leads first page meanwhile: p50, max', `${fmt(m.pageP50)} ms, ${fmt(m.pageMax)} ms (${m.pages} pages)`);
}

/**
 * Re-scoring a client's imported leads after its threshold moves: the preview, then the run, each
 * with the event loop and the Leads list measured while it goes (the integration is paused, so the
 * qualified leads' dispatches are held: cancelling and queueing them again is part of the work).
 */
export async function benchRescore(core: Core, clientId: string): Promise<void> {
  console.log('  Re-scoring them when the threshold rises from 40 to 65, then goes back to 40');
  await setThreshold(core, clientId, 65);
  const preview = await responsive(core, clientId, () =>
    call<RescorePreview>(core, 'scoring:rescorePreview', { clientId }),
  );
  const p = preview.result.unsent;
  line(
    '  preview (both scopes, nothing written)',
    `${fmt(preview.seconds)} s: ${p.changed.toLocaleString('en-US')} of ${p.leads.toLocaleString('en-US')} would change`,
  );
  line('    event loop: longest delay, p99', `${fmt(preview.maxDelayMs)} ms, ${fmt(preview.p99DelayMs)} ms`);
  await run(core, clientId, 'unsent', '  run: 40 → 65, leads not yet sent');
  await setThreshold(core, clientId, 40);
  await run(core, clientId, 'unsent', '  run: 65 → 40 (dispatches queued again)');
}
