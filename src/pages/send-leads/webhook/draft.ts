import type {
  DispatchFilter,
  IntegrationStatus,
  OutputOf,
  WebhookConfigInput,
  WebhookConfigView,
  WebhookMethod,
} from '#contract';

type SigningView = WebhookConfigView['signing'];

export interface HeaderRow {
  rowId: string;
  name: string;
  /** What the user typed; for a stored secret header, empty keeps the stored value. */
  value: string;
  secret: boolean;
  /** A stored secret value's masked hint. */
  hint: string | null;
}

/** Everything the webhook wizard edits; turned into the contract's config only when it is sent. */
export interface WebhookDraft {
  clientId: string;
  /** Set once saved: later saves update this integration instead of creating another. */
  integrationId: string | null;
  status: IntegrationStatus | null;
  name: string;
  url: string;
  method: WebhookMethod;
  timeoutSeconds: number;
  headers: HeaderRow[];
  /** Empty until the default template is loaded (a new integration) or the stored one (editing). */
  bodyTemplate: string;
  rotationGraceHours: number;
  filter: DispatchFilter;
  signing: SigningView | null;
  /** The signing secret, once the core answered it (on creation, reveal or rotation). Never stored. */
  secret: string | null;
}

export const DEFAULT_WEBHOOK_NAME = 'Webhook';
let rowCounter = 0;

export function headerRow(partial: Partial<HeaderRow> = {}): HeaderRow {
  rowCounter += 1;
  return { rowId: `h${rowCounter}`, name: '', value: '', secret: false, hint: null, ...partial };
}

export function newWebhookDraft(clientId: string): WebhookDraft {
  return {
    clientId,
    integrationId: null,
    status: null,
    name: DEFAULT_WEBHOOK_NAME,
    url: '',
    method: 'POST',
    timeoutSeconds: 10,
    headers: [],
    bodyTemplate: '',
    rotationGraceHours: 24,
    filter: { match: 'all', conditions: [] },
    signing: null,
    secret: null,
  };
}

type WebhookDetail = Extract<OutputOf<'integrations:get'>, { type: 'webhook' }>;

export function draftFromWebhookDetail(detail: WebhookDetail): WebhookDraft {
  const { config } = detail;
  return {
    clientId: detail.clientId,
    integrationId: detail.id,
    status: detail.status,
    name: config.name,
    url: config.url,
    method: config.method,
    timeoutSeconds: Math.round(config.timeoutMs / 1000),
    headers: config.headers.map((h) =>
      headerRow({ name: h.name, value: h.secret ? '' : (h.value ?? ''), secret: h.secret, hint: h.hint }),
    ),
    bodyTemplate: config.bodyTemplate,
    rotationGraceHours: config.rotationGraceHours,
    filter: detail.filters ?? { match: 'all', conditions: [] },
    signing: config.signing,
    secret: null,
  };
}

/** The config the core receives; a blank stored secret header keeps its value. */
export function toWebhookConfig(draft: WebhookDraft): WebhookConfigInput {
  return {
    name: draft.name,
    url: draft.url.trim(),
    method: draft.method,
    timeoutMs: Math.round(draft.timeoutSeconds * 1000),
    headers: draft.headers.map((h) => ({
      name: h.name.trim(),
      secret: h.secret,
      ...(h.secret && h.value === '' ? {} : { value: h.value }),
    })),
    bodyTemplate: draft.bodyTemplate,
    rotationGraceHours: draft.rotationGraceHours,
  };
}
