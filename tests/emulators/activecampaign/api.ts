import type { ImportQueue } from './imports';
import type { AcAccountState } from './state';
import type { UserRecord } from './types';

/** One authenticated call, already parsed, as a route handler sees it. */
export interface ApiRequest {
  method: string;
  /** Path below `/api/3`, e.g. `/contacts/5`. */
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  body: unknown;
  state: AcAccountState;
  /** The account's bulk imports (routes-import.ts). */
  imports: ImportQueue;
  /** This account's `.../api/3`, used to build `links`. */
  apiUrl: string;
  user: UserRecord;
}

export interface ApiResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: ApiRequest) => ApiResponse;

export interface Route {
  method: string;
  /** Segments starting with ":" capture, e.g. `/contacts/:id`. */
  pattern: string;
  handler: Handler;
}

interface CompiledRoute {
  method: string;
  regex: RegExp;
  names: string[];
  handler: Handler;
}

export type RouteMatcher = (
  method: string,
  path: string,
) => { handler: Handler; params: Record<string, string> } | undefined;

export function compileRoutes(routes: Route[]): RouteMatcher {
  const compiled: CompiledRoute[] = routes.map((r) => {
    const names: string[] = [];
    const source = r.pattern
      .split('/')
      .map((seg) => {
        if (!seg.startsWith(':')) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(seg.slice(1));
        return '([^/]+)';
      })
      .join('/');
    // AC tolerates a trailing slash; so do we.
    return { method: r.method, regex: new RegExp(`^${source}/?$`), names, handler: r.handler };
  });
  return (method, path) => {
    for (const route of compiled) {
      if (route.method !== method) continue;
      const m = route.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { handler: route.handler, params };
    }
    return undefined;
  };
}
