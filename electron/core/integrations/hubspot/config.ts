import type { z } from 'zod';
import { hubspotConfigInputSchema } from '#contract/hubspot';
import { AppError } from '../../errors';
import { configIssues } from '../shared/config-issues';
import { HUBSPOT_URL_MESSAGES, normalizeHubspotApiUrl } from './url';

/**
 * The HubSpot integration's config document (`integrations.config`): the contract's shape, with
 * the API address made canonical and no property mapped twice (HubSpot would keep only one value).
 */
export const hubspotConfigSchema = hubspotConfigInputSchema
  .superRefine((config, ctx) => {
    const url = normalizeHubspotApiUrl(config.apiUrl);
    if (!url.ok) ctx.addIssue({ code: 'custom', path: ['apiUrl'], message: url.reason });
    const seen = new Set<string>(['email']);
    config.mapping.properties.forEach((m, i) => {
      if (seen.has(m.property.name)) {
        ctx.addIssue({ code: 'custom', path: ['mapping', 'properties', i, 'property'], message: 'duplicate' });
      }
      seen.add(m.property.name);
    });
  })
  .transform((config) => {
    const url = normalizeHubspotApiUrl(config.apiUrl);
    return { ...config, apiUrl: url.ok ? url.apiUrl : config.apiUrl };
  });

export type HubspotConfig = z.output<typeof hubspotConfigSchema>;

/** `at` prefixes the issues' paths with where the config sits in the caller's input. */
export function parseHubspotConfig(raw: unknown, at: string[] = []): HubspotConfig {
  const parsed = hubspotConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = configIssues(parsed.error, {
      ...HUBSPOT_URL_MESSAGES,
      duplicate: 'This HubSpot property is mapped twice.',
    }).map((i) => ({ ...i, path: [...at, ...i.path] }));
    throw new AppError('invalid_input', 'Some settings of the integration are not valid.', { issues });
  }
  return parsed.data;
}
