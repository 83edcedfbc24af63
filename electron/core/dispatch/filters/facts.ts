import { emailKinds, type EmailKind } from '#contract';
import type { DispatchLead } from '../../integrations/connector';
import { validateCnpj } from '../../leads/validation/cnpj';
import { validateEmail } from '../../leads/validation/email';
import { toUf } from '../../leads/validation/uf';

/** A lead as filters see it: its values plus what validation said of it when it came in. */
export interface FilterSubject {
  lead: DispatchLead;
  /** `leads.validation` as stored; null for leads stored without it. */
  validation: unknown;
}

export interface LeadFacts {
  emailKind: EmailKind | null;
  cnpjValid: boolean;
  uf: string | null;
}

function read(validation: unknown, field: string, key: string): unknown {
  if (typeof validation !== 'object' || validation === null) return undefined;
  const part = (validation as Record<string, unknown>)[field];
  return typeof part === 'object' && part !== null ? (part as Record<string, unknown>)[key] : undefined;
}

/**
 * The stored validation wins (it applied the client's allowlist of corporate domains when the
 * lead came in); a lead stored without one is checked now with the same validators.
 */
export function leadFacts({ lead, validation }: FilterSubject): LeadFacts {
  const storedKind = read(validation, 'email', 'kind');
  const storedCnpj = read(validation, 'cnpj', 'valid');
  const storedUf = read(validation, 'state', 'uf');
  const checked = (emailKinds as readonly unknown[]).includes(storedKind) ? null : validateEmail(lead.email).kind;
  return {
    // A probable typo of a free provider is none of the kinds a filter names.
    emailKind: (emailKinds as readonly unknown[]).includes(storedKind)
      ? (storedKind as EmailKind)
      : checked === 'typo'
        ? null
        : checked,
    cnpjValid: typeof storedCnpj === 'boolean' ? storedCnpj : lead.cnpj ? validateCnpj(lead.cnpj).valid : false,
    uf: typeof storedUf === 'string' ? storedUf : toUf(lead.state),
  };
}
