import { z } from 'zod';

/**
 * Files the core generates (the Logs CSV today) and the renderer downloads in chunks: the core
 * writes them under `<dataDir>/exports/`, and the page reads them back by id only, never by path.
 */

/** Raw bytes per `exports:read` answer (base64 makes it a third larger on the wire). */
export const EXPORT_CHUNK_BYTES = 512 * 1024;

export const exportIdSchema = z.uuid();

export const exportsChannels = {
  'exports:read': {
    input: z.object({ id: exportIdSchema, offset: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) }),
    output: z.object({
      /** Base64 of at most EXPORT_CHUNK_BYTES bytes starting at `offset`. */
      data: z.string(),
      size: z.number().int(),
      eof: z.boolean(),
    }),
  },
  /** Stops a running export; its partial file is deleted. */
  'exports:cancel': { input: z.object({ id: exportIdSchema }), output: z.object({ cancelled: z.boolean() }) },
  /** The renderer saved the file: it is deleted now rather than at the next clean-up. */
  'exports:discard': { input: z.object({ id: exportIdSchema }), output: z.object({ discarded: z.boolean() }) },
} as const;

export const exportsEvents = {
  'exports:progress': z.object({ id: z.string(), done: z.number().int(), total: z.number().int() }),
  'exports:ready': z.object({
    id: z.string(),
    fileName: z.string(),
    mime: z.string(),
    size: z.number().int(),
    rows: z.number().int(),
  }),
  'exports:failed': z.object({
    id: z.string(),
    reason: z.enum(['cancelled', 'failed']),
    message: z.string().nullable(),
  }),
} as const;
