import type { RawData } from 'ws';

/** A WebSocket frame as text, whichever of its three buffer shapes ws delivered. */
export function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
