import { z } from 'zod';

/**
 * The local intake API: off by default, enabled per client with its own bearer token. The token
 * is shown once, when it is made; the core keeps only its hash.
 */

const id = z.uuid();

export const intakeStatusSchema = z.object({
  clientId: id,
  enabled: z.boolean(),
  /** The token's last characters, so the user can tell which one a sender has. */
  tokenHint: z.string().nullable(),
  tokenCreatedAt: z.number().int().nullable(),
  /** Where senders POST, e.g. `http://127.0.0.1:47801/v1/leads`; null while the server is not listening. */
  endpoint: z.string().nullable(),
  /** `port_in_use` and the like when the server could not start. */
  serverError: z.string().nullable(),
});
export type IntakeStatus = z.infer<typeof intakeStatusSchema>;

const withToken = z.object({ status: intakeStatusSchema, token: z.string() });

export const intakeEvents = {
  /** Turned on or off, or given a new token (in any window): status views read it again. */
  'intake:changed': z.object({ clientId: id, reason: z.enum(['enabled', 'disabled', 'rotated']) }),
} as const;

export const intakeChannels = {
  'intake:status': { input: z.object({ clientId: id }), output: intakeStatusSchema },
  /** Turns the API on for the client; makes a token the first time (answered once, here). */
  'intake:enable': {
    input: z.object({ clientId: id }),
    output: z.object({ status: intakeStatusSchema, token: z.string().nullable() }),
  },
  'intake:disable': { input: z.object({ clientId: id }), output: intakeStatusSchema },
  /** A new token; the old one stops working at once. */
  'intake:rotateToken': { input: z.object({ clientId: id }), output: withToken },
} as const;
