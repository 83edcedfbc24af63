import { z } from 'zod';
import { fieldKey, LEAD_EXTRA_LIMITS, LEAD_TEXT_LIMITS, utmKey } from './lead-fields';
import { cleanText, stripControls } from './text';

/**
 * A lead as it arrives, from a CSV row, the manual form or (later) the local API. Only shape and
 * size are checked here; whether the e-mail or phone is any good is validation's job, and a lead
 * with a bad phone is still a lead. Failures carry stable reason tokens as messages.
 */

/**
 * Cleaned text, or undefined when nothing visible is left. Invisible control characters are
 * kept here so validation can remove them and say so on the lead; a value made only of them is
 * blank (it cannot reach anyone).
 */
const blankToUndefined = (v: string | number | null | undefined): string | undefined => {
  if (v === null || v === undefined) return undefined;
  const text = cleanText(String(v));
  return text === '' || stripControls(text).text === '' ? undefined : text;
};

function optionalText(max: number, acceptNumbers = false) {
  // Phones and CNPJs reach the local API as numbers from careless integrations.
  const raw = acceptNumbers ? z.union([z.string(), z.number()]) : z.string();
  return raw
    .nullish()
    .transform(blankToUndefined)
    .pipe(z.string().max(max, { error: 'too_long' }).optional());
}

function extraFields(key: (label: string) => string) {
  return z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .nullish()
    .transform((record, ctx) => {
      const out: Record<string, string> = {};
      for (const [label, value] of Object.entries(record ?? {})) {
        const k = key(label);
        const text = blankToUndefined(typeof value === 'boolean' ? String(value) : value);
        if (k === '' || text === undefined) continue;
        if (text.length > LEAD_EXTRA_LIMITS.value) {
          ctx.addIssue({ code: 'custom', message: 'too_long', path: [label] });
          continue;
        }
        out[k] = text;
      }
      if (Object.keys(out).length > LEAD_EXTRA_LIMITS.entries) ctx.addIssue({ code: 'custom', message: 'too_many' });
      return out;
    });
}

export const leadInputSchema = z
  .object({
    fullName: optionalText(LEAD_TEXT_LIMITS.fullName),
    email: optionalText(LEAD_TEXT_LIMITS.email),
    phone: optionalText(LEAD_TEXT_LIMITS.phone, true),
    company: optionalText(LEAD_TEXT_LIMITS.company),
    cnpj: optionalText(LEAD_TEXT_LIMITS.cnpj, true),
    jobTitle: optionalText(LEAD_TEXT_LIMITS.jobTitle),
    city: optionalText(LEAD_TEXT_LIMITS.city),
    state: optionalText(LEAD_TEXT_LIMITS.state),
    source: optionalText(LEAD_TEXT_LIMITS.source),
    utm: extraFields(utmKey),
    custom: extraFields(fieldKey),
  })
  .superRefine((lead, ctx) => {
    // Nobody can be contacted without one of them, whatever else the row holds.
    if (lead.email === undefined && lead.phone === undefined) {
      ctx.addIssue({ code: 'custom', message: 'no_contact', path: ['email'] });
    }
  });

export type LeadInputRaw = z.input<typeof leadInputSchema>;
export type LeadInput = z.output<typeof leadInputSchema>;
