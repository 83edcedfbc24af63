/**
 * AC's error bodies, as docs/crm/activecampaign.md §11 lists them. They are deliberately not
 * uniform (some carry `status`, some `code`, some only `message`) because
 * the real API is not, and clients must parse them defensively.
 */
import type { ApiResponse } from './api';

export interface AcErrorItem {
  status?: number;
  title?: string;
  detail?: string;
  code?: string;
  source?: { pointer: string };
}

export function errorsResponse(status: number, items: AcErrorItem[]): ApiResponse {
  return { status, body: { errors: items } };
}

/** The spec's 400 body for /contact/sync and /contactLists is an empty object. */
export function badRequest(): ApiResponse {
  return { status: 400, body: {} };
}

export function forbidden(detail: string): ApiResponse {
  return errorsResponse(403, [{ status: 403, title: 'Forbidden', detail }]);
}

/** `{"errors":[{"status":404,"title":"Not Found","detail":"Contact not found"}]}` */
export function notFound(detail: string): ApiResponse {
  return errorsResponse(404, [{ status: 404, title: 'Not Found', detail }]);
}

/** The older single-object style, e.g. "No Result found for Subscriber with id 1". */
export function noResult(entity: string, id: string): ApiResponse {
  return { status: 404, body: { message: `No Result found for ${entity} with id ${id}` } };
}

/** POST /contactTags' 422: `{"status":422,"title":"Missing attribute","source":{...}}`. */
export function missingAttribute(attr: string): ApiResponse {
  return errorsResponse(422, [
    { status: 422, title: 'Missing attribute', source: { pointer: `/data/attributes/${attr}` } },
  ]);
}

export type AcErrorCode = 'duplicate' | 'field_missing' | 'field_invalid' | 'email_invalid';

/** The common 422 item: `{title, detail, code, source.pointer}`. */
export function fieldError(code: AcErrorCode, attr: string, title: string, detail = ''): ApiResponse {
  return errorsResponse(422, [{ title, detail, code, source: { pointer: `/data/attributes/${attr}` } }]);
}

export function requiredField(attr: string): ApiResponse {
  return fieldError('field_missing', attr, `The ${attr} field is required.`);
}
