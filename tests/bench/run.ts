/**
 * `npm run bench`: prints figures, asserts nothing. Run on a quiet machine; they move with load (each
 * section says the load average it ran under, and the import's steps are also given in CPU time).
 */
import { runLeadsCsvBench } from './leads-csv.bench';
import { runLogsBench } from './logs.bench';
import { benchRate } from './rate';
import { benchRequestsPerLead } from './requests-per-lead';
import { fmt, line, machineLoad } from './support';
import { benchTransitions } from './transitions';

async function main(): Promise<void> {
  console.log(`Zero Bad Leads benchmarks (${machineLoad()})\n`);

  console.log('Rate limit use (ActiveCampaign emulator, 5 requests/s per account, 1 request per lead)');
  for (const [accounts, leads] of [
    [1, 40],
    [50, 30],
  ] as const) {
    const r = await benchRate(accounts, leads);
    line(
      `${accounts} account${accounts > 1 ? 's' : ''}: achieved ÷ allowed`,
      `${fmt(r.ratio)}  (${fmt(r.achieved)} of ${r.allowed} req/s)`,
    );
    line('  worst single account', fmt(r.worstAccountRatio));
    line('  requests / seconds / 429s', `${r.requests} / ${fmt(r.seconds)} s / ${r.rateLimited}`);
  }

  console.log('\nState transitions (no-op connector, real SQLite file)');
  const t = await benchTransitions();
  line('transitions per second', `${fmt(t.perSecond, 0)}  (${t.transitions} in ${fmt(t.seconds)} s)`);
  line('  enqueue alone (→ pending), per second', fmt(t.enqueuePerSecond, 0));
  line('  lease + completion alone, per second', fmt(t.runPerSecond, 0));

  console.log('\nRequests per lead (ActiveCampaign connector, typical configuration)');
  const q = await benchRequestsPerLead();
  if (!q.measured) {
    line('not measured', q.reason);
  } else {
    line('requests per lead', `${fmt(q.perLead)}  (${q.requests} for ${q.leads} leads)`);
    line('  of which cacheable lookups per lead', `${fmt(q.cacheableLookupsPerLead)}  (${q.cacheableLookups} in all)`);
    line('  first lead / each later lead', `${q.firstLead} / ${fmt(q.steadyPerLead)}`);
    line('  achieved rate, sent, 429s', `${fmt(q.achievedRate)} req/s, ${q.sent} sent, ${q.rateLimited}`);
  }

  console.log('');
  await runLeadsCsvBench();

  console.log('');
  await runLogsBench();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
