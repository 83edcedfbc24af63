/**
 * A score's bounds and the disqualifiers, without zod: the import's worker thread scores leads with
 * these and never loads the schemas (docs/architecture.md, "Memory").
 */

export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

/**
 * Bad data no score makes up for: a lead with any of these enabled is not qualified (not sent to
 * the CRMs), whatever its points, until the value is corrected. On by default; an agency may turn
 * one off in the profile editor (say, a client that calls no one and does not mind a bad phone).
 */
export const DISQUALIFIERS = ['invalidEmail', 'emailTypo', 'invalidPhone', 'invalidCnpj'] as const;
export type Disqualifier = (typeof DISQUALIFIERS)[number];

export const DEFAULT_DISQUALIFY: Readonly<Record<Disqualifier, boolean>> = {
  invalidEmail: true,
  emailTypo: true,
  invalidPhone: true,
  invalidCnpj: true,
};
