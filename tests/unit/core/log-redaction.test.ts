import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileLog } from '../../../electron/core/logs/file-log';
import { REDACTED, Redactor } from '../../../electron/core/lib/redact';
import { ManualClock, tempDir } from '../support/core-harness';

const KEY = 'f00dbabe1234567890abcdef1234567890abcdef1234567890abcdef12345678';

describe('log redaction', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('masks secret-named fields at any depth and registered values inside messages', () => {
    const log = createFileLog({ dir: tmp.dir, clock: new ManualClock() });
    log.redactValue(KEY);
    log.error(`request failed: GET /users/me?key=${KEY}`, {
      request: { headers: { 'Api-Token': 'other-token-value', Accept: 'application/json' } },
      apiKey: 'abc',
      nested: [{ note: `echoed ${KEY}` }],
      password: '',
    });
    const text = readFileSync(log.file, 'utf8');
    expect(text).not.toContain(KEY);
    expect(text).not.toContain('other-token-value');
    const entry = JSON.parse(text.trim()) as Record<string, unknown>;
    expect(entry).toMatchObject({
      level: 'error',
      message: `request failed: GET /users/me?key=${REDACTED}`,
      request: { headers: { 'Api-Token': REDACTED, Accept: 'application/json' } },
      apiKey: REDACTED,
      nested: [{ note: `echoed ${REDACTED}` }],
      // An empty value hides nothing, so it stays visible for debugging.
      password: '',
    });
  });

  it('ignores values too short to be credentials, which would mask ordinary words', () => {
    const r = new Redactor();
    r.addValue('abc');
    expect(r.text('abc def')).toBe('abc def');
  });
});
