import type { z } from 'zod';
import { contract, fail, isChannel, ok, type FieldIssue, type Result } from '#contract';
import { AppError } from '../errors';
import type { Log } from '../ports';
import type { Handlers } from './handlers';

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

const REASON = /^[a-z][a-z_]*$/;

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
    // Schemas give stable reason tokens (e.g. "too_long") as messages; others fall back to zod's code.
    reason: REASON.test(issue.message) ? issue.message : issue.code,
    message: REASON.test(issue.message) ? `${issue.path.join('.') || 'value'}: ${issue.message}` : issue.message,
  }));
}

/**
 * The one path every call takes, whatever the transport: validate the input, run the handler,
 * check the output, and answer an envelope. Nothing thrown escapes, and no stack trace leaves.
 */
export function createDispatch(handlers: Handlers, log: Log): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) return fail('unknown_channel', `There is no channel named ${String(channel)}.`);
    const spec = contract[channel];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      return fail('invalid_input', 'The request is not valid.', { issues: toFieldIssues(parsed.error) });
    }
    try {
      const handler = handlers[channel] as (value: unknown) => unknown;
      const value = await handler(parsed.data);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        log.error('rpc: handler answered outside its schema', { channel, issues: toFieldIssues(checked.error) });
        return fail('internal', 'The app produced an unexpected answer. The details are in the log.');
      }
      return ok(checked.data);
    } catch (err) {
      if (err instanceof AppError) return fail(err.code, err.message, err.details);
      log.error('rpc: handler failed', {
        channel,
        error: err instanceof Error ? (err.stack ?? err.message) : String(err),
      });
      return fail('internal', 'Something went wrong. The details are in the log.');
    }
  };
}
