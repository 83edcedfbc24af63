import { ConnectorError, outcome, type SendContext } from '../connector';
import type { HubspotApi } from './api-client';
import type { HubspotConfig } from './config';
import { isReadOnly, type HubspotProperty } from './wire';

/**
 * A test contact carries a single checkbox contact property, checked, so the agency can filter
 * HubSpot's contacts on it and delete them in one go (docs/crm/hubspot.md §9).
 */
export const TEST_CONTACT_PROPERTY = {
  name: 'zbl_test_contact',
  label: 'Zero Bad Leads test contact',
  description: 'Checked on contacts made by "Send test lead" in Zero Bad Leads: filter on it to find and delete them.',
} as const;

/** What the dispatch keeps: whether the property could be set, so a retry does not look again. */
export interface TestMarkerStep {
  ready: boolean;
}

/** A property of that name someone made by hand can still hold "true" unless it is read-only or a list of other options. */
function holdsTrue(p: HubspotProperty): boolean {
  if (isReadOnly(p)) return false;
  return p.type === 'bool' || p.type === 'string' || (p.type === 'enumeration' && p.fieldType === 'booleancheckbox');
}

function unmarked(ctx: SendContext<HubspotConfig>, why: string): TestMarkerStep {
  ctx.note(
    `The test contact is not marked with the property "${TEST_CONTACT_PROPERTY.label}" ` +
      `(${TEST_CONTACT_PROPERTY.name}): ${why}`,
  );
  return { ready: false };
}

/**
 * Makes sure the portal has the property before a test contact is upserted with it: found in the
 * contact properties, or created when this connection may create properties. When it may not (a
 * 403: the private app or OAuth app lacks `crm.schemas.contacts.write`), the contact is still sent,
 * unmarked, and the attempt's notes say why and what to do.
 */
export async function testMarkerStep(ctx: SendContext<HubspotConfig>, api: HubspotApi): Promise<boolean> {
  const done = ctx.steps.get<TestMarkerStep>('testMarker');
  if (done) return done.ready;
  const { name, label } = TEST_CONTACT_PROPERTY;
  let step: TestMarkerStep;
  try {
    const existing = (await api.listProperties()).find((p) => p.name === name);
    if (existing && !holdsTrue(existing)) {
      step = unmarked(
        ctx,
        `a contact property with that internal name already exists as a ${existing.type || 'different'} property ` +
          'that cannot hold "true". Rename or delete it in HubSpot to let the app create its checkbox.',
      );
    } else if (existing) {
      step = { ready: true };
    } else {
      await api.createCheckboxProperty(TEST_CONTACT_PROPERTY).catch((err: unknown) => {
        // Created meanwhile (another test lead, another app): it exists, which is all that matters.
        if (err instanceof ConnectorError && err.status === 409) return null;
        throw err;
      });
      ctx.note(`Contact property "${label}" (${name}) did not exist in HubSpot and ${outcome(ctx, 'created')}.`);
      step = { ready: true };
    }
  } catch (err) {
    if (!(err instanceof ConnectorError)) throw err;
    // HubSpot refused the property itself: the contact matters more than its marker.
    if (err.errorClass === 'permanent') step = unmarked(ctx, err.message);
    else if (err.errorClass !== 'auth' || err.status !== 403) throw err;
    else
      step = unmarked(
        ctx,
        'this connection may not read or create HubSpot contact properties (HTTP 403; it needs the ' +
          `crm.schemas.contacts.read and crm.schemas.contacts.write scopes). Create a single checkbox contact property with ` +
          `the internal name ${name} in HubSpot, or give the app those scopes and connect again.`,
      );
  }
  ctx.steps.set('testMarker', step);
  return step.ready;
}
