import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../support/core-harness';
import { seedLead } from '../support/dispatch-core';
import { parseCsv, readExport, watchExports } from '../logs/export-support';
import { activeIntegration, createLead, ingest, insertDispatch, LEADS, openReportEnv, type ReportEnv } from './support';

const input = (clientId: string, labels?: Record<string, string>) => ({
  clientId,
  period: { kind: 'month', month: '2026-03' },
  timeZone: 'America/Sao_Paulo',
  ...(labels ? { labels } : {}),
});

/** The CSV's blocks: lines between blank lines, keyed by the first cell of their first line. */
function blocks(rows: string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  let current: string[][] = [];
  for (const row of [...rows, ['']]) {
    if (row.length === 1 && row[0] === '') {
      if (current.length > 0) out.set(current[0]![0]!, current);
      current = [];
    } else current.push(row);
  }
  return out;
}

describe('report:export writes the report as CSV', () => {
  let env: ReportEnv;
  beforeEach(() => {
    env = openReportEnv(Date.UTC(2026, 2, 10, 15));
  });
  afterEach(() => env.close());

  async function exportCsv(labels?: Record<string, string>) {
    const watch = watchExports(env.core);
    const started = await call<{ id: string; fileName: string; total: number }>(
      env.core,
      'report:export',
      input(env.client, labels),
    );
    const done = await watch.finished(started.id);
    watch.stop();
    if (done.kind !== 'ready') throw new Error(`export ${done.kind}`);
    const { bytes, chunks } = await readExport(env.core, started.id);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    // The rows announced are the sheet's rows.
    expect(done.payload.rows).toBe(rows.length);
    expect(started.total).toBe(rows.length);
    return { started, rows, chunks };
  }

  it('one block per section, in the user’s words, the numbers the page shows', async () => {
    const crm = activeIntegration(env, 'CRM');
    env.refuse.add('Carla Souza');
    await createLead(env, { ...LEADS.high, source: 'site' });
    await ingest(env, 'csv', [LEADS.medium, LEADS.disposable, LEADS.badPhone]);
    await env.time.flush();

    const { started, rows } = await exportCsv({
      title: 'Relatório do cliente',
      'section.origin': 'Leads recebidos, por origem',
      'origin.csv': 'Importação CSV',
      'origin.manual': 'Cadastro manual',
      'reason.belowThresholdOf': 'Pontuação abaixo de {n}',
      'blocker.invalidPhone': 'Telefone inválido',
      'kind.disposableEmail': 'E-mail descartável',
      'range.high': 'Alta',
      total: 'Total',
    });
    expect(started.fileName).toBe('zero-bad-leads-report-acme-dental-2026-03.csv');
    const b = blocks(rows);
    expect(b.get('Relatório do cliente')).toEqual([
      ['Relatório do cliente'],
      ['Client', 'Acme Dental'],
      ['Period', '2026-03-01', '2026-03-31'],
      ['Time zone', 'America/Sao_Paulo'],
      ['Generated', '2026-03-10 12:00:00'],
    ]);
    expect(b.get('Leads recebidos, por origem')).toEqual([
      ['Leads recebidos, por origem', 'Leads', 'Qualified', 'Not qualified'],
      ['Importação CSV', '3', '1', '2'],
      ['Cadastro manual', '1', '1', '0'],
      ['Total', '4', '2', '2'],
    ]);
    expect(b.get('Leads received, by source')).toEqual([
      ['Leads received, by source', 'Leads', 'Qualified', 'Not qualified'],
      ['(no source)', '3', '1', '2'],
      ['site', '1', '1', '0'],
    ]);
    expect(b.get('Not qualified, why')).toEqual([
      ['Not qualified, why', 'Leads'],
      ['Telefone inválido', '1'],
      ['Pontuação abaixo de 40', '1'],
      ['Total', '2'],
    ]);
    expect(b.get('Not qualified, what lowered their score')).toEqual([
      ['Not qualified, what lowered their score', 'Leads'],
      ['E-mail descartável', '1'],
      ['Invalid phone', '1'],
      ['No company', '1'],
    ]);
    expect(b.get('Qualified, by score range')).toEqual([
      ['Qualified, by score range', 'Leads'],
      ['Alta', '1'],
      ['Medium', '1'],
      ['Total', '2'],
    ]);
    const delivery = b.get('Delivery per integration')!;
    expect(delivery[1]).toEqual(['CRM', '2', '1', '1', '0', '0', '0', '0', '0']);
    expect(delivery[2]).toEqual(['Total', '2', '1', '1', '0', '0', '0', '0', '0']);
    const daily = b.get('Leads received, per day')!;
    expect(daily).toHaveLength(32);
    expect(daily[10]).toEqual(['2026-03-10', '4', '2', '2']);
    // Last, the open errors, one line each.
    const errors = rows.slice(rows.findIndex((r) => r[0] === 'Open errors'));
    expect(errors[0]).toEqual(['Open errors', '1']);
    expect(errors[1]).toEqual(['Last attempt', 'Lead', 'E-mail', 'Integration', 'HTTP status', 'Message']);
    expect(errors.slice(2)).toEqual([
      ['2026-03-10 12:00:00', 'Carla Souza', LEADS.medium.email, 'CRM', '', 'HTTP 422: contact refused'],
    ]);
    expect(crm).toBeTruthy();
  });

  it('lists every open error, page after page, newest first', async () => {
    const crm = activeIntegration(env, 'CRM');
    const base = Date.UTC(2026, 2, 5, 12);
    for (let i = 0; i < 2_345; i++) {
      const lead = seedLead(env.core, env.client, { receivedAt: base + i, fullName: `Lead ${i}` });
      insertDispatch(env.core, {
        leadId: lead,
        integrationId: crm,
        state: 'error',
        createdAt: base + i,
        lastError: `e${i}`,
      });
    }
    const { rows } = await exportCsv();
    const errors = rows.slice(rows.findIndex((r) => r[0] === 'Open errors') + 2);
    expect(errors).toHaveLength(2_345);
    expect(errors[0]![1]).toBe('Lead 2344');
    expect(errors.at(-1)![1]).toBe('Lead 0');
    expect(new Set(errors.map((e) => e[5])).size).toBe(2_345);
  });

  it('a formula typed into a lead’s name reaches the sheet as text', async () => {
    activeIntegration(env, 'CRM');
    env.refuse.add('=HYPERLINK("x")');
    await createLead(env, { ...LEADS.high, fullName: '=HYPERLINK("x")' });
    await env.time.flush();
    const { rows } = await exportCsv();
    expect(rows.at(-1)![1]).toBe(`'=HYPERLINK("x")`);
  });
});
