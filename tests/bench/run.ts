/**
 * `npm run bench`: prints figures, asserts nothing. Run on a quiet machine; they move with load (each
 * section says the load average it ran under, and the import's steps are also given in CPU time).
 */
import { runBackupBench } from './backup.bench';
import { runLeadsCsvBench } from './leads-csv.bench';
import { runLogsBench } from './logs.bench';
import { runReportBench } from './report.bench';
import { runBulkBench } from './bulk-report';
import { benchRate } from './rate';
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

  console.log('');
  await runBulkBench();

  console.log('');
  await runLeadsCsvBench();

  console.log('');
  await runLogsBench();

  console.log('');
  await runBackupBench();
  await runReportBench();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
