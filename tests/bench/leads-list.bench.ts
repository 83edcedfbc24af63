import type { Core } from '../../electron/core';
import type { LeadsListInput, OutputOf } from '#contract';
import { call } from '../unit/support/core-harness';
import { fmt, line, percentile } from './support';

const RUNS = 20;

/** p50/p95 of one `leads:list` shape through the contract, after a warm-up. */
async function timeList(core: Core, label: string, input: LeadsListInput): Promise<void> {
  for (let i = 0; i < 3; i++) await call(core, 'leads:list', input);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const page = await call<OutputOf<'leads:list'>>(core, 'leads:list', input);
    times.push(performance.now() - t0);
    rows = page.rows.length;
  }
  times.sort((a, b) => a - b);
  line(label, `p50 ${fmt(percentile(times, 50))} ms, p95 ${fmt(percentile(times, 95))} ms (${rows} rows)`);
}

/** The Leads page over a client's freshly imported leads: first pages, filters, search, a deep page. */
export async function benchLeadsList(core: Core, clientId: string): Promise<void> {
  console.log('  Leads list over them (first page counts up to 10,000)');
  await timeList(core, '  first page', { clientId, limit: 100 });
  await timeList(core, '  qualified only', { clientId, qualified: true, limit: 100 });
  await timeList(core, '  corporate e-mail, with problems', {
    clientId,
    emailKinds: ['corporate'],
    withIssues: true,
    limit: 100,
  });
  await timeList(core, '  search, one e-mail', { clientId, search: 'contato43210@', limit: 100 });
  await timeList(core, '  search, common name', { clientId, search: 'silva', limit: 100 });
  // Lead 43210's phone, typed "(21) 910043210" in the file: by its digits, and as another form writes it.
  await timeList(core, '  search, phone digits', { clientId, search: '21910043210', limit: 100 });
  await timeList(core, '  search, phone formatted', { clientId, search: '+55 (21) 91004-3210', limit: 100 });
  await timeList(core, '  search, common digits', { clientId, search: '9100', limit: 100 });
  let cursor: string | undefined;
  for (let i = 0; i < 300; i++) {
    const page = await call<OutputOf<'leads:list'>>(core, 'leads:list', { clientId, limit: 200, cursor });
    cursor = page.nextCursor ?? undefined;
    if (!cursor) break;
  }
  await timeList(core, '  deep page (cursor, 60,000 in)', { clientId, limit: 100, cursor });
}
