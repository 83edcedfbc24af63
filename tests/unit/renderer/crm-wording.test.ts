import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { integrationTypes, type IntegrationType } from '#contract';
import { en } from '../../../src/i18n/en';
import { ptBR } from '../../../src/i18n/pt-BR';
import { TEST_LEAD_TEXT } from '../../../electron/core/leads/test-lead';

const CRM_NAMES: Record<Exclude<IntegrationType, 'webhook'>, string> = {
  activecampaign: 'ActiveCampaign',
  hubspot: 'HubSpot',
  pipedrive: 'Pipedrive',
};
const LANGUAGES = { en, 'pt-BR': ptBR } as const;

function translator(language: keyof typeof LANGUAGES): TFunction {
  const i18n = createInstance();
  void i18n.init({
    resources: { [language]: { translation: LANGUAGES[language] } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

/** Every string below a key, with its path. */
function strings(node: unknown, path: string): Array<[string, string]> {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => strings(value, `${path}.${key}`));
}

function at(tree: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);
}

/** The names of the CRMs a text about `type` must never mention. */
function others(type: IntegrationType | 'generic'): string[] {
  return Object.entries(CRM_NAMES)
    .filter(([t]) => t !== type)
    .map(([, name]) => name);
}

/** Messages shown for any integration: they name the tool through {{crm}} / {{Crm}} only. */
const SHARED = [
  'logs.hints',
  'sendLeads.item.attention',
  'testLead.errorClasses',
  'testLead.failed',
  'testLead.cancelled',
  'testLead.sending',
  'testLead.success.partial_other',
  'testLead.success.renewed',
  'testLead.calls',
  'integrationErrors.payment',
  'integrationErrors.rateLimited',
  'integrationErrors.remoteUnavailable',
  'integrationErrors.remoteRefused',
  'integrationErrors.remoteRefusedStatus',
  'sendLeadsWizard',
  'filters',
];

/** Each tool's own screens. */
const OWN: Record<IntegrationType, string[]> = {
  activecampaign: ['acWizard', ...ownTestLead('activecampaign')],
  hubspot: ['hubspotWizard', ...ownTestLead('hubspot')],
  pipedrive: ['pipedriveWizard', ...ownTestLead('pipedrive')],
  webhook: ['webhookWizard', 'testLead.authByType.webhook', 'testLead.success.body_webhook', 'testLead.marker.webhook'],
};

/** The test lead panel's words for one CRM: its refusal, its verdict, its marker, its company step. */
function ownTestLead(type: Exclude<IntegrationType, 'webhook'>): string[] {
  return ['authByType', 'marker', 'company', 'companyHint']
    .map((k) => `testLead.${k}.${type}`)
    .concat(`testLead.success.body_${type}`);
}

describe.each(Object.keys(LANGUAGES) as Array<keyof typeof LANGUAGES>)('CRM-neutral wording (%s)', (language) => {
  const tree = LANGUAGES[language];
  const t = translator(language);

  it('shared messages name no CRM of their own', () => {
    for (const path of SHARED) {
      for (const [key, text] of strings(at(tree, path), path)) {
        for (const name of Object.values(CRM_NAMES)) expect(text, key).not.toContain(name);
      }
    }
  });

  it.each([...integrationTypes, 'generic' as const])('a message about %s names that tool and never another', (type) => {
    const names = { crm: t(`testLead.target.${type}`), Crm: t(`testLead.targetStart.${type}`) };
    const rendered = SHARED.flatMap((path) =>
      strings(at(tree, path), path).map(([key]) => [key, t(key, { ...names, status: 503, count: 2 })] as const),
    );
    for (const [key, text] of rendered) {
      for (const name of others(type)) expect(text, key).not.toContain(name);
      expect(text, key).not.toMatch(/\{\{crm\}\}/i);
    }
    if (type !== 'generic' && type !== 'webhook') {
      expect(t('logs.hints.rate_limited', names)).toContain(CRM_NAMES[type]);
      expect(t('sendLeads.item.attention', names)).toContain(CRM_NAMES[type]);
    }
  });

  it.each(integrationTypes)('the test lead panel says what marks the test contact in %s, by name', (type) => {
    const marker = t(`testLead.marker.${type}`);
    const expected = {
      activecampaign: 'zbl-test-lead',
      hubspot: 'zbl_test_contact',
      pipedrive: 'Zero Bad Leads test',
      webhook: 'X-ZBL-Test',
    };
    expect(marker).toContain(expected[type]);
    if (type !== 'webhook') expect(marker).toContain(CRM_NAMES[type]);
  });

  it('names the test lead’s company as the core writes it in this language', () => {
    expect(t('testLead.testCompany')).toBe(TEST_LEAD_TEXT[language].company);
  });

  it.each(integrationTypes)('the %s screens speak of no other CRM', (type) => {
    for (const path of OWN[type]) {
      for (const [key, text] of strings(at(tree, path), path)) {
        for (const name of others(type)) expect(text, key).not.toContain(name);
      }
    }
  });
});
