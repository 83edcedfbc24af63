import type { AppErrorPayload } from '#contract';
import { getApi } from '../../api';

function fromBase64(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Fetches a file the core generated, chunk by chunk over `exports:read`, and hands it to the
 * browser's own "save" (a Blob behind an `<a download>`), which works the same under Electron and
 * the headless host. Stops, and deletes the file, when `signal` aborts. The file never becomes one big string: only the chunks are held, as bytes.
 */
export async function downloadGenerated(
  file: { id: string; fileName: string; mime: string; size: number },
  signal: AbortSignal,
  onProgress?: (bytes: number) => void,
): Promise<'saved' | 'cancelled' | AppErrorPayload> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (;;) {
    const result = await getApi().invoke('exports:read', { id: file.id, offset });
    if (signal.aborted) {
      void getApi().invoke('exports:discard', { id: file.id });
      return 'cancelled';
    }
    if (!result.ok) return result.error;
    const bytes = fromBase64(result.value.data);
    parts.push(bytes);
    offset += bytes.length;
    onProgress?.(offset);
    if (result.value.eof) break;
    if (bytes.length === 0) return { code: 'internal', message: 'The export stopped growing before its end.' };
  }
  const url = URL.createObjectURL(new Blob(parts, { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the Blob to the download; the URL is no longer needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  // Saved: the copy in the data folder goes now rather than at the next start.
  void getApi().invoke('exports:discard', { id: file.id });
  return 'saved';
}
