import type { DuplicatePolicy, ImportIssue, ImportPreview, ImportView } from '#contract';
import type { Core } from '../../../../electron/core';
import { call, tempDir } from '../../support/core-harness';
import { openDispatchCore, seedClient, type DispatchCoreOptions } from '../../support/dispatch-core';
import { FakeTime } from '../../support/fake-time';
import { scriptedConnector } from '../../dispatch/fixtures/connectors';

export interface LeadsCore {
  core: Core;
  client: string;
  time: FakeTime;
  dataDir: string;
  close(): void;
}

/** A real core on a temp folder with fake time, a client, and a connector that always succeeds. */
export function openLeadsCore(options: Pick<DispatchCoreOptions, 'importWorker'> = {}): LeadsCore {
  const tmp = tempDir();
  const time = new FakeTime();
  const core = openDispatchCore(tmp.dir, {
    ...options,
    clock: time,
    timers: time,
    connectors: [scriptedConnector(time, () => ({ remoteId: 'r' }))],
  });
  return {
    core,
    client: seedClient(core),
    time,
    dataDir: tmp.dir,
    close() {
      core.close();
      tmp.cleanup();
    },
  };
}

/** Sends a file as the renderer does, in chunks. */
export async function uploadBytes(core: Core, bytes: Buffer, name = 'leads.csv', chunk = 512 * 1024): Promise<string> {
  const { uploadId } = await call<{ uploadId: string }>(core, 'uploads:begin', { name, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    const data = bytes.subarray(offset, offset + chunk).toString('base64');
    await call(core, 'uploads:append', { uploadId, offset, data });
  }
  return uploadId;
}

/** Starts (and does not wait for) an import of `count` rows of an e-mail and a name, `<prefix><n>@acme.com.br`. */
export async function startManyRows(core: Core, clientId: string, count: number, prefix: string): Promise<ImportView> {
  const rows = ['email;nome'];
  for (let i = 0; i < count; i++) rows.push(`${prefix}${i}@acme.com.br;Pessoa ${i}`);
  const uploadId = await uploadBytes(core, Buffer.from(rows.join('\n'), 'utf8'));
  return call<ImportView>(core, 'leads:importStart', {
    clientId,
    uploadId,
    fileName: 'big.csv',
    encoding: 'utf-8',
    separator: ';',
    mapping: ['email', 'fullName'],
    duplicatePolicy: 'keep',
  });
}

/** Previews, imports with the guessed mapping and the given policy, and answers the finished import. */
export async function importBytes(
  core: Core,
  clientId: string,
  bytes: Buffer,
  duplicatePolicy: DuplicatePolicy,
  name = 'leads.csv',
): Promise<ImportView> {
  const uploadId = await uploadBytes(core, bytes, name);
  const preview = await call<ImportPreview>(core, 'leads:importPreview', { clientId, uploadId });
  const started = await call<ImportView>(core, 'leads:importStart', {
    clientId,
    uploadId,
    fileName: name,
    encoding: preview.encoding,
    separator: preview.separator,
    mapping: preview.mapping.map((m) => m.target),
    duplicatePolicy,
  });
  await core.forTests.imports.settled(started.id);
  return call<ImportView>(core, 'leads:importGet', { id: started.id });
}

/** Every problem in an import's report, page after page. */
export async function reportOf(core: Core, id: string): Promise<ImportIssue[]> {
  const all: ImportIssue[] = [];
  let after = 0;
  for (;;) {
    const page = await call<{ issues: ImportIssue[]; nextAfter: number | null }>(core, 'leads:importIssues', {
      id,
      after,
      limit: 500,
    });
    all.push(...page.issues);
    if (page.nextAfter === null) return all;
    after = page.nextAfter;
  }
}
