/**
 * Fault injection reuses the ActiveCampaign emulator's rule engine (match by method, path glob or
 * regex, times, skip); only the default bodies are HubSpot's.
 */
import { STATUS_CODES } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AcFault, RawResponse } from '../activecampaign/faults';
import { statusFaultResponse as sharedStatusFaultResponse } from '../shared/faults';
import { JSON_TYPE } from './errors';

export {
  AcFaults as HubspotFaults,
  FaultRequestSchema,
  toFaultAndMatch,
  DEFAULT_BAD_JSON,
} from '../activecampaign/faults';

const CATEGORY: Record<number, string> = {
  400: 'VALIDATION_ERROR',
  401: 'INVALID_AUTHENTICATION',
  403: 'MISSING_SCOPES',
  404: 'OBJECT_NOT_FOUND',
  409: 'CONFLICT',
  422: 'VALIDATION_ERROR',
  429: 'RATE_LIMITS',
};

function defaultBody(status: number): unknown {
  if (status === 409) {
    return {
      status: 'error',
      message: 'Contact already exists. Existing ID: 1001',
      correlationId: randomUUID(),
      category: 'CONFLICT',
    };
  }
  if (status === 429) {
    return {
      status: 'error',
      message: 'You have reached your ten_secondly_rolling limit.',
      errorType: 'RATE_LIMIT',
      correlationId: randomUUID(),
      policyName: 'TEN_SECONDLY_ROLLING',
    };
  }
  return {
    status: 'error',
    message: STATUS_CODES[status] ?? 'Error',
    correlationId: randomUUID(),
    category: CATEGORY[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_ERROR'),
  };
}

export function statusFaultResponse(fault: Extract<AcFault, { kind: 'status' }>): RawResponse {
  return sharedStatusFaultResponse(fault, {
    jsonType: JSON_TYPE,
    defaultBody,
    gatewayPage: (title) => `<html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`,
  });
}
