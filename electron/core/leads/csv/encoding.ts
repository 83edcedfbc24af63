import iconv from 'iconv-lite';

/**
 * Brazilian exports come as UTF-8 (with or without the BOM Excel adds), as Windows-1252 (Excel's
 * "CSV (separado por vírgulas)" on Windows) or, from "Texto Unicode", as UTF-16 with a BOM.
 */
export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
export const CSV_ENCODINGS: readonly CsvEncoding[] = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'];

export interface EncodingGuess {
  encoding: CsvEncoding;
  bom: boolean;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Length of the sequence a UTF-8 lead byte starts, or 0 when it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The allowed range of the byte after a lead byte: excludes overlong forms, surrogates and > U+10FFFF. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/**
 * Strict UTF-8 check. A sample cut from a longer file may end inside a character; `truncated`
 * lets such an incomplete last sequence pass.
 */
export function isValidUtf8(bytes: Uint8Array, truncated = false): boolean {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = sequenceLength(lead);
    if (length === 0) return false;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return truncated;
      const byte = bytes[i + k] ?? 0;
      const [low, high] = k === 1 ? secondByteRange(lead) : [0x80, 0xbf];
      if (byte < low || byte > high) return false;
    }
    i += length;
  }
  return true;
}

/**
 * The encoding of a file from its first bytes: a BOM says it outright; otherwise bytes that are
 * valid UTF-8 are UTF-8 (Windows-1252 text with accents practically never is), and anything
 * else is Windows-1252, which can decode every byte.
 */
export function detectEncoding(sample: Uint8Array, complete = true): EncodingGuess {
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', bom: true };
  if (startsWith(sample, [0xff, 0xfe])) return { encoding: 'utf-16le', bom: true };
  if (startsWith(sample, [0xfe, 0xff])) return { encoding: 'utf-16be', bom: true };
  return { encoding: isValidUtf8(sample, !complete) ? 'utf-8' : 'windows-1252', bom: false };
}

/** A streaming decoder to text; the BOM, if any, is dropped. */
export function decoderStream(encoding: CsvEncoding): NodeJS.ReadWriteStream {
  return iconv.decodeStream(encoding, { stripBOM: true });
}

/** Whole-buffer decoding, for samples. */
export function decodeBytes(bytes: Uint8Array, encoding: CsvEncoding): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
}
