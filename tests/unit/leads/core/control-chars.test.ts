import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportIssue, ImportPreview, ImportView, IntakeStatus, LeadDetail } from '#contract';
import type { Core } from '../../../../electron/core';
import { call } from '../../support/core-harness';
import { seedIntegration } from '../../support/dispatch-core';
import { openLeadsCore, type LeadsCore } from './support';

const NUL = '\u0000';
const ESC = '\u001b';
const RLO = '\u202e';

const isControl = (c: number): boolean =>
  c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);

/** Control characters left in the stored columns a CRM would receive. */
function storedControls(core: Core, id: string): number[] {
  const row = core.forTests.sqlite
    .prepare('SELECT full_name, email, phone, company, job_title, city, source, utm, custom FROM leads WHERE id = ?')
    .get(id) as Record<string, string | null>;
  const text = Object.values(row).join('');
  return [...text].map((c) => c.codePointAt(0) ?? 0).filter(isControl);
}

describe('control characters at every entry point', () => {
  let env: LeadsCore;
  let core: Core;
  let client: string;
  beforeEach(() => {
    env = openLeadsCore();
    ({ core, client } = env);
  });
  afterEach(async () => {
    await core.forTests.stop();
    env.close();
  });

  it('manual form: stores the cleaned lead, lists what was removed and still sends it', async () => {
    seedIntegration(core, client, { status: 'active' });
    const lead = {
      fullName: `Maria${NUL} Souza`,
      email: 'maria@acme.com.br',
      phone: '(11) 98765-4321',
      company: `${RLO}Acme${ESC}`,
      cnpj: '11.222.333/0001-81',
      jobTitle: 'Diretora',
    };
    const check = await call<{ validation: LeadDetail['validation'] }>(core, 'leads:check', { clientId: client, lead });
    expect(check.validation?.issues.filter((i) => i.code === 'control_chars_removed').map((i) => i.field)).toEqual([
      'fullName',
      'company',
    ]);
    const created = await call<{ lead: LeadDetail; dispatches: number }>(core, 'leads:create', {
      clientId: client,
      lead,
    });
    expect(created.lead).toMatchObject({ fullName: 'Maria Souza', company: 'Acme', qualified: true });
    expect(created.dispatches).toBe(1);
    expect(storedControls(core, created.lead.id)).toEqual([]);
    const detail = await call<LeadDetail>(core, 'leads:get', { id: created.lead.id });
    expect(detail.validation?.issues).toContainEqual(
      expect.objectContaining({ field: 'company', code: 'control_chars_removed', severity: 'warning' }),
    );
  });

  it('intake API: stores the cleaned lead and answers what was removed', async () => {
    const enabled = await call<{ status: IntakeStatus; token: string | null }>(core, 'intake:enable', {
      clientId: client,
    });
    const answer = await fetch(enabled.status.endpoint ?? '', {
      method: 'POST',
      headers: { authorization: `Bearer ${enabled.token ?? ''}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        fullName: `Ana${NUL}${NUL} Lima`,
        email: 'ana@acme.com.br',
        city: `Rio${ESC}`,
        custom: { obs: `ok${RLO}` },
      }),
    });
    expect(answer.status).toBe(202);
    const body = (await answer.json()) as {
      id: string;
      issues: Array<{ field: string; code: string; severity: string; message: string }>;
    };
    const removed = body.issues.filter((i) => i.code === 'control_chars_removed');
    expect(removed.map((i) => [i.field, i.severity])).toEqual([
      ['fullName', 'warning'],
      ['city', 'warning'],
      ['custom.obs', 'warning'],
    ]);
    expect(removed[0]?.message).toMatch(/^2 invisible control characters were removed/);
    expect(storedControls(core, body.id)).toEqual([]);
    const detail = await call<LeadDetail>(core, 'leads:get', { id: body.id });
    expect(detail).toMatchObject({ fullName: 'Ana Lima', city: 'Rio', custom: { obs: 'ok' } });
  });

  it('CSV import: stores the cleaned leads and the per-row report names the column', async () => {
    const csv = ['Nome;E-mail;Empresa', `Bia${NUL} Lima;bia@acme.com.br;Acme${RLO} Ltda`].join('\r\n');
    const bytes = Buffer.from(csv, 'utf8');
    const { uploadId } = await call<{ uploadId: string }>(core, 'uploads:begin', { name: 'l.csv', size: bytes.length });
    await call(core, 'uploads:append', { uploadId, offset: 0, data: bytes.toString('base64') });
    const preview = await call<ImportPreview>(core, 'leads:importPreview', { clientId: client, uploadId });
    expect(preview.rows[0]?.issues.map((i) => [i.code, i.column])).toEqual([
      ['control_chars_removed', 'Nome'],
      ['control_chars_removed', 'Empresa'],
    ]);
    const started = await call<ImportView>(core, 'leads:importStart', {
      clientId: client,
      uploadId,
      fileName: 'l.csv',
      encoding: preview.encoding,
      separator: preview.separator,
      mapping: preview.mapping.map((m) => m.target),
      duplicatePolicy: 'keep',
    });
    await core.forTests.imports.settled(started.id);
    const report = await call<{ issues: ImportIssue[] }>(core, 'leads:importIssues', { id: started.id });
    expect(report.issues).toEqual([
      expect.objectContaining({ row: 2, code: 'control_chars_removed', severity: 'warning', column: 'Nome' }),
      expect.objectContaining({ row: 2, code: 'control_chars_removed', severity: 'warning', column: 'Empresa' }),
    ]);
    const list = await call<{ rows: Array<{ id: string; fullName: string; company: string }> }>(core, 'leads:list', {
      clientId: client,
    });
    expect(list.rows.map((r) => [r.fullName, r.company])).toEqual([['Bia Lima', 'Acme Ltda']]);
    expect(storedControls(core, list.rows[0]?.id ?? '')).toEqual([]);
  });
});
