import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes as base64url: 43 characters, within PKCE's 43–128 (RFC 7636 §4.1). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export interface PkcePair {
  verifier: string;
  /** BASE64URL(SHA256(verifier)), sent with `code_challenge_method=S256`. */
  challenge: string;
}

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

export function pkcePair(): PkcePair {
  const verifier = randomToken(32);
  return { verifier, challenge: s256(verifier) };
}

/** Constant-time comparison, so the state check leaks nothing through timing. */
export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
