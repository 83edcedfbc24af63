/**
 * A Standard Webhooks verifier written from the specification, separately from the app's signer
 * (nothing here imports the app): it uses WebCrypto for the HMAC, so a mistake shared by both
 * sides through a common helper cannot hide.
 *
 * signed content  = `${webhook-id}.${webhook-timestamp}.${raw body}`
 * key             = base64-decode(secret without its `whsec_` prefix)
 * webhook-signature = space-separated `v1,<base64 HMAC-SHA256>` entries; one match is enough
 */
import { timingSafeEqual, webcrypto } from 'node:crypto';

export type VerifyFailure =
  'missing_header' | 'invalid_timestamp' | 'timestamp_out_of_tolerance' | 'invalid_secret' | 'no_matching_signature';

export type Verification =
  | {
      ok: true;
      /** Indexes (into the verifier's secrets) of every secret with a matching signature. */
      matchedSecrets: number[];
      signatureCount: number;
    }
  | { ok: false; reason: VerifyFailure; signatureCount: number };

export interface VerifyInput {
  headers: Record<string, string | undefined>;
  body: string;
  secrets: readonly string[];
  /** Unix seconds of "now" at the receiver. */
  nowSeconds: number;
  /** The spec suggests five minutes either way. */
  toleranceSeconds?: number;
}

/** Strict base64 (length a multiple of 4); anything else is not a signature or key at all. */
function base64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

function decodeSecret(secret: string): Uint8Array | null {
  if (!secret.startsWith('whsec_')) return null;
  const bytes = base64(secret.slice('whsec_'.length));
  return bytes && bytes.length > 0 ? bytes : null;
}

async function hmac(key: Uint8Array, content: string): Promise<Uint8Array> {
  const imported = await webcrypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await webcrypto.subtle.sign('HMAC', imported, new TextEncoder().encode(content)));
}

function parseSignatures(header: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const part of header.split(' ')) {
    const comma = part.indexOf(',');
    if (comma < 0 || part.slice(0, comma) !== 'v1') continue;
    const bytes = base64(part.slice(comma + 1));
    if (bytes) out.push(bytes);
  }
  return out;
}

export async function verifyStandardWebhook(input: VerifyInput): Promise<Verification> {
  const id = input.headers['webhook-id'];
  const timestamp = input.headers['webhook-timestamp'];
  const signatureHeader = input.headers['webhook-signature'];
  if (!id || !timestamp || !signatureHeader) return { ok: false, reason: 'missing_header', signatureCount: 0 };
  const given = parseSignatures(signatureHeader);
  const signatureCount = signatureHeader.split(' ').filter((s) => s !== '').length;
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'invalid_timestamp', signatureCount };
  const tolerance = input.toleranceSeconds ?? 300;
  if (Math.abs(input.nowSeconds - Number(timestamp)) > tolerance) {
    return { ok: false, reason: 'timestamp_out_of_tolerance', signatureCount };
  }
  const content = `${id}.${timestamp}.${input.body}`;
  const matchedSecrets: number[] = [];
  for (const [index, secret] of input.secrets.entries()) {
    const key = decodeSecret(secret);
    if (!key) return { ok: false, reason: 'invalid_secret', signatureCount };
    const expected = await hmac(key, content);
    if (given.some((g) => g.length === expected.length && timingSafeEqual(g, expected))) matchedSecrets.push(index);
  }
  if (matchedSecrets.length === 0) return { ok: false, reason: 'no_matching_signature', signatureCount };
  return { ok: true, matchedSecrets, signatureCount };
}
