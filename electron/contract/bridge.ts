import { z } from 'zod';

/**
 * The headless host's wire format for the contract, over one WebSocket at `/bridge?token=…`.
 * Electron IPC carries the same calls and events; only the framing differs.
 */
export const BRIDGE_PATH = '/bridge';
export const TOKEN_PARAM = 'token';

export const bridgeCallSchema = z.object({
  type: z.literal('call'),
  id: z.number().int().nonnegative(),
  channel: z.string().max(100),
  input: z.unknown(),
});
export type BridgeCall = z.infer<typeof bridgeCallSchema>;

export type BridgeServerMessage =
  { type: 'result'; id: number; result: unknown } | { type: 'event'; event: string; payload: unknown };

/** Browsers cannot set headers on a WebSocket; the per-run token travels in the query string instead. */
export const ELECTRON_API_GLOBAL = 'zbl';
