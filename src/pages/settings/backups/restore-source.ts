import { UPLOAD_MAX_BYTES, type AppErrorPayload, type RestoreSource, type Result } from '#contract';
import { uploadFile } from '../../../stores/leads-upload';

/**
 * Where a restore or an import reads from. The desktop app opens the system's own dialog in the
 * core (a large file is never carried through the page); the browser sends the chosen file as an
 * upload, in chunks, as CSV imports do.
 */
export async function sourceFor(
  host: 'electron' | 'headless',
  file: File | null,
  onProgress: (percent: number) => void,
): Promise<Result<RestoreSource>> {
  if (host === 'electron') return { ok: true, value: { kind: 'dialog' } };
  if (!file) return { ok: false, error: { code: 'invalid_input', message: 'No file chosen.' } };
  if (file.size > UPLOAD_MAX_BYTES) {
    const error: AppErrorPayload = { code: 'invalid_input', message: 'Too big.', details: { reason: 'too_big' } };
    return { ok: false, error };
  }
  const upload = uploadFile(file, (sent) => onProgress(file.size === 0 ? 100 : Math.round((sent / file.size) * 100)));
  const sent = await upload.done;
  return sent.ok ? { ok: true, value: { kind: 'upload', uploadId: sent.value.uploadId } } : sent;
}
