import type { AppErrorPayload, Result } from '#contract';
import { getApi } from '../api';

/** btoa takes a "binary string"; building it in slices keeps the argument list of fromCharCode short. */
export function toBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  }
  return btoa(binary);
}

export interface UploadHandle {
  /** Stops between chunks; the partial upload is discarded. */
  cancel: () => void;
  done: Promise<Result<{ uploadId: string }>>;
}

const failed = (error: AppErrorPayload): Result<{ uploadId: string }> => ({ ok: false, error });

async function appendOnce(uploadId: string, offset: number, data: string): Promise<Result<{ received: number }>> {
  try {
    return await getApi().invoke('uploads:append', { uploadId, offset, data });
  } catch (error) {
    return { ok: false, error: { code: 'unavailable', message: String(error) } };
  }
}

/**
 * Sends a file to the core in the chunk size it asks for, in order. A chunk that fails is sent once
 * more (the core acknowledges a chunk it already has), so a dropped answer does not lose the file.
 */
export function uploadFile(file: File, onProgress: (sentBytes: number) => void): UploadHandle {
  let cancelled = false;
  const run = async (): Promise<Result<{ uploadId: string }>> => {
    const api = getApi();
    const begun = await api.invoke('uploads:begin', { name: file.name.slice(0, 255) || 'leads.csv', size: file.size });
    if (!begun.ok) return begun;
    const { uploadId, chunkBytes } = begun.value;
    let offset = 0;
    while (offset < file.size) {
      if (cancelled) {
        void api.invoke('uploads:discard', { uploadId });
        return failed({ code: 'conflict', message: 'cancelled', details: { reason: 'cancelled' } });
      }
      const end = Math.min(file.size, offset + chunkBytes);
      const data = toBase64(new Uint8Array(await file.slice(offset, end).arrayBuffer()));
      let answer = await appendOnce(uploadId, offset, data);
      if (!answer.ok) answer = await appendOnce(uploadId, offset, data);
      if (!answer.ok) {
        void api.invoke('uploads:discard', { uploadId });
        return answer;
      }
      offset = answer.value.received;
      onProgress(offset);
    }
    return { ok: true, value: { uploadId } };
  };
  return {
    cancel: () => {
      cancelled = true;
    },
    done: run(),
  };
}
