import { randomUUID } from 'node:crypto';
import type { AcAccountState } from './state';
import type { Clock } from './types';

/**
 * ActiveCampaign's bulk import as docs/crm/activecampaign.md §14 describes it: a request is checked
 * at once (a 400 naming contacts by index queues nothing), then processed later, one import after
 * the other per account; `GET /import/info` answers `completed` with the contact ids that made it
 * and the e-mail addresses that did not.
 *
 * Where the reference is silent the emulator chooses, and says so here:
 * - the status of an import not yet processed is `queued`;
 * - an address whose domain has no dot, or that holds a quote, fails while processing (the
 *   reference's own examples of failed addresses), and so does any address in `failEmails`;
 * - a list id that does not exist or is archived is skipped for that contact;
 * - a contact that already belongs to an account keeps it (as with POST /accountContacts).
 */

export interface ImportContact {
  email: string;
  first_name?: string;
  last_name?: string;
  phone?: string;
  customer_acct_name?: string;
  tags?: string[];
  fields?: Array<{ id: string; value: string }>;
  subscribe?: string[];
  unsubscribe?: string[];
}

export interface ImportRecord {
  batchId: string;
  /** Emulator clock time the import was accepted. */
  queuedAt: number;
  completedAt: number | null;
  status: 'queued' | 'completed';
  contacts: ImportContact[];
  success: string[];
  failure: string[];
}

export interface ImportSettings {
  /** How long one import takes once its turn comes (ms). 0: processed on the next tick. */
  delayMs: number;
  /** `manual`: imports wait for `process()` (tests that look at an import before it runs). */
  processing: 'auto' | 'manual';
  /** Accepted imports per minute and account before "Rate limit exceeded." (AC: 100). */
  perMinute: number;
}

export const DEFAULT_IMPORT_SETTINGS: ImportSettings = { delayMs: 0, processing: 'auto', perMinute: 100 };

const MINUTE_MS = 60_000;

/** The reference's failed addresses: a domain without a dot, a quote in the address. */
function failsWhileProcessing(email: string): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  return !domain.includes('.') || /['"]/.test(email);
}

export class ImportQueue {
  private readonly records = new Map<string, ImportRecord>();
  private readonly waiting: ImportRecord[] = [];
  private readonly accepted: number[] = [];
  private readonly failEmails = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private settings: ImportSettings;
  /** Time spent processing imports, for benchmarks that report it apart. */
  busyMs = 0;

  constructor(
    private readonly state: AcAccountState,
    private readonly clock: Clock,
    private readonly initial: ImportSettings,
  ) {
    this.settings = initial;
  }

  configure(patch: Partial<ImportSettings>): void {
    this.settings = { ...this.settings, ...patch };
    this.schedule();
  }

  get config(): ImportSettings {
    return this.settings;
  }

  /** Addresses that fail while processing, whatever they look like. */
  failOn(emails: Iterable<string>): void {
    for (const e of emails) this.failEmails.add(e.trim().toLowerCase());
  }

  /** Whether one more import may be accepted now (100 a minute per account). */
  takeSlot(): boolean {
    const now = this.clock();
    while (this.accepted.length > 0 && (this.accepted[0] ?? 0) <= now - MINUTE_MS) this.accepted.shift();
    if (this.accepted.length >= this.settings.perMinute) return false;
    this.accepted.push(now);
    return true;
  }

  enqueue(contacts: ImportContact[]): ImportRecord {
    const record: ImportRecord = {
      batchId: randomUUID(),
      queuedAt: this.clock(),
      completedAt: null,
      status: 'queued',
      contacts,
      success: [],
      failure: [],
    };
    this.records.set(record.batchId, record);
    this.waiting.push(record);
    this.schedule();
    return record;
  }

  get(batchId: string): ImportRecord | undefined {
    return this.records.get(batchId);
  }

  all(): ImportRecord[] {
    return [...this.records.values()];
  }

  /** Runs every waiting import now, in order. */
  processAll(): number {
    let n = 0;
    for (let next = this.waiting.shift(); next; next = this.waiting.shift()) {
      this.run(next);
      n++;
    }
    return n;
  }

  private schedule(): void {
    if (this.timer || this.settings.processing === 'manual' || this.waiting.length === 0) return;
    const delay = this.settings.delayMs;
    this.timer = setTimeout(() => {
      this.timer = null;
      const next = this.waiting.shift();
      if (next) {
        this.busyMs += delay;
        this.run(next);
      }
      this.schedule();
    }, delay);
  }

  private run(record: ImportRecord): void {
    for (const contact of record.contacts) {
      const key = contact.email.trim().toLowerCase();
      if (this.failEmails.has(key) || failsWhileProcessing(key)) record.failure.push(contact.email);
      else record.success.push(this.apply(contact));
    }
    record.status = 'completed';
    record.completedAt = this.clock();
  }

  /** One contact, as the import writes it: upsert by e-mail, then tags, fields, lists, account. */
  private apply(c: ImportContact): string {
    const { state } = this;
    const { contact } = state.upsertContact({
      email: c.email,
      firstName: c.first_name,
      lastName: c.last_name,
      phone: c.phone,
    });
    for (const name of c.tags ?? []) {
      const tag = state.findTagByName(name) ?? state.createTag(name, 'contact');
      state.attachTag(contact.id, tag.id);
    }
    for (const f of c.fields ?? []) if (state.fields.has(f.id)) state.setFieldValue(contact.id, f.id, f.value);
    for (const listId of c.subscribe ?? []) {
      const list = state.lists.get(listId);
      if (!list || list.archived) continue;
      const current = state.contactLists.find(`${contact.id}:${listId}`);
      // "Contacts may not be subscribed to lists which they have previously unsubscribed from."
      if (current?.status === '2') continue;
      if (current?.status !== '1') state.subscribe(contact.id, listId, '1');
    }
    for (const listId of c.unsubscribe ?? []) {
      if (state.lists.has(listId)) state.subscribe(contact.id, listId, '2');
    }
    const accountName = c.customer_acct_name?.trim() ?? '';
    if (accountName !== '' && !state.accountLinkOf(contact.id)) {
      const account = state.findAccountByName(accountName) ?? state.createAccount({ name: accountName });
      state.linkAccount(account.id, contact.id, null);
    }
    return contact.id;
  }

  /** Back to start: records, limits and settings. */
  reset(): void {
    this.dispose();
    this.records.clear();
    this.waiting.length = 0;
    this.accepted.length = 0;
    this.failEmails.clear();
    this.settings = this.initial;
    this.busyMs = 0;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
