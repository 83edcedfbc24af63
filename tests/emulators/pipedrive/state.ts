import { randomUUID } from 'node:crypto';

/** One Pipedrive company's data, in memory. Person and organization ids are numbers; leads and labels UUIDs. */

export type Clock = () => number;

export interface Person {
  id: number;
  name: string;
  emails: Array<{ value: string; primary: boolean; label: string }>;
  phones: Array<{ value: string; primary: boolean; label: string }>;
  org_id: number | null;
  custom_fields: Record<string, unknown>;
  add_time: string;
  update_time: string;
}

export interface Organization {
  id: number;
  name: string;
  add_time: string;
}

export interface Lead {
  id: string;
  title: string;
  person_id: number | null;
  organization_id: number | null;
  label_ids: string[];
  source_name: 'API';
  origin: 'API';
  add_time: string;
}

export interface LeadLabel {
  id: string;
  name: string;
  color: string;
  add_time: string;
  update_time: string;
}

/** A note (docs/crm/pipedrive.md §10): HTML content attached to a person, lead, organization or deal. */
export interface Note {
  id: number;
  content: string;
  person_id: number | null;
  lead_id: string | null;
  org_id: number | null;
  deal_id: number | null;
  active_flag: boolean;
  add_time: string;
  update_time: string;
}

export interface PersonField {
  id: number;
  key: string;
  name: string;
  field_type: string;
  edit_flag: boolean;
}

export interface CompanySnapshot {
  companyId: number;
  persons: Person[];
  organizations: Organization[];
  leads: Lead[];
  labels: LeadLabel[];
  notes: Note[];
}

export const COMPANY = { id: 7_001, name: 'Agência Exemplo', domain: 'agencia-exemplo' } as const;
export const USER = { id: 42, name: 'Ana Operações', email: 'ana@agencia.example' } as const;

/** Custom field keys are 40-character hashes (docs/crm/pipedrive.md §6); these are fixed so tests can name them. */
export const FIELD_KEYS = {
  score: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  scoreRange: 'b2c3d4e5f60718293a4b5c6d7e8f901234567890',
  cnpj: 'c3d4e5f60718293a4b5c6d7e8f90123456789012',
  utmSource: 'd4e5f60718293a4b5c6d7e8f9012345678901234',
} as const;

const BUILT_IN_FIELDS: Array<Omit<PersonField, 'id'>> = [
  { key: 'name', name: 'Name', field_type: 'varchar', edit_flag: false },
  { key: 'email', name: 'Email', field_type: 'varchar', edit_flag: false },
  { key: 'phone', name: 'Phone', field_type: 'phone', edit_flag: false },
  { key: 'org_id', name: 'Organization', field_type: 'org', edit_flag: false },
  { key: FIELD_KEYS.score, name: 'Lead score', field_type: 'double', edit_flag: true },
  { key: FIELD_KEYS.scoreRange, name: 'Score range', field_type: 'varchar', edit_flag: true },
  { key: FIELD_KEYS.cnpj, name: 'CNPJ', field_type: 'varchar', edit_flag: true },
  { key: FIELD_KEYS.utmSource, name: 'UTM source', field_type: 'varchar', edit_flag: true },
];

const BUILT_IN_LABELS = [
  { name: 'Hot', color: 'red' },
  { name: 'Warm', color: 'yellow' },
  { name: 'Cold', color: 'blue' },
];

export class CompanyState {
  readonly persons = new Map<number, Person>();
  readonly organizations = new Map<number, Organization>();
  readonly leads = new Map<string, Lead>();
  readonly labels = new Map<string, LeadLabel>();
  readonly notes = new Map<number, Note>();
  fields: PersonField[] = [];
  private nextId = 1;

  constructor(private readonly clock: Clock) {
    this.reset();
  }

  now(): string {
    // Pipedrive's timestamps: "2026-11-26 12:00:00" (UTC), or ISO in v2.
    return new Date(this.clock()).toISOString();
  }

  reset(): void {
    this.persons.clear();
    this.organizations.clear();
    this.leads.clear();
    this.labels.clear();
    this.notes.clear();
    this.nextId = 1;
    this.fields = BUILT_IN_FIELDS.map((f, i) => ({ ...f, id: 9000 + i }));
    for (const l of BUILT_IN_LABELS) this.addLabel(l.name, l.color);
  }

  /** Adds plain fields so the list spans several pages (paging tests). */
  addFields(count: number): void {
    for (let i = 0; i < count; i++) {
      const key = randomUUID().replace(/-/g, '').padEnd(40, '0').slice(0, 40);
      this.fields.push({
        id: 9100 + this.fields.length,
        key,
        name: `Extra ${i + 1}`,
        field_type: 'varchar',
        edit_flag: true,
      });
    }
  }

  newId(): number {
    return this.nextId++;
  }

  addLabel(name: string, color: string): LeadLabel {
    const at = this.now();
    const label = { id: randomUUID(), name, color, add_time: at, update_time: at };
    this.labels.set(label.id, label);
    return label;
  }

  personsByEmail(email: string): Person[] {
    const key = email.trim().toLowerCase();
    return [...this.persons.values()].filter((p) => p.emails.some((e) => e.value.trim().toLowerCase() === key));
  }

  personByEmail(email: string): Person | undefined {
    return this.personsByEmail(email)[0];
  }

  snapshot(): CompanySnapshot {
    return {
      companyId: COMPANY.id,
      persons: [...this.persons.values()].map((p) => structuredClone(p)),
      organizations: [...this.organizations.values()].map((o) => ({ ...o })),
      leads: [...this.leads.values()].map((l) => ({ ...l, label_ids: [...l.label_ids] })),
      labels: [...this.labels.values()].map((l) => ({ ...l })),
      notes: [...this.notes.values()].map((n) => ({ ...n })),
    };
  }
}
