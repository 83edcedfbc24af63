/** Contact property definitions: HubSpot's built-in ones the connector uses, and created ones. */

export interface PropertyDef {
  name: string;
  label: string;
  type: 'string' | 'number' | 'datetime' | 'enumeration' | 'bool' | 'date' | 'phone_number';
  fieldType: string;
  groupName: string;
  description: string;
  hubspotDefined: boolean;
  readOnly: boolean;
  createdAt: string;
  /** The choices of an enumeration or a single checkbox (`bool`), docs/crm/hubspot.md §9. */
  options?: PropertyOption[];
}

export interface PropertyOption {
  label: string;
  value: string;
  displayOrder: number;
  hidden: boolean;
}

const BUILT_IN: Array<[string, string, PropertyDef['type'], string, boolean]> = [
  ['email', 'Email', 'string', 'text', false],
  ['firstname', 'First Name', 'string', 'text', false],
  ['lastname', 'Last Name', 'string', 'text', false],
  ['phone', 'Phone Number', 'string', 'phonenumber', false],
  ['company', 'Company Name', 'string', 'text', false],
  ['jobtitle', 'Job Title', 'string', 'text', false],
  ['city', 'City', 'string', 'text', false],
  ['state', 'State/Region', 'string', 'text', false],
  ['lifecyclestage', 'Lifecycle Stage', 'enumeration', 'radio', false],
  ['createdate', 'Create Date', 'datetime', 'date', true],
  ['lastmodifieddate', 'Last Modified Date', 'datetime', 'date', true],
  ['hs_object_id', 'Record ID', 'number', 'number', true],
];

export const COMPANY_PROPERTIES = new Set(['name', 'domain', 'city', 'state', 'phone', 'industry', 'cnpj']);

export function builtInProperties(at: string): PropertyDef[] {
  return BUILT_IN.map(([name, label, type, fieldType, readOnly]) => ({
    name,
    label,
    type,
    fieldType,
    groupName: 'contactinformation',
    description: '',
    hubspotDefined: true,
    readOnly,
    createdAt: at,
  }));
}

export function serializeProperty(p: PropertyDef): Record<string, unknown> {
  return {
    name: p.name,
    label: p.label,
    type: p.type,
    fieldType: p.fieldType,
    description: p.description,
    groupName: p.groupName,
    options: p.options ?? [],
    displayOrder: -1,
    calculated: false,
    externalOptions: false,
    hasUniqueValue: p.name === 'email',
    hidden: false,
    hubspotDefined: p.hubspotDefined,
    modificationMetadata: {
      archivable: !p.hubspotDefined,
      readOnlyDefinition: p.hubspotDefined,
      readOnlyValue: p.readOnly,
    },
    formField: !p.readOnly,
    createdAt: p.createdAt,
    updatedAt: p.createdAt,
    archived: false,
  };
}
