import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuplicatePolicy, ImportView, LeadsListInput } from '#contract';
import type { Core } from '../../../../electron/core';
import { call } from '../../support/core-harness';
import { seedClient } from '../../support/dispatch-core';
import { messyExport } from '../support/messy-export';
import { importBytes, openLeadsCore, reportOf, type LeadsCore } from './support';

const messy = messyExport();
const x = messy.expected;

describe('importing a messy Brazilian export again and again', () => {
  let env: LeadsCore;
  let core: Core;
  beforeAll(() => {
    env = openLeadsCore();
    core = env.core;
  });
  afterAll(() => env.close());

  const total = async (query: Omit<LeadsListInput, 'limit'>): Promise<number> =>
    (await call<{ total: number }>(core, 'leads:list', { ...query, limit: 1 })).total;

  /**
   * Three imports of the file into a new client. After each, the summary's qualified count is the
   * number of this import's leads the Leads list shows as qualified ("Show imported leads").
   */
  async function importThrice(policy: DuplicatePolicy): Promise<{ client: string; runs: ImportView[] }> {
    const client = seedClient(core);
    const runs: ImportView[] = [];
    for (let i = 0; i < 3; i++) {
      const run = await importBytes(core, client, messy.bytes, policy, 'leads-meta.csv');
      expect(run.qualified).toBe(await total({ clientId: client, importId: run.id, qualified: true }));
      runs.push(run);
    }
    return { client, runs };
  }

  it('checks the file it generates: 2,000 rows, one problem per row at most', () => {
    expect(x).toEqual({
      rows: 2_000,
      leads: 1_945,
      repeated: 42,
      refused: 13,
      withProblems: 239,
      wrongCnpj: 95,
      shortPhones: 119,
      badEmails: 25,
      phoneOnly: 8,
    });
  });

  it('with "update", stores each lead once however often the file comes, WhatsApp leads included', async () => {
    const { client, runs } = await importThrice('update');
    const [first, second, third] = runs;
    expect(first).toMatchObject({
      state: 'done',
      rows: x.rows,
      created: x.leads,
      updated: 0,
      duplicates: 0,
      repeated: x.repeated,
      invalid: x.refused,
      withProblems: x.withProblems,
    });
    for (const again of [second, third]) {
      expect(again).toMatchObject({
        rows: x.rows,
        created: 0,
        updated: x.leads,
        duplicates: 0,
        repeated: x.repeated,
        invalid: x.refused,
        withProblems: x.withProblems,
      });
    }
    expect(await total({ clientId: client })).toBe(x.leads);
    expect(await total({ clientId: client, emailKinds: ['missing'] })).toBe(x.phoneOnly);
    // Every lead now belongs to the latest import, and is counted once among its qualified.
    expect(third?.qualified).toBe(await total({ clientId: client, qualified: true }));
    expect(third?.qualified).toBeGreaterThan(0);
  });

  it('with "skip", leaves the leads as the first import stored them', async () => {
    const { client, runs } = await importThrice('skip');
    const [first, second, third] = runs;
    expect(first).toMatchObject({
      created: x.leads,
      duplicates: 0,
      repeated: x.repeated,
      withProblems: x.withProblems,
    });
    for (const again of [second, third]) {
      expect(again).toMatchObject({
        rows: x.rows,
        created: 0,
        updated: 0,
        duplicates: x.leads,
        repeated: x.repeated,
        invalid: x.refused,
        withProblems: 0,
        qualified: 0,
      });
    }
    expect(await total({ clientId: client })).toBe(x.leads);
    expect(await total({ clientId: client, emailKinds: ['missing'] })).toBe(x.phoneOnly);
    expect(first?.qualified).toBe(await total({ clientId: client, qualified: true }));
    // Skipped rows changed nothing, so their problems are not in the report; refused rows are.
    const report = await reportOf(core, second?.id ?? '');
    expect(new Set(report.map((i) => i.outcome))).toEqual(new Set(['refused']));
    expect(new Set(report.map((i) => i.row)).size).toBe(x.refused);
  });

  it('with "keep", makes a lead of every row, each time, and says how many repeat the file', async () => {
    const { client, runs } = await importThrice('keep');
    for (const run of runs) {
      expect(run).toMatchObject({
        created: x.leads + x.repeated,
        updated: 0,
        duplicates: 0,
        repeated: x.repeated,
        invalid: x.refused,
      });
    }
    expect(await total({ clientId: client })).toBe(3 * (x.leads + x.repeated));
  });

  it('reports refused rows and rows imported with problems, at the line an editor shows', async () => {
    const client = seedClient(core);
    const run = await importBytes(core, client, messy.bytes, 'update', 'leads-meta.csv');
    const report = await reportOf(core, run.id);
    expect(run.issues).toBe(report.length);
    const byRow = new Map(messy.notes.map((n) => [n.row, n]));
    // Each row once, where the file has it: the notes with line breaks must not shift the lines.
    for (const issue of report)
      expect({ row: issue.row, line: issue.line }).toEqual({
        row: issue.row,
        line: byRow.get(issue.row)?.line,
      });
    const rowsWith = (test: (code: string) => boolean, outcome: string) =>
      new Set(report.filter((i) => test(i.code) && i.outcome === outcome).map((i) => i.row)).size;
    expect(rowsWith((c) => c === 'no_contact' || c === 'too_many_columns', 'refused')).toBe(x.refused);
    expect(rowsWith((c) => c === 'cnpj_check_digits', 'imported')).toBe(x.wrongCnpj);
    expect(rowsWith((c) => c === 'phone_short_subscriber', 'imported')).toBe(x.shortPhones);
    expect(rowsWith((c) => c.startsWith('email_'), 'imported')).toBe(x.badEmails);
    expect(new Set(report.filter((i) => i.outcome === 'imported').map((i) => i.row)).size).toBe(x.withProblems);
    // Absent values are not problems to fix: WhatsApp leads have no e-mail by nature.
    expect(report.some((i) => i.code.endsWith('_missing'))).toBe(false);

    const cnpj = report.find((i) => i.code === 'cnpj_check_digits');
    expect(cnpj).toMatchObject({ severity: 'error', field: 'cnpj', column: 'CNPJ' });
    expect(byRow.get(cnpj?.row ?? 0)?.problem).toBe('cnpj');
    const phone = report.find((i) => i.code === 'phone_short_subscriber');
    expect(phone).toMatchObject({ field: 'phone', column: 'WhatsApp' });
    expect(byRow.get(phone?.row ?? 0)?.problem).toBe('short_phone');
    // Past the notes with line breaks and the blank line, the file's line is well after the row.
    const late = report.filter((i) => i.row > 1_500);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((i) => i.line > i.row + 100)).toBe(true);
  });
});
