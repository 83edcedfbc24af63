/** Keys whose values are secrets wherever they appear: in log fields, request dumps and exports. */
const SECRET_KEY = /(api[-_]?key|api[-_]?token|token|secret|password|authorization|cookie|master[-_]?key)/i;

export const REDACTED = '[redacted]';

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** A redactor that also knows specific secret values, so a key pasted into a message is masked too. */
export class Redactor {
  private readonly values = new Set<string>();

  addValue(value: string): void {
    // Very short values would mask ordinary words; real credentials are long.
    if (value.length >= 6) this.values.add(value);
  }

  text(input: string): string {
    let out = input;
    for (const v of this.values) out = out.split(v).join(REDACTED);
    return out;
  }

  value(input: unknown, depth = 0): unknown {
    if (typeof input === 'string') return this.text(input);
    if (depth > 8 || input === null || typeof input !== 'object') return input;
    if (input instanceof Error) return this.text(`${input.name}: ${input.message}`);
    if (Array.isArray(input)) return input.map((v) => this.value(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(input)) {
      out[k] = isSecretKey(k) && v !== null && v !== undefined && v !== '' ? REDACTED : this.value(v, depth + 1);
    }
    return out;
  }
}
