import { builtInProperties, COMPANY_PROPERTIES, serializeProperty, type PropertyDef } from './properties';

/** One HubSpot portal's data, in memory. Ids are decimal strings, as HubSpot sends them. */

export type Clock = () => number;

export interface CrmObject {
  id: string;
  properties: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export interface Association {
  contactId: string;
  companyId: string;
  /** 279 contact_to_company, 280 company_to_contact (HubSpot-defined). */
  typeId: number;
}

export interface PortalSnapshot {
  portalId: string;
  contacts: CrmObject[];
  companies: CrmObject[];
  associations: Association[];
  customProperties: string[];
}

export class PortalState {
  readonly contacts = new Map<string, CrmObject>();
  readonly companies = new Map<string, CrmObject>();
  readonly properties = new Map<string, PropertyDef>();
  associations: Association[] = [];
  private nextId = 1001;

  constructor(
    readonly portalId: string,
    private readonly clock: Clock,
  ) {
    this.reset();
  }

  now(): string {
    return new Date(this.clock()).toISOString();
  }

  reset(): void {
    this.contacts.clear();
    this.companies.clear();
    this.properties.clear();
    this.associations = [];
    this.nextId = 1001;
    for (const p of builtInProperties(this.now())) this.properties.set(p.name, p);
  }

  private newObject(properties: Record<string, string>): CrmObject {
    const at = this.now();
    const id = String(this.nextId++);
    return {
      id,
      properties: { ...properties, hs_object_id: id, createdate: at, lastmodifieddate: at },
      createdAt: at,
      updatedAt: at,
    };
  }

  contactByEmail(email: string): CrmObject | undefined {
    const key = email.trim().toLowerCase();
    for (const c of this.contacts.values()) if ((c.properties.email ?? '').toLowerCase() === key) return c;
    return undefined;
  }

  createContact(properties: Record<string, string>): CrmObject {
    const contact = this.newObject({ ...properties, email: (properties.email ?? '').trim().toLowerCase() });
    this.contacts.set(contact.id, contact);
    return contact;
  }

  createCompany(properties: Record<string, string>): CrmObject {
    const company = this.newObject(properties);
    this.companies.set(company.id, company);
    return company;
  }

  update(object: CrmObject, properties: Record<string, string>): CrmObject {
    Object.assign(object.properties, properties);
    object.updatedAt = this.now();
    object.properties.lastmodifieddate = object.updatedAt;
    return object;
  }

  /** Names HubSpot would refuse: not defined, or computed by HubSpot. */
  invalidContactProperties(properties: Record<string, unknown>): string[] {
    return Object.keys(properties).filter((name) => {
      const def = this.properties.get(name);
      return !def || def.readOnly;
    });
  }

  /** Values a property with options (a single checkbox, a dropdown) does not offer; `;` separates several. */
  invalidOptionValues(properties: Record<string, string>): string[] {
    return Object.entries(properties).flatMap(([name, value]) => {
      const options = this.properties.get(name)?.options ?? [];
      if (options.length === 0 || value === '') return [];
      const allowed = new Set(options.map((o) => o.value));
      return value.split(';').every((v) => allowed.has(v)) ? [] : [name];
    });
  }

  invalidCompanyProperties(properties: Record<string, unknown>): string[] {
    return Object.keys(properties).filter((name) => !COMPANY_PROPERTIES.has(name));
  }

  associate(contactId: string, companyId: string, typeId: number): void {
    const exists = this.associations.some((a) => a.contactId === contactId && a.companyId === companyId);
    if (!exists) this.associations.push({ contactId, companyId, typeId });
  }

  companiesOf(contactId: string): string[] {
    return this.associations.filter((a) => a.contactId === contactId).map((a) => a.companyId);
  }

  snapshot(): PortalSnapshot {
    return {
      portalId: this.portalId,
      contacts: [...this.contacts.values()].map((c) => ({ ...c, properties: { ...c.properties } })),
      companies: [...this.companies.values()].map((c) => ({ ...c, properties: { ...c.properties } })),
      associations: this.associations.map((a) => ({ ...a })),
      customProperties: [...this.properties.values()].filter((p) => !p.hubspotDefined).map((p) => p.name),
    };
  }

  propertyList(): Array<Record<string, unknown>> {
    return [...this.properties.values()].map(serializeProperty);
  }
}

/** The wire form of a CRM object (SimplePublicObject, docs/crm/hubspot.md §2). */
export function serializeObject(o: CrmObject, only?: string[]): Record<string, unknown> {
  const names = only ?? ['email', 'firstname', 'lastname', 'name', 'createdate', 'lastmodifieddate', 'hs_object_id'];
  const properties: Record<string, string | null> = {};
  for (const n of names) if (n in o.properties || only) properties[n] = o.properties[n] ?? null;
  return { id: o.id, properties, createdAt: o.createdAt, updatedAt: o.updatedAt, archived: false };
}
