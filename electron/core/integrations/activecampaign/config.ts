import type { z } from 'zod';
import { acConfigInputSchema, type AcFieldRef } from '#contract/activecampaign';
import type { DispatchLead } from '../connector';
import { normalizeApiUrl } from './url';
import { nameKey } from './tag-names';

/**
 * The AC integration's config document (stored as `integrations.config`). Its shape is the
 * contract's, so the wizard validates the same form; this adds what needs the core: the API URL
 * made canonical, and no list or custom field picked twice.
 */
export const acConfigSchema = acConfigInputSchema
  .superRefine((config, ctx) => {
    const url = normalizeApiUrl(config.apiUrl);
    if (!url.ok) ctx.addIssue({ code: 'custom', path: ['apiUrl'], message: url.reason });
    const lists = new Set<string>();
    config.lists.forEach((list, i) => {
      if (lists.has(list.id)) ctx.addIssue({ code: 'custom', path: ['lists', i, 'id'], message: 'duplicate' });
      lists.add(list.id);
    });
    const fields = new Set<string>();
    config.mapping.fields.forEach((m, i) => {
      if (fields.has(m.field.id)) {
        ctx.addIssue({ code: 'custom', path: ['mapping', 'fields', i, 'field'], message: 'duplicate' });
      }
      fields.add(m.field.id);
    });
  })
  .transform((config) => {
    const url = normalizeApiUrl(config.apiUrl);
    return { ...config, apiUrl: url.ok ? url.apiUrl : config.apiUrl };
  });

export type AcConfig = z.output<typeof acConfigSchema>;

/** Marks a "Send test lead" contact in AC, so it is easy to find and delete. */
export const TEST_LEAD_TAG = 'zbl-test-lead';

/**
 * Fixed tags, then the lead's score tag, then the test tag for a test lead; case-insensitive
 * duplicates dropped (AC sees them as one).
 */
export function tagsForLead(config: AcConfig, lead: Pick<DispatchLead, 'scoreRange' | 'isTest'>): string[] {
  const names = [...config.fixedTags];
  if (config.scoreTags.enabled && lead.scoreRange !== null) {
    const tag = config.scoreTags.byRange[lead.scoreRange];
    if (tag !== undefined) names.push(tag);
  }
  if (lead.isTest) names.push(TEST_LEAD_TAG);
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = nameKey(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type { AcFieldRef };
