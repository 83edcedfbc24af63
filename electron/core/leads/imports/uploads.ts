import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { UPLOAD_CHUNK_BYTES } from '#contract/lead-imports';
import { AppError } from '../../errors';
import type { Clock } from '../../ports';

interface Upload {
  name: string;
  size: number;
  received: number;
  path: string;
}

/** Uploads nobody finished or imported are removed after this. */
export const UPLOAD_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Files sent by the renderer in chunks, written under `<dataDir>/uploads/`. Chunks must arrive in
 * order (the offset is checked), so a retried chunk is harmless and a lost one is noticed.
 */
export function createUploads(dataDir: string, clock: Clock) {
  const dir = join(dataDir, 'uploads');
  const uploads = new Map<string, Upload>();

  function sweep(): void {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (const file of readdirSync(dir)) {
      const path = join(dir, file);
      try {
        if (clock.now() - statSync(path).mtimeMs > UPLOAD_MAX_AGE_MS) rmSync(path, { force: true });
      } catch {
        // Gone already.
      }
    }
  }
  sweep();

  function require(uploadId: string): Upload {
    const upload = uploads.get(uploadId);
    if (!upload) throw new AppError('not_found', 'This upload does not exist or has expired; choose the file again.');
    return upload;
  }

  return {
    begin(name: string, size: number): { uploadId: string; chunkBytes: number } {
      const uploadId = randomBytes(16).toString('hex');
      const path = join(dir, `${uploadId}.part`);
      closeSync(openSync(path, 'w', 0o600));
      uploads.set(uploadId, { name, size, received: 0, path });
      return { uploadId, chunkBytes: UPLOAD_CHUNK_BYTES };
    },

    append(uploadId: string, offset: number, data: string): number {
      const upload = require(uploadId);
      const bytes = Buffer.from(data, 'base64');
      // A chunk sent twice (a retry after a lost answer) is acknowledged without writing it again.
      if (offset + bytes.length <= upload.received) return upload.received;
      if (offset !== upload.received) {
        throw new AppError('invalid_input', `Expected the chunk at byte ${upload.received}, got ${offset}.`, {
          reason: 'out_of_order',
        });
      }
      if (upload.received + bytes.length > upload.size) {
        throw new AppError('invalid_input', 'The file is larger than announced.', { reason: 'too_big' });
      }
      const fd = openSync(upload.path, 'a');
      try {
        writeSync(fd, bytes);
      } finally {
        closeSync(fd);
      }
      upload.received += bytes.length;
      return upload.received;
    },

    /** The path of a complete upload. */
    file(uploadId: string): { path: string; name: string; size: number } {
      const upload = require(uploadId);
      if (upload.received !== upload.size) {
        throw new AppError('invalid_input', 'The file has not been completely sent yet.', { reason: 'incomplete' });
      }
      return { path: upload.path, name: upload.name, size: upload.size };
    },

    discard(uploadId: string): void {
      const upload = uploads.get(uploadId);
      if (!upload) return;
      uploads.delete(uploadId);
      rmSync(upload.path, { force: true });
    },

    sweep,
  };
}

export type Uploads = ReturnType<typeof createUploads>;
