import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let counter = 0;
const bytes = Buffer.alloc(16);
// Random bits drawn 4 KB at a time: one call to the system's generator per 512 ids.
const pool = Buffer.alloc(4096);
let pooled = pool.length;

/**
 * A UUID version 7 (RFC 9562): the time in milliseconds, then a counter for ids made in the same
 * millisecond, then random bits. Ids made one after the other sort together, so a table's primary
 * key index grows at its end instead of at a random page: an import of a hundred thousand leads
 * rewrote most of that index's pages in every batch with random (version 4) ids.
 */
export function timeOrderedUuid(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else if (++counter > 0xfff) {
    // 4,096 ids in one millisecond: borrow the next one, as RFC 9562 allows.
    lastMs++;
    counter = 0;
  }
  if (pooled === pool.length) {
    randomFillSync(pool);
    pooled = 0;
  }
  pool.copy(bytes, 8, pooled, pooled + 8);
  pooled += 8;
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
