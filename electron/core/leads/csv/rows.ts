import type { z } from 'zod';
import type { LeadInput, leadInputSchema } from '#contract/lead-input';
import { controlsMessage, withoutControls } from '../validation/controls';
import type { ColumnMapping } from './columns';
import { rowLeadInput, type RowRawLead } from './row-input';

export type CsvRowStatus = 'ok' | 'invalid' | 'unreadable';

/** A problem with one row, as a stable code; `message` is an English default. */
export interface CsvRowIssue {
  code: string;
  severity: 'error' | 'warning';
  /** The lead field concerned, when there is one. */
  field?: string;
  /** The CSV header of the column concerned, when there is one. */
  column?: string;
  message: string;
}

export interface CsvRow {
  /** The row as a spreadsheet numbers it: the header is row 1, the first data row is 2. */
  row: number;
  /** The line of the file the record starts on (differs from `row` after multi-line values). */
  line: number;
  status: CsvRowStatus;
  cells: string[];
  /** The lead to validate and store; null unless `status` is `ok`. */
  lead: LeadInput | null;
  issues: CsvRowIssue[];
}

let schema: typeof leadInputSchema | null = null;

/**
 * Thrown by `buildRow` for a row that only the lead schema can explain before the schema is
 * loaded; `loadLeadSchema()` and a second try answer it.
 */
export class LeadSchemaNeeded extends Error {
  constructor() {
    super('The lead schema is needed for this row and is not loaded yet.');
  }
}

/**
 * Loads the lead schema for the rows `rowLeadInput` refuses. Loaded on demand because zod and the
 * contract's schemas cost a worker thread about 20 MB, and most files have no such row
 * (docs/architecture.md, "Memory").
 */
export async function loadLeadSchema(): Promise<void> {
  schema ??= (await import('#contract/lead-input')).leadInputSchema;
}

const MESSAGES: Readonly<Record<string, string>> = {
  too_long: 'The value is too long.',
  too_many: 'Too many extra fields.',
  no_contact: 'The row has neither an e-mail nor a phone.',
};

function zodIssues(error: z.ZodError, mapping: readonly ColumnMapping[]): CsvRowIssue[] {
  return error.issues.map((issue) => {
    const [first, second] = issue.path.map(String);
    const field = first === 'utm' || first === 'custom' ? `${first}.${second ?? ''}` : first;
    const column = mapping.find((m) => m.target === field || (field === 'fullName' && m.target === 'firstName'));
    const code = /^[a-z][a-z_]*$/.test(issue.message) ? issue.message : 'invalid_value';
    const out: CsvRowIssue = { code, severity: 'error', message: MESSAGES[code] ?? issue.message };
    if (field) out.field = field;
    if (column) out.column = column.header;
    return out;
  });
}

interface CompiledMapping {
  fixed: Array<[index: number, field: string]>;
  utm: Array<[index: number, key: string]>;
  custom: Array<[index: number, key: string]>;
}

// Mappings are fixed for a whole import; splitting them once saves work on every row.
const compiledMappings = new WeakMap<readonly ColumnMapping[], CompiledMapping>();

function compile(mapping: readonly ColumnMapping[]): CompiledMapping {
  let compiled = compiledMappings.get(mapping);
  if (!compiled) {
    compiled = { fixed: [], utm: [], custom: [] };
    for (const { index, target } of mapping) {
      if (target === 'ignore') continue;
      if (target.startsWith('utm.')) compiled.utm.push([index, target.slice(4)]);
      else if (target.startsWith('custom.')) compiled.custom.push([index, target.slice(7)]);
      else compiled.fixed.push([index, target]);
    }
    compiledMappings.set(mapping, compiled);
  }
  return compiled;
}

function collect(cells: readonly string[], columns: Array<[number, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [index, key] of columns) {
    const value = cells[index];
    if (value !== undefined && value.trim() !== '' && out[key] === undefined) out[key] = value;
  }
  return out;
}

/** The raw lead a row describes under a mapping; the schema cleans and checks it afterwards. */
export function rowToRawLead(cells: readonly string[], mapping: readonly ColumnMapping[]): RowRawLead {
  const { fixed, utm, custom } = compile(mapping);
  const fields = collect(cells, fixed);
  const { firstName, lastName } = fields;
  if (fields.fullName === undefined && (firstName !== undefined || lastName !== undefined)) {
    fields.fullName = [firstName, lastName].filter((p) => p !== undefined).join(' ');
  }
  return {
    fullName: fields.fullName,
    email: fields.email,
    phone: fields.phone,
    company: fields.company,
    cnpj: fields.cnpj,
    jobTitle: fields.jobTitle,
    city: fields.city,
    state: fields.state,
    source: fields.source,
    utm: collect(cells, utm),
    custom: collect(cells, custom),
  };
}

/**
 * One parsed record → a row with its lead or its problems. More cells than headers is an error
 * unless the extra cells are blank (trailing separators): the values are probably shifted by an
 * unquoted separator. Fewer cells is a warning: some tools drop trailing empty cells. Throws
 * `LeadSchemaNeeded` for a row only the lead schema can explain until `loadLeadSchema()` has run.
 */
export function buildRow(
  cells: string[],
  position: { row: number; line: number },
  mapping: readonly ColumnMapping[],
): CsvRow {
  const issues: CsvRowIssue[] = [];
  const columns = mapping.length;
  if (cells.length > columns && cells.slice(columns).some((c) => c.trim() !== '')) {
    issues.push({
      code: 'too_many_columns',
      severity: 'error',
      message: `The row has ${cells.length} values for ${columns} columns; a separator inside a value may be missing its quotes.`,
    });
    return { ...position, status: 'invalid', cells, lead: null, issues };
  }
  if (cells.length < columns) {
    issues.push({ code: 'missing_columns', severity: 'warning', message: `The row has only ${cells.length} values.` });
  }
  if (cells.some((c) => c.includes('\uFFFD'))) {
    issues.push({
      code: 'encoding_replacement',
      severity: 'warning',
      message: 'Some characters could not be decoded; the file may not be in the detected encoding.',
    });
  }
  const raw = rowToRawLead(cells, mapping);
  let lead = rowLeadInput(raw);
  if (lead === null) {
    if (!schema) throw new LeadSchemaNeeded();
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return {
        ...position,
        status: 'invalid',
        cells,
        lead: null,
        issues: [...issues, ...zodIssues(parsed.error, mapping)],
      };
    }
    lead = parsed.data;
  }
  // Said here too so the preview and the per-row report show it; validation removes them.
  for (const { field, removed } of withoutControls(lead).removed) {
    const column = mapping.find(
      (m) => m.target === field || (field === 'fullName' && (m.target === 'firstName' || m.target === 'lastName')),
    );
    issues.push({
      code: 'control_chars_removed',
      severity: 'warning',
      field,
      ...(column ? { column: column.header } : {}),
      message: controlsMessage(removed),
    });
  }
  return { ...position, status: 'ok', cells, lead, issues };
}

/** A record the CSV parser could not read (a quote never closed, text after a closing quote). */
export function unreadableRow(position: { row: number; line: number }, code: string, message: string): CsvRow {
  return { ...position, status: 'unreadable', cells: [], lead: null, issues: [{ code, severity: 'error', message }] };
}

export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}
