import type { ApiRequest, ApiResponse, Route } from './api';
import type { ImportContact, ImportRecord } from './imports';
import { asId, isRecord } from './util';

/** The bulk import routes (docs/crm/activecampaign.md §14). */

export const MAX_IMPORT_CONTACTS = 250;

const NOT_VALID =
  'JSON payload did not pass validation. Please fix failure Reasons and retry. The import was not queued for processing.';

type FailureReason = { contact: number; failureReason: string } | string;

function rejected(message: string, failureReasons: FailureReason[]): ApiResponse {
  return { status: 400, body: { success: 0, message, failureReasons } };
}

function optionalText(c: Record<string, unknown>, key: string, out: string[]): string | undefined {
  const v = c[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  out.push(`Field '${key}' must be a string`);
  return undefined;
}

function listIds(c: Record<string, unknown>, key: 'subscribe' | 'unsubscribe', out: string[]): string[] {
  const v = c[key];
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    out.push(`Field '${key}' must be an array of lists`);
    return [];
  }
  const ids: string[] = [];
  for (const entry of v) {
    const id = isRecord(entry) ? asId(entry.listid) : undefined;
    if (id === undefined) out.push(`Field '${key}' needs a 'listid' in every list`);
    else ids.push(id);
  }
  return ids;
}

/** One contact of the request; `reasons` collects what is wrong with it. */
function readContact(raw: unknown, reasons: string[]): ImportContact | null {
  if (!isRecord(raw)) {
    reasons.push('Contact must be an object');
    return null;
  }
  const email = typeof raw.email === 'string' ? raw.email.trim() : '';
  if (email === '') reasons.push("Field 'email' is required");
  // The reference's example: "Field 'email' incorrect format".
  else if (!/^[^\s@]+@[^\s@]+$/.test(email)) reasons.push("Field 'email' incorrect format");
  const contact: ImportContact = { email };
  const texts = ['first_name', 'last_name', 'phone', 'customer_acct_name'] as const;
  for (const key of texts) {
    const value = optionalText(raw, key, reasons);
    if (value !== undefined) contact[key] = value;
  }
  if (raw.tags !== undefined) {
    if (!Array.isArray(raw.tags) || raw.tags.some((t) => typeof t !== 'string')) {
      reasons.push("Field 'tags' must be an array of strings");
    } else {
      contact.tags = (raw.tags as string[]).map((t) => t.trim()).filter((t) => t !== '');
    }
  }
  if (raw.fields !== undefined) {
    if (!Array.isArray(raw.fields)) reasons.push("Field 'fields' must be an array");
    else {
      contact.fields = [];
      for (const f of raw.fields) {
        const id = isRecord(f) ? asId(f.id) : undefined;
        const value = isRecord(f) ? f.value : undefined;
        if (id === undefined || !/^\d+$/.test(id) || (typeof value !== 'string' && typeof value !== 'number')) {
          reasons.push("Every custom field needs an integer 'id' and a 'value'");
        } else contact.fields.push({ id, value: String(value) });
      }
    }
  }
  contact.subscribe = listIds(raw, 'subscribe', reasons);
  contact.unsubscribe = listIds(raw, 'unsubscribe', reasons);
  return reasons.length === 0 ? contact : null;
}

/** POST /import/bulk_import: checked whole; any failure queues nothing. */
function bulkImport(req: ApiRequest): ApiResponse {
  const body = req.body;
  const contacts = isRecord(body) ? body.contacts : undefined;
  if (!Array.isArray(contacts) || contacts.length === 0) {
    return rejected(NOT_VALID, ["Field 'contacts' is required and must be a non-empty array"]);
  }
  // Not stated by the reference: what a request over the limit answers. A whole-request reason, no index.
  if (contacts.length > MAX_IMPORT_CONTACTS) {
    return rejected(NOT_VALID, [`Up to ${MAX_IMPORT_CONTACTS} contacts may be included in a single request.`]);
  }
  const failures: Array<{ contact: number; failureReason: string }> = [];
  const read: ImportContact[] = [];
  contacts.forEach((raw, index) => {
    const reasons: string[] = [];
    const contact = readContact(raw, reasons);
    if (contact) read.push(contact);
    for (const failureReason of reasons) failures.push({ contact: index, failureReason });
  });
  if (failures.length > 0) return rejected(NOT_VALID, failures);
  if (!req.imports.takeSlot()) {
    return rejected('Rate limit exceeded.', [
      'Up to 100 imports may be requested per minute.Please batch contacts into larger requests, or retry this request in a minute.',
    ]);
  }
  const record = req.imports.enqueue(read);
  return {
    status: 200,
    body: { success: 1, queued_contacts: read.length, batchId: record.batchId, message: 'Contact import queued' },
  };
}

/** GET /import/info?batchId= */
function importInfo(req: ApiRequest): ApiResponse {
  const batchId = req.query.get('batchId')?.trim() ?? '';
  if (batchId === '') return { status: 400, body: { success: 0, message: "'batchId' is a required field." } };
  const record = req.imports.get(batchId);
  // Not stated by the reference: an unknown batch id. The emulator answers 404 in the same style.
  if (!record) return { status: 404, body: { success: 0, message: 'No import with this batchId was found.' } };
  return { status: 200, body: { status: record.status, success: record.success, failure: record.failure } };
}

function day(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

function perDay(records: ImportRecord[]): Array<{ forDate: string; batches: string; contacts: string }> {
  const days = new Map<string, { batches: number; contacts: number }>();
  for (const r of records) {
    const d = days.get(day(r.queuedAt)) ?? { batches: 0, contacts: 0 };
    d.batches++;
    d.contacts += r.contacts.length;
    days.set(day(r.queuedAt), d);
  }
  return [...days].map(([forDate, d]) => ({
    forDate,
    batches: String(d.batches),
    contacts: String(d.contacts),
  }));
}

/** GET /import/bulk_import: outstanding and recently completed batches per day. */
function importList(req: ApiRequest): ApiResponse {
  const all = req.imports.all();
  return {
    status: 200,
    body: {
      outstanding: perDay(all.filter((r) => r.status !== 'completed')),
      recentlyCompleted: perDay(all.filter((r) => r.status === 'completed')),
    },
  };
}

export const importRoutes: Route[] = [
  { method: 'POST', pattern: '/import/bulk_import', handler: bulkImport },
  { method: 'GET', pattern: '/import/bulk_import', handler: importList },
  { method: 'GET', pattern: '/import/info', handler: importInfo },
];
