import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { Client, ClientReport, ImportPreview, ImportView } from '#contract';
import { BRIDGE_PATH, TOKEN_PARAM } from '#contract/bridge';
import { rawText } from '../../electron/host/raw-text';
import { HostProcess } from '../e2e/fixtures/host';
import { fmt, line, machineLoad } from './support';

const ROOT = join(__dirname, '..', '..');
const HOST_JS = join(ROOT, 'out', 'main', 'host.js');

/** The newest change under a folder, to tell whether the built app is older than its sources. */
function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds the app when it is missing or older than its sources: the figures are the built app's. */
function ensureBuilt(): void {
  const built = existsSync(HOST_JS) ? statSync(HOST_JS).mtimeMs : 0;
  if (built > Math.max(newestChange(join(ROOT, 'electron')), newestChange(join(ROOT, 'src')))) return;
  console.log('  (building the app first: npm run build)');
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  if (result.status !== 0) throw new Error('The app could not be built for the benchmark.');
}

/** The process's resident memory now and at its highest so far, in bytes (Linux). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** CPU seconds used so far by a process and by its main thread (Linux: utime + stime, in clock ticks of 10 ms). */
function cpuOf(pid: number): { all: number; main: number } {
  const seconds = (stat: string): number => {
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
  return {
    all: seconds(readFileSync(`/proc/${pid}/stat`, 'utf8')),
    main: seconds(readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8')),
  };
}

/** The contract over the host's bridge, as the page speaks it. */
async function openBridge(url: string) {
  const page = new URL(url);
  const token = new URLSearchParams(page.hash.slice(1)).get(TOKEN_PARAM) ?? '';
  const ws = new WebSocket(`ws://${page.host}${BRIDGE_PATH}?${TOKEN_PARAM}=${encodeURIComponent(token)}`, {
    headers: { origin: page.origin },
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let next = 0;
  const waiting = new Map<number, (result: { ok: boolean; value?: unknown; error?: unknown }) => void>();
  const listeners = new Set<(event: string, payload: unknown) => void>();
  ws.on('message', (data) => {
    const msg = JSON.parse(rawText(data)) as {
      type: string;
      id?: number;
      result?: { ok: boolean; value?: unknown; error?: unknown };
      event?: string;
      payload?: unknown;
    };
    if (msg.type === 'result' && msg.id !== undefined && msg.result) waiting.get(msg.id)?.(msg.result);
    if (msg.type === 'event' && msg.event) for (const listener of listeners) listener(msg.event, msg.payload);
  });
  return {
    call<T>(channel: string, input: unknown): Promise<T> {
      const id = ++next;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, (result) => {
          waiting.delete(id);
          if (result.ok) resolve(result.value as T);
          else reject(new Error(`${channel} failed: ${JSON.stringify(result.error)}`));
        });
        ws.send(JSON.stringify({ type: 'call', id, channel, input }));
      });
    },
    on(listener: (event: string, payload: unknown) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => ws.close(),
  };
}

const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * The same import in the app's own process: the headless host as built (the Electron app's main
 * process runs the same core), driven over its bridge as the page drives it. Its resident memory is
 * read from the system, so the figure is the app's, without the benchmark's own process around it.
 */
export async function benchHostImport(path: string): Promise<void> {
  if (process.platform !== 'linux') return console.log('  (the import in the app process is measured on Linux only)');
  ensureBuilt();
  const host = new HostProcess({ keySource: 'env' });
  try {
    const bridge = await openBridge(await host.start());
    const pid = host.pid;
    const client = await bridge.call<Client>('clients:create', { name: 'Bench' });
    // Held, as in the benchmark above: the qualified leads are queued, nothing is sent.
    await bridge.call('sending:pauseAll', {});
    const hook = await bridge.call<{ id: string }>('webhook:save', {
      clientId: client.id,
      config: { name: 'Hook', url: 'http://127.0.0.1:9/hook' },
    });
    await bridge.call('integrations:activate', { id: hook.id });
    const bytes = readFileSync(path);
    const upload = await bridge.call<{ uploadId: string; chunkBytes: number }>('uploads:begin', {
      name: 'leads.csv',
      size: bytes.length,
    });
    for (let offset = 0; offset < bytes.length; offset += upload.chunkBytes) {
      const data = bytes.subarray(offset, offset + upload.chunkBytes).toString('base64');
      await bridge.call('uploads:append', { uploadId: upload.uploadId, offset, data });
    }
    const preview = await bridge.call<ImportPreview>('leads:importPreview', {
      clientId: client.id,
      uploadId: upload.uploadId,
    });
    const before = memoryOf(pid);
    let peak = before.rss;
    const sampler = setInterval(() => (peak = Math.max(peak, memoryOf(pid).rss)), 20);
    const cpu0 = cpuOf(pid);
    const started = performance.now();
    let finished: (view: ImportView) => void = () => undefined;
    const settled = new Promise<ImportView>((resolve) => (finished = resolve));
    const run = await bridge.call<ImportView>('leads:importStart', {
      clientId: client.id,
      uploadId: upload.uploadId,
      fileName: 'leads.csv',
      encoding: preview.encoding,
      separator: preview.separator,
      mapping: preview.mapping.map((m) => m.target),
      duplicatePolicy: 'keep',
    });
    const stop = bridge.on((event, payload) => {
      const view = payload as ImportView;
      if (event === 'leads:importProgress' && view.id === run.id && view.state !== 'running') finished(view);
    });
    const current = await bridge.call<ImportView>('leads:importGet', { id: run.id });
    if (current.state !== 'running') finished(current);
    const done = await settled;
    const seconds = (performance.now() - started) / 1000;
    const cpu1 = cpuOf(pid);
    clearInterval(sampler);
    stop();
    const after = memoryOf(pid);
    // The month's report over those leads: large enough to be built in the report worker.
    const month = new Date().toISOString().slice(0, 7);
    const reportStarted = performance.now();
    const report = await bridge.call<ClientReport>('report:get', {
      clientId: client.id,
      period: { kind: 'month', month },
      timeZone: 'UTC',
    });
    const reportMs = performance.now() - reportStarted;
    bridge.close();
    console.log(`  the same import in the app's process (the built headless host, over its bridge); ${machineLoad()}`);
    line(
      'total',
      `${fmt(seconds)} s, ${Math.round(done.rows / seconds).toLocaleString('en-US')} rows/s (${done.state})`,
    );
    line('  CPU: all threads, main thread', `${fmt(cpu1.all - cpu0.all)} s, ${fmt(cpu1.main - cpu0.main)} s`);
    line('resident memory before → peak', `${mb(before.rss)} → ${mb(Math.max(peak, after.rss))}`);
    line('  highest since the app started', mb(after.peak));
    // The app's log says when the report worker started.
    const logs = join(host.dataDir, 'logs');
    const said = readdirSync(logs).map((f) => readFileSync(join(logs, f), 'utf8'));
    const inWorker = said.some((text) => text.includes('reports are built in a worker thread'));
    line(
      "the month's report over them",
      `${fmt(reportMs, 0)} ms (${report.received.total.toLocaleString('en-US')} leads, ` +
        `${inWorker ? 'in the report worker' : 'on the main thread: see the log'})`,
    );
  } finally {
    await host.dispose();
  }
}
