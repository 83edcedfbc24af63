/**
 * Fault injection reuses the ActiveCampaign emulator's rule engine (match by method, path glob or
 * regex, times, skip); only the default bodies are Pipedrive's.
 */
import { STATUS_CODES } from 'node:http';
import type { AcFault, RawResponse } from '../activecampaign/faults';
import { JSON_TYPE } from './errors';

export {
  AcFaults as PipedriveFaults,
  FaultRequestSchema,
  toFaultAndMatch,
  DEFAULT_BAD_JSON,
} from '../activecampaign/faults';

function defaultBody(status: number): unknown {
  if (status === 401) return { success: false, error: 'unauthorized access', errorCode: 401 };
  return { success: false, error: STATUS_CODES[status] ?? 'Error', errorCode: status, data: null };
}

export function statusFaultResponse(fault: Extract<AcFault, { kind: 'status' }>): RawResponse {
  const { status } = fault;
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
  let body: string;
  if (fault.body !== undefined) {
    body = typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body);
    headers['Content-Type'] = typeof fault.body === 'string' ? 'text/plain; charset=utf-8' : JSON_TYPE;
  } else if (status === 502 || status === 503 || status === 504) {
    // Gateways answer in HTML, so a client must not assume JSON on 5xx.
    const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
    body = `<html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;
    headers['Content-Type'] = 'text/html; charset=utf-8';
  } else {
    body = JSON.stringify(defaultBody(status));
    headers['Content-Type'] = JSON_TYPE;
  }
  return { status, headers: { ...headers, ...fault.headers }, body };
}
