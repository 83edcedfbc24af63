/**
 * How the receiver answers: scripted rules taken in order (each for `times` deliveries, or for
 * good with `times: 0`), then the default: 200 for a verified delivery, 401 for a bad signature.
 */
import { z } from 'zod';

export const ResponseRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('status'),
    status: z.number().int().min(100).max(599),
    body: z.string().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    times: z.number().int().min(0).default(1),
  }),
  /** Never answers; the connection stays open until the sender gives up. */
  z.object({ kind: z.literal('timeout'), times: z.number().int().min(0).default(1) }),
  /** Drops the connection (TCP RST) without an answer. */
  z.object({ kind: z.literal('reset'), times: z.number().int().min(0).default(1) }),
  /** Answers as usual after waiting `ms`. */
  z.object({
    kind: z.literal('slow'),
    ms: z.number().int().min(0).max(120_000),
    status: z.number().int().min(100).max(599).optional(),
    times: z.number().int().min(0).default(1),
  }),
]);
export type ResponseRule = z.output<typeof ResponseRuleSchema>;
export type ResponseRuleInput = z.input<typeof ResponseRuleSchema>;

export class ResponseScript {
  private rules: Array<{ rule: ResponseRule; left: number }> = [];

  add(input: ResponseRuleInput): void {
    const rule = ResponseRuleSchema.parse(input);
    this.rules.push({ rule, left: rule.times === 0 ? Infinity : rule.times });
  }

  /** The rule for the next delivery, consuming one use of it; null means the default answer. */
  take(): ResponseRule | null {
    const first = this.rules[0];
    if (!first) return null;
    first.left--;
    if (first.left <= 0) this.rules.shift();
    return first.rule;
  }

  pending(): ResponseRule[] {
    return this.rules.map((r) => r.rule);
  }

  clear(): void {
    this.rules = [];
  }
}
