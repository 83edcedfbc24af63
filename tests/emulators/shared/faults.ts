/**
 * Fault answers every emulator gives the same way. Only the default error bodies and the gateway
 * page differ per service, so they come in as a style; the rule engine is the ActiveCampaign one.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AcFault, RawResponse } from '../activecampaign/faults';
import { send } from '../activecampaign/http-util';

export interface StatusFaultStyle {
  /** The service's own spelling of the JSON content type. */
  jsonType: string;
  /** The JSON body the service sends for `status` when the test gave none. */
  defaultBody(status: number): unknown;
  /** The HTML a gateway in front of the service answers 502/503/504 with. */
  gatewayPage(title: string): string;
  /** Retry-After sent with a 429 the test gave none for (seconds). */
  retryAfter429?: number;
}

export function statusFaultResponse(fault: Extract<AcFault, { kind: 'status' }>, style: StatusFaultStyle): RawResponse {
  const { status } = fault;
  const headers: Record<string, string> = {};
  const retryAfter = fault.retryAfter ?? (status === 429 ? style.retryAfter429 : undefined);
  if (retryAfter !== undefined) headers['Retry-After'] = String(retryAfter);
  let body: string;
  if (fault.body !== undefined) {
    body = typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body);
    headers['Content-Type'] = typeof fault.body === 'string' ? 'text/plain; charset=utf-8' : style.jsonType;
  } else if (status === 502 || status === 503 || status === 504) {
    // Gateways answer in HTML, so a client must not assume JSON on 5xx.
    body = style.gatewayPage(`${status} ${STATUS_CODES[status] ?? 'Error'}`);
    headers['Content-Type'] = 'text/html; charset=utf-8';
  } else {
    body = JSON.stringify(style.defaultBody(status));
    headers['Content-Type'] = style.jsonType;
  }
  return { status, headers: { ...headers, ...fault.headers }, body };
}

export interface FaultExchange {
  req: IncomingMessage;
  res: ServerResponse;
  /** Answers held open by a timeout fault, destroyed when the emulator closes. */
  hanging: Set<ServerResponse>;
  statusResponse(fault: Extract<AcFault, { kind: 'status' }>): RawResponse;
  jsonType: string;
  badJsonBody: string;
  /** Logs the request with the status it got (0: none). */
  finish(status: number): void;
  /** Waits out a delay fault; the emulator's own timers, when closing must cut the wait short. */
  sleep?(ms: number): Promise<void>;
  /** After a delay: the emulator closed meanwhile, so the call must not be carried out. */
  closing?(): boolean;
}

/** Applies a fault to one request; true when that settled the request and the call must not go on. */
export async function applyFault(fault: AcFault, x: FaultExchange): Promise<boolean> {
  switch (fault.kind) {
    case 'status': {
      const out = x.statusResponse(fault);
      send(x.res, out);
      x.finish(out.status);
      return true;
    }
    case 'badJson': {
      const status = fault.status ?? 200;
      send(x.res, { status, headers: { 'Content-Type': x.jsonType }, body: fault.body ?? x.badJsonBody });
      x.finish(status);
      return true;
    }
    case 'reset':
      x.req.socket.resetAndDestroy();
      x.finish(0);
      return true;
    case 'timeout':
      // Held until the client gives up (socket closes) or the emulator closes.
      x.hanging.add(x.res);
      x.res.on('close', () => x.hanging.delete(x.res));
      x.finish(0);
      return true;
    case 'delay':
      // The call is still carried out, like a slow server whose client may already have given up.
      await (x.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms))))(fault.ms);
      return x.closing?.() ?? false;
  }
}
