import { startAcEmulator } from '../emulators/activecampaign';
import { runBulkCrash } from '../unit/dispatch/bulk/crash-run';
import { ACCOUNT_LIMIT, benchDrain, type DrainResult } from './bulk.bench';
import { benchRequestsPerLead } from './requests-per-lead';
import { fmt, line } from './support';

const LEADS = 5_000;
const IMPORT_DELAY_MS = 500;
/** Per-contact drains are measured on this many leads per account, then extrapolated. */
const PER_CONTACT_SAMPLE = 20;

function duration(seconds: number): string {
  if (seconds < 120) return `${fmt(seconds, 1)} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 120
    ? `${minutes} min`
    : `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

function printDrain(
  label: string,
  bulk: DrainResult,
  perContactSeconds: number,
  perContactNote: string,
  requestsPerLead: number,
) {
  const total = bulk.accounts * bulk.leadsPerAccount;
  console.log(`  ${label}`);
  line(
    '  bulk mode: all sent after',
    `${duration(bulk.seconds)}  (${bulk.requests} requests, ${bulk.imports} imports; the emulator spent ` +
      `${fmt(bulk.processingSeconds, 1)} s per account processing imports → ${fmt(Math.max(0, bulk.seconds - bulk.processingSeconds), 1)} s without)`,
  );
  line('  per-contact path', `~${duration(perContactSeconds)}  (${perContactNote})`);
  line(
    '  floor (requests ÷ 5/s, busiest account)',
    `bulk ${fmt(bulk.floorSeconds, 1)} s · per-contact ${duration((bulk.leadsPerAccount * requestsPerLead) / ACCOUNT_LIMIT)} ` +
      `(${fmt(requestsPerLead, 1)} requests a lead)`,
  );
  line(
    '  429s / lost / sent twice / in the CRM',
    `${bulk.rateLimited} / ${bulk.lost} / ${bulk.sentTwice} / ${bulk.contacts} of ${total} (imported twice: ${bulk.importedTwice})`,
  );
  line('  queueing them beforehand (not counted)', `${fmt(bulk.enqueueSeconds, 1)} s`);
}

/** `npm run bench`'s bulk section: 5,000 leads for one account and for 20, bulk against per-contact, and the crash test. */
export async function runBulkBench(): Promise<void> {
  console.log(
    'Requests per lead (ActiveCampaign per-contact path, typical configuration: 3 tags, 1 list, 2 fields, account)',
  );
  const q = await benchRequestsPerLead(100);
  line('first lead / 100th lead', `${q.firstLead} / ${q.hundredthLead} requests`);
  line('  leads 2–99 queued together, per lead', `${fmt(q.steadyPerLead)} requests, ${fmt(q.secondsPerLead, 2)} s`);
  line('  cacheable lookups per lead', `${fmt(q.cacheableLookupsPerLead)}  (${q.cacheableLookups} in all)`);
  line('  achieved rate, sent, 429s', `${fmt(q.achievedRate)} req/s, ${q.sent} sent, ${q.rateLimited}`);

  console.log(
    `\nBulk sending (emulator at 5 requests/s per account; each import takes ${IMPORT_DELAY_MS} ms to process, one after the other per account)`,
  );
  const one = await benchDrain({
    accounts: 1,
    leadsPerAccount: LEADS,
    bulk: true,
    importDelayMs: IMPORT_DELAY_MS,
    timeoutMs: 600_000,
  });
  printDrain(
    `1 account, ${LEADS} leads waiting`,
    one,
    q.secondsPerLead * LEADS,
    `measured on ${q.leads - 2} leads at ${fmt(q.secondsPerLead, 2)} s a lead, extrapolated to ${LEADS}`,
    q.steadyPerLead,
  );

  const many = await benchDrain({
    accounts: 20,
    leadsPerAccount: LEADS,
    bulk: true,
    importDelayMs: IMPORT_DELAY_MS,
    timeoutMs: 900_000,
  });
  const perContact = await benchDrain({
    accounts: 20,
    leadsPerAccount: PER_CONTACT_SAMPLE,
    bulk: false,
    importDelayMs: IMPORT_DELAY_MS,
    timeoutMs: 600_000,
  });
  printDrain(
    `20 accounts at once, ${LEADS} leads waiting for each`,
    many,
    (perContact.seconds / PER_CONTACT_SAMPLE) * LEADS,
    `measured with ${PER_CONTACT_SAMPLE} leads per account (${fmt(perContact.seconds, 1)} s, ${perContact.rateLimited} × 429), extrapolated to ${LEADS}`,
    q.steadyPerLead,
  );

  console.log('\nCrash safety: a worker draining a backlog in bulk, killed with SIGKILL 5 times');
  const ac = await startAcEmulator({ ratePerSecond: ACCOUNT_LIMIT, logLimit: 100_000, imports: { delayMs: 150 } });
  try {
    const c = await runBulkCrash(ac, 3000, 5);
    line(
      'leads / sent once / open batches left',
      `${c.leads} / ${c.states.sent ?? 0} (${c.sentAttempts} sent attempts) / ${c.openBatches}`,
    );
    line('  in the CRM / complete (3 tags, 1 list)', `${c.contacts} / ${c.contactsComplete}`);
    line(
      '  imports / batches resumed / sent again',
      `${c.imports} / ${c.resumedBatches} / ${c.repeatedContacts} contacts imported twice, no duplicate`,
    );
    line('  kills after (ms), whole run', `${c.kills.join(', ')}; ${fmt(c.seconds, 1)} s`);
  } finally {
    await ac.close();
  }
}
