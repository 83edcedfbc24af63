import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callLabelsEn } from '../../../src/i18n/calls/en';
import { callLabelsPtBR } from '../../../src/i18n/calls/pt-BR';
import { matchCallLabel } from '../../../src/pages/send-leads/call-label';

const CONNECTORS = ['activecampaign', 'hubspot', 'pipedrive', 'webhook'];
const ROOT = join(__dirname, '../../../electron/core/integrations');

/**
 * Every name the connectors give their calls, as written in their API clients and requests: the
 * string literals that start with one of the verbs calls are named by. Template placeholders
 * become a sample value.
 */
function labelsInSource(): string[] {
  const found = new Set<string>();
  const literal = /(['`])((?:check|sync|read|list|create|add|find|link|update|upsert|deliver) [^'`\n]*)\1/g;
  for (const dir of CONNECTORS) {
    for (const file of readdirSync(join(ROOT, dir)).filter((f) => /^(api-client|request)\.ts$/.test(f))) {
      const text = readFileSync(join(ROOT, dir, file), 'utf8');
      for (const m of text.matchAll(literal)) found.add((m[2] ?? '').replace(/\$\{[^}]+\}/g, 'Sample'));
    }
  }
  return [...found];
}

describe('CRM call names on the page', () => {
  it('has a translated name for every call a connector makes', () => {
    const labels = labelsInSource();
    expect(labels.length).toBeGreaterThan(25);
    const missing = labels.filter((label) => matchCallLabel(label) === null);
    expect(missing).toEqual([]);
  });

  it('keeps the quoted name and offers both languages', () => {
    expect(matchCallLabel('create tag "lead-quente"')).toEqual({ key: 'createTag', name: 'lead-quente' });
    expect(matchCallLabel('find person ana@acme.com.br')).toEqual({ key: 'findPerson', name: 'ana@acme.com.br' });
    expect(matchCallLabel('something new')).toBeNull();
    // The bulk import's two calls (activecampaign/bulk/api.ts).
    expect(matchCallLabel('bulk import')?.key).toBe('bulkImport');
    expect(matchCallLabel('bulk import status')?.key).toBe('bulkImportStatus');
    expect(Object.keys(callLabelsPtBR.callLabels).sort()).toEqual(Object.keys(callLabelsEn.callLabels).sort());
  });
});
