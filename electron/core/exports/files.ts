import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPORT_CHUNK_BYTES } from '#contract/exports';
import { AppError } from '../errors';
import type { Clock } from '../ports';

/** Exports are for downloading right away; what is left behind goes at the next start. */
export const EXPORT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EXT = /^[a-z0-9]{1,8}$/;

export interface GeneratedFile {
  id: string;
  /** The name offered to the user when saving (no folder). */
  fileName: string;
  mime: string;
  /** Where the producer writes; becomes the file's final path when it is ready. */
  partPath: string;
  path: string;
  state: 'writing' | 'ready';
  size: number;
}

export interface ExportChunk {
  data: string;
  size: number;
  eof: boolean;
}

/**
 * Generated files under `<dataDir>/exports/`, named by a random id the core chose. The renderer
 * reads a file back by id only: the path comes from this registry, never from the request, so no
 * input can reach another file. A file is readable once it is complete, in bounded chunks.
 */
export interface GeneratedFiles {
  readonly dir: string;
  create(o: { fileName: string; mime: string; ext: string }): GeneratedFile;
  /** The producer finished: the part file takes its final name and becomes readable. */
  ready(id: string): Promise<GeneratedFile>;
  read(id: string, offset: number): Promise<ExportChunk>;
  /** Deletes the file (complete or not) and forgets it; false when the id is unknown. */
  discard(id: string): Promise<boolean>;
  /** Deletes files older than `maxAgeMs` and part files nobody is writing; answers how many. */
  cleanup(maxAgeMs?: number): number;
}

function unknown(): AppError {
  return new AppError('not_found', 'This export does not exist or has been deleted.');
}

export function createGeneratedFiles(deps: { dir: string; clock: Clock; chunkBytes?: number }): GeneratedFiles {
  const { dir, clock } = deps;
  const chunkBytes = deps.chunkBytes ?? EXPORT_CHUNK_BYTES;
  const files = new Map<string, GeneratedFile>();
  mkdirSync(dir, { recursive: true });

  function known(id: string): GeneratedFile {
    const file = ID.test(id) ? files.get(id) : undefined;
    if (!file) throw unknown();
    return file;
  }

  return {
    dir,
    create({ fileName, mime, ext }) {
      if (!EXT.test(ext)) throw new Error(`Unsafe export extension: ${ext}`);
      const id = randomUUID();
      const path = join(dir, `${id}.${ext}`);
      const file: GeneratedFile = { id, fileName, mime, partPath: `${path}.part`, path, state: 'writing', size: 0 };
      files.set(id, file);
      return file;
    },
    async ready(id) {
      const file = known(id);
      await rename(file.partPath, file.path);
      file.size = statSync(file.path).size;
      file.state = 'ready';
      return file;
    },
    async read(id, offset) {
      const file = known(id);
      if (file.state !== 'ready') throw new AppError('conflict', 'This export is still being written.');
      if (!Number.isSafeInteger(offset) || offset < 0 || offset > file.size) {
        throw new AppError('invalid_input', 'The offset is outside the file.');
      }
      const length = Math.min(chunkBytes, file.size - offset);
      const buffer = Buffer.alloc(length);
      let handle: FileHandle;
      try {
        handle = await open(file.path, 'r');
      } catch {
        files.delete(id);
        throw unknown();
      }
      try {
        let read = 0;
        while (read < length) {
          const { bytesRead } = await handle.read(buffer, read, length - read, offset + read);
          if (bytesRead === 0) break;
          read += bytesRead;
        }
        return { data: buffer.subarray(0, read).toString('base64'), size: file.size, eof: offset + read >= file.size };
      } finally {
        await handle.close();
      }
    },
    async discard(id) {
      if (!ID.test(id)) return false;
      const file = files.get(id);
      if (!file) return false;
      files.delete(id);
      await rm(file.partPath, { force: true });
      await rm(file.path, { force: true });
      return true;
    },
    cleanup(maxAgeMs = EXPORT_MAX_AGE_MS) {
      const writing = new Set([...files.values()].filter((f) => f.state === 'writing').map((f) => f.partPath));
      let removed = 0;
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (writing.has(path)) continue;
        try {
          const stat = statSync(path);
          if (!stat.isFile()) continue;
          // A part file nobody is writing was left by a crash: it can never complete.
          if (!name.endsWith('.part') && clock.now() - stat.mtimeMs < maxAgeMs) continue;
          rmSync(path, { force: true });
          removed++;
        } catch {
          // Gone meanwhile: nothing to clean.
        }
      }
      for (const [id, file] of files) {
        if (file.state === 'ready' && !safeExists(file.path)) files.delete(id);
      }
      return removed;
    },
  };
}

function safeExists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
