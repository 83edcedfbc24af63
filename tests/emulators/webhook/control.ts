/**
 * `/__receiver/*`: lets another process (Playwright, a manual run) script and inspect the
 * receiver. Control calls are not deliveries and are never recorded.
 *
 *   GET    /health        → { ok, deliveries, secrets }
 *   GET    /deliveries    → every delivery, oldest first
 *   POST   /respond       → one rule, or { rules: [...] } (see responses.ts)
 *   POST   /secrets       → { secrets: ["whsec_…"] } replaces the accepted secrets
 *   POST   /reset         → deliveries and rules cleared (secrets kept)
 */
import { z } from 'zod';
import type { ResponseScript } from './responses';
import type { Delivery } from './server';

export interface ControlTarget {
  deliveries(): readonly Delivery[];
  script: ResponseScript;
  setSecrets(secrets: string[]): void;
  secrets(): string[];
  reset(): void;
}

const SecretsSchema = z.object({ secrets: z.array(z.string().regex(/^whsec_/)).max(10) });

function json(text: string): unknown {
  try {
    return text === '' ? {} : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

export function handleControl(
  target: ControlTarget,
  method: string,
  path: string,
  raw: string,
): { status: number; body: unknown } {
  const route = `${method} ${path.replace(/\?.*$/, '')}`;
  const body = json(raw);
  if (body === undefined) return { status: 400, body: { error: 'The body is not JSON.' } };
  try {
    switch (route) {
      case 'GET /health':
        return {
          status: 200,
          body: { ok: true, deliveries: target.deliveries().length, secrets: target.secrets().length },
        };
      case 'GET /deliveries':
        return { status: 200, body: target.deliveries() };
      case 'POST /respond': {
        const rules = (body as { rules?: unknown[] }).rules ?? [body];
        for (const rule of rules) target.script.add(rule as Parameters<ResponseScript['add']>[0]);
        return { status: 200, body: { pending: target.script.pending() } };
      }
      case 'POST /secrets':
        target.setSecrets(SecretsSchema.parse(body).secrets);
        return { status: 200, body: { secrets: target.secrets().length } };
      case 'POST /reset':
        target.reset();
        return { status: 200, body: { ok: true } };
      default:
        return { status: 404, body: { error: `No control route ${route}` } };
    }
  } catch (err) {
    return { status: 400, body: { error: err instanceof Error ? err.message : String(err) } };
  }
}
