import { ConnectorError, type Connector, type DispatchLead, type HttpClient } from '../connector';
import type { RecordedRequest } from './dry-run-http';
import type { SampleLead } from './sample-lead';

export interface PreviewResult {
  live: boolean;
  requests: RecordedRequest[];
  notes: string[];
  error: string | null;
}

export function previewDispatchLead(sample: SampleLead, clientId: string): DispatchLead {
  return {
    ...sample,
    id: 'preview',
    clientId,
    qualified: true,
    receivedAt: 0,
    // Previewed as a real lead would go: a test lead would add the test tag.
    isTest: false,
  };
}

/**
 * Runs the real connector over a dry-run client, so the preview is, call for call, what sending
 * this lead would do now. A connector failure becomes the preview's error; anything else is a bug
 * and is thrown.
 */
export async function runPreview<Config>(input: {
  connector: Connector<Config>;
  config: Config;
  lead: SampleLead;
  clientId: string;
  /** The one secret the connector reads, and the value it gets (a stand-in without a credential). */
  secretName: string;
  secret: string;
  http: HttpClient & { requests: RecordedRequest[] };
  live: boolean;
  note: string;
}): Promise<PreviewResult> {
  const notes: string[] = [input.note];
  const steps = new Map<string, unknown>();
  let error: string | null = null;
  try {
    await input.connector.send({
      dispatchId: 'preview',
      attempt: 1,
      lead: previewDispatchLead(input.lead, input.clientId),
      config: input.config,
      secret: (name) => (name === input.secretName ? input.secret : ''),
      http: input.http,
      steps: { get: <T>(k: string) => steps.get(k) as T | undefined, set: (k, v) => void steps.set(k, v) },
      note: (text) => notes.push(text),
      signal: new AbortController().signal,
      preview: true,
    });
  } catch (err) {
    if (!(err instanceof ConnectorError)) throw err;
    error = err.message;
  }
  return { live: input.live, requests: input.http.requests, notes, error };
}
