import type { z } from 'zod';
import { pipedriveConfigInputSchema, type PipedriveConfigView } from '#contract/pipedrive';
import { AppError } from '../../errors';
import { configIssues } from '../shared/config-issues';
import { normalizePipedriveApiUrl, PIPEDRIVE_URL_MESSAGES } from './url';

/**
 * The Pipedrive integration's config document (`integrations.config`): the contract's shape, with
 * the API address made canonical and no person field mapped twice (Pipedrive would keep only one).
 */
export const pipedriveConfigSchema = pipedriveConfigInputSchema
  .superRefine((config, ctx) => {
    const url = normalizePipedriveApiUrl(config.apiUrl);
    if (!url.ok) ctx.addIssue({ code: 'custom', path: ['apiUrl'], message: url.reason });
    const seen = new Set<string>();
    config.mapping.fields.forEach((m, i) => {
      if (seen.has(m.field.key)) {
        ctx.addIssue({ code: 'custom', path: ['mapping', 'fields', i, 'field'], message: 'duplicate' });
      }
      seen.add(m.field.key);
    });
  })
  .transform((config) => {
    const url = normalizePipedriveApiUrl(config.apiUrl);
    return { ...config, apiUrl: url.ok ? url.apiUrl : config.apiUrl };
  });

export type PipedriveConfig = z.output<typeof pipedriveConfigSchema>;

/** `at` prefixes the issues' paths with where the config sits in the caller's input. */
export function parsePipedriveConfig(raw: unknown, at: string[] = []): PipedriveConfig {
  const parsed = pipedriveConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = configIssues(parsed.error, {
      ...PIPEDRIVE_URL_MESSAGES,
      duplicate: 'This Pipedrive field is mapped twice.',
    }).map((i) => ({ ...i, path: [...at, ...i.path] }));
    throw new AppError('invalid_input', 'Some settings of the integration are not valid.', { issues });
  }
  return parsed.data;
}

/** The stored config as the renderer sees it (it holds no secret: those are in the vault). */
export function pipedriveConfigView(config: unknown): PipedriveConfigView {
  return pipedriveConfigInputSchema.parse(config);
}
