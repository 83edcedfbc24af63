import { describe, expect, it } from 'vitest';
import { defaultAuditVocabulary, describeAudit, fieldLabel } from '#contract';
import { diffSettings } from '../../../electron/core/audit/diff';
import { filterSettings, integrationChanges } from '../../../electron/core/audit/integration-changes';

describe('what changed, as settings a person reads', () => {
  it('says values, list additions and removals, and only "changed" for long texts and lists of objects', () => {
    const before = { url: 'https://a', tags: ['a', 'b'], headers: [{ k: 1 }], body: 'x'.repeat(200), on: false };
    const after = { url: 'https://b', tags: ['b', 'c'], headers: [{ k: 2 }], body: 'y'.repeat(200), on: true };
    expect(diffSettings(before, after)).toEqual([
      { type: 'set', field: 'url', from: 'https://a', to: 'https://b' },
      { type: 'list', field: 'tags', added: ['c'], removed: ['a'] },
      { type: 'changed', field: 'headers' },
      { type: 'changed', field: 'body' },
      { type: 'set', field: 'on', from: false, to: true },
    ]);
    // Key order and reordered-but-equal documents are no change.
    expect(diffSettings({ a: 1, b: { c: 2 } }, { b: { c: 2 }, a: 1 })).toEqual([]);
  });

  it('never writes the value of a setting named like a secret', () => {
    const changes = diffSettings(
      { auth: { apiKey: 'old-key-123456', token: 'tok-aaaaaaaa' }, secret: false },
      { auth: { apiKey: 'new-key-654321', token: 'tok-bbbbbbbb' }, secret: true },
    );
    expect(changes).toEqual([
      { type: 'changed', field: 'auth.apiKey' },
      { type: 'changed', field: 'auth.token' },
      { type: 'set', field: 'secret', from: false, to: true },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/old-key|new-key|tok-/);
  });

  it('reads a filter by its settings, and leaves the app’s bookkeeping out of an integration', () => {
    expect(
      filterSettings({
        match: 'any',
        conditions: [
          { op: 'score_gte', value: 60 },
          { op: 'field_equals', field: 'utm.source', value: 'google' },
          { op: 'state_in', values: ['SP', 'RJ'] },
        ],
      }),
    ).toEqual({ match: 'any', minScore: 60, 'fieldEquals.utm.source': 'google', states: ['SP', 'RJ'] });
    const row = (config: object, filters: object | null = null) => ({ name: 'Hook', config, filters }) as never;
    expect(
      integrationChanges(
        row({ url: 'https://a', secrets: { signing: 'id-1' }, rotatedAt: 1, clientName: 'A' }),
        row({ url: 'https://a', secrets: { signing: 'id-2' }, rotatedAt: 2, clientName: 'B' }),
      ),
    ).toEqual([]);
  });

  it('builds the sentence with the words given, and names unknown settings from their path', () => {
    expect(fieldLabel('scoreTags.enabled', defaultAuditVocabulary)).toBe('score tags enabled');
    expect(fieldLabel('rules.Corporate e-mail.points', defaultAuditVocabulary)).toBe('rule “Corporate e-mail” points');
    expect(
      describeAudit({
        kind: 'integration.edited',
        subjectName: 'AC',
        details: {
          changes: [
            { type: 'list', field: 'fixedTags', added: ['vip'], removed: ['old'] },
            { type: 'set', field: 'filters.minScore', from: 60, to: 70 },
            { type: 'changed', field: 'lists' },
          ],
        },
      }),
    ).toBe('Integration “AC” edited: tags: +vip −old; filter minimum score: 60 → 70; lists changed');
  });
});
