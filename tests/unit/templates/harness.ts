import type { Core } from '../../../electron/core';
import { call } from '../support/core-harness';

/** Sends a file's text to the core as the page does (`uploads:*`) and answers its upload id. */
export async function upload(core: Core, text: string, name = 'template.json'): Promise<string> {
  const bytes = Buffer.from(text, 'utf8');
  const { uploadId } = await call<{ uploadId: string }>(core, 'uploads:begin', { name, size: bytes.length });
  if (bytes.length > 0) await call(core, 'uploads:append', { uploadId, offset: 0, data: bytes.toString('base64') });
  return uploadId;
}

/** Starts `templates:export` and reads the generated file back through `exports:read`, as the page does. */
export async function exportTemplate(core: Core, input: Record<string, unknown>): Promise<string> {
  const ready = new Promise<string>((resolve, reject) => {
    const stop = core.events.subscribe((event, payload) => {
      if (event === 'exports:ready') {
        stop();
        resolve((payload as { id: string }).id);
      } else if (event === 'exports:failed') {
        stop();
        reject(new Error(JSON.stringify(payload)));
      }
    });
  });
  const started = await call<{ id: string }>(core, 'templates:export', input);
  const id = await ready;
  if (id !== started.id) throw new Error('another export finished first');
  const read = await call<{ data: string; eof: boolean }>(core, 'exports:read', { id, offset: 0 });
  if (!read.eof) throw new Error('a template should fit in one chunk');
  return Buffer.from(read.data, 'base64').toString('utf8');
}
