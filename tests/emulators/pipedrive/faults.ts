/**
 * Fault injection reuses the ActiveCampaign emulator's rule engine (match by method, path glob or
 * regex, times, skip); only the default bodies are Pipedrive's.
 */
import { STATUS_CODES } from 'node:http';
import type { AcFault, RawResponse } from '../activecampaign/faults';
import { statusFaultResponse as sharedStatusFaultResponse } from '../shared/faults';
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
  return sharedStatusFaultResponse(fault, {
    jsonType: JSON_TYPE,
    defaultBody,
    gatewayPage: (title) => `<html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`,
  });
}
