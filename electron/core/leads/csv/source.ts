import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';

/** A file path, an open byte stream, or bytes already in memory (e.g. a small upload). */
export type CsvSource = string | Readable | Uint8Array;

export interface PeekedSource {
  /** The first bytes, for encoding and separator detection. */
  head: Buffer;
  /** Whether `head` is the whole input. */
  complete: boolean;
  /** The whole input again, `head` included, read lazily with backpressure. */
  stream: Readable;
}

export const DEFAULT_SAMPLE_BYTES = 64 * 1024;

function toReadable(source: CsvSource): Readable {
  if (typeof source === 'string') return createReadStream(source);
  if (source instanceof Readable) return source;
  return Readable.from([Buffer.from(source.buffer, source.byteOffset, source.byteLength)], { objectMode: false });
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError('A CSV source must produce bytes.');
}

/**
 * Reads the first `sampleBytes` and hands back a stream that replays them before the rest.
 * Destroying the returned stream ends the generator, which closes the source (and its file).
 */
export async function peekSource(source: CsvSource, sampleBytes = DEFAULT_SAMPLE_BYTES): Promise<PeekedSource> {
  const input = toReadable(source);
  const iterator = input[Symbol.asyncIterator]() as AsyncIterator<unknown>;
  const chunks: Buffer[] = [];
  let size = 0;
  let complete = false;
  try {
    while (size < sampleBytes) {
      const next = await iterator.next();
      if (next.done) {
        complete = true;
        break;
      }
      const chunk = toBuffer(next.value);
      chunks.push(chunk);
      size += chunk.length;
    }
  } catch (error) {
    input.destroy();
    throw error;
  }
  const head = Buffer.concat(chunks);

  async function* replay(): AsyncGenerator<Buffer> {
    try {
      if (head.length > 0) yield head;
      if (complete) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield toBuffer(next.value);
      }
    } finally {
      input.destroy();
    }
  }
  const stream = Readable.from(replay(), { objectMode: false });
  // A stream destroyed before its first read never runs the generator's `finally`.
  stream.once('close', () => input.destroy());
  return { head, complete, stream };
}
