/** Contact properties (list, create; docs/crm/hubspot.md §3, §9) and the account details the connection check reads. */
import type { RawResponse } from '../activecampaign/faults';
import { hubspotError, json, notFound, validation } from './errors';
import { serializeProperty, type PropertyDef, type PropertyOption } from './properties';
import type { ApiRequest } from './routes-objects';
import type { PortalState } from './state';

const TYPES: Record<string, string[]> = {
  string: ['text', 'textarea', 'phonenumber', 'select', 'radio'],
  number: ['number'],
  bool: ['booleancheckbox'],
  enumeration: ['select', 'radio', 'checkbox', 'booleancheckbox'],
  datetime: ['date'],
  date: ['date'],
};

/** `options[]`: `{label, value}` each, with `displayOrder` and `hidden` optional; null when malformed. */
function optionsOf(raw: unknown): PropertyOption[] | null {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return null;
  const out: PropertyOption[] = [];
  for (const [i, item] of raw.entries()) {
    const o = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    if (typeof o.label !== 'string' || typeof o.value !== 'string') return null;
    out.push({
      label: o.label,
      value: o.value,
      displayOrder: typeof o.displayOrder === 'number' ? o.displayOrder : i,
      hidden: o.hidden === true,
    });
  }
  return out;
}

export function propertyRoutes(state: PortalState, req: ApiRequest): RawResponse {
  if (req.method === 'GET') return json(200, { results: state.propertyList() });
  if (req.method !== 'POST') return notFound();
  const b = typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, unknown>) : {};
  const { name, label, type, fieldType, groupName } = b;
  if (
    typeof name !== 'string' ||
    typeof label !== 'string' ||
    typeof type !== 'string' ||
    typeof fieldType !== 'string' ||
    typeof groupName !== 'string'
  ) {
    return validation('Invalid input: name, label, type, fieldType and groupName are required.');
  }
  if (!/^[a-z][a-z0-9_]*$/.test(name)) return validation(`Property name "${name}" is not valid.`);
  if (!TYPES[type]?.includes(fieldType)) return validation(`fieldType ${fieldType} is not valid for type ${type}.`);
  const options = optionsOf(b.options);
  if (options === null) return validation('Invalid input: options must be a list of {label, value}.');
  if (state.properties.has(name)) {
    return hubspotError(409, 'OBJECT_ALREADY_EXISTS', `Property named '${name}' already exists.`);
  }
  const def: PropertyDef = {
    name,
    label,
    type: type as PropertyDef['type'],
    fieldType,
    groupName,
    description: typeof b.description === 'string' ? b.description : '',
    hubspotDefined: false,
    readOnly: false,
    createdAt: state.now(),
    options,
  };
  state.properties.set(name, def);
  return json(201, serializeProperty(def));
}

export function accountDetails(state: PortalState): RawResponse {
  return json(200, {
    portalId: Number(state.portalId),
    accountType: 'STANDARD',
    timeZone: 'America/Sao_Paulo',
    companyCurrency: 'BRL',
    additionalCurrencies: [],
    utcOffset: '-03:00',
    utcOffsetMilliseconds: -10_800_000,
    uiDomain: 'app.hubspot.com',
    dataHostingLocation: 'na1',
  });
}
