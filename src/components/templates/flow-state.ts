import type {
  ClientTemplate,
  IntegrationPlan,
  IntegrationResolution,
  RemoteKind,
  ResolutionChoice,
  TemplateAccount,
} from '#contract';

/** Which account an AC integration of the template takes in one target client, as the form holds it. */
export type AccountDraft =
  | { kind: 'same' }
  | { kind: 'integration'; integrationId: string | null }
  | { kind: 'key'; apiUrl: string; apiKey: string };

/** A client that receives the template; `clientId` null: a new client, created when importing. */
export interface FlowTarget {
  clientId: string | null;
  name: string;
}

/** The integration a copy is made from: "the same account" reuses its stored key. */
export interface CopySource {
  integrationId: string;
  name: string;
  hint: string | null;
}

export type Choices = Record<string, ResolutionChoice>;

export const choiceKey = (kind: RemoteKind, name: string): string => `${kind}:${name}`;

export function acRefs(template: ClientTemplate): Array<{ ref: string; name: string }> {
  return template.integrations.filter((i) => i.type === 'activecampaign').map((i) => ({ ref: i.ref, name: i.name }));
}

export function accountOf(draft: AccountDraft | undefined, source: CopySource | null): TemplateAccount | null {
  if (!draft) return null;
  if (draft.kind === 'same') return source ? { kind: 'integration', integrationId: source.integrationId } : null;
  if (draft.kind === 'integration') {
    return draft.integrationId ? { kind: 'integration', integrationId: draft.integrationId } : null;
  }
  return draft.apiUrl.trim() !== '' && draft.apiKey.trim() !== ''
    ? { kind: 'key', apiUrl: draft.apiUrl, apiKey: draft.apiKey }
    : null;
}

/** "Create it" is offered first: the usual answer when a client's account is new. */
export function defaultChoices(resolutions: readonly IntegrationResolution[]): Record<string, Choices> {
  return Object.fromEntries(
    resolutions.map((r) => [
      r.ref,
      Object.fromEntries(
        r.items
          .filter((i) => i.match === null)
          .map((i) => [choiceKey(i.kind, i.name), { kind: i.kind, name: i.name, action: 'create' as const }]),
      ),
    ]),
  );
}

export function isComplete(choices: Choices): boolean {
  return Object.values(choices).every((c) => c.action !== 'pick' || c.pick !== undefined);
}

export function plansOf(
  template: ClientTemplate,
  accounts: Record<string, TemplateAccount | null>,
  choices: Record<string, Choices>,
  secrets: Record<string, Record<string, string>>,
): IntegrationPlan[] {
  return template.integrations.map((i) => {
    const account = accounts[i.ref];
    return {
      ref: i.ref,
      ...(account ? { account } : {}),
      choices: Object.values(choices[i.ref] ?? {}),
      secretHeaders: secrets[i.ref] ?? {},
    };
  });
}
