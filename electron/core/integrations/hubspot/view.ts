import { hubspotConfigInputSchema, type HubspotConfigView } from '#contract/hubspot';

/** The stored config as the renderer sees it (it holds no secret: those are in the vault). */
export function hubspotConfigView(config: unknown): HubspotConfigView {
  return hubspotConfigInputSchema.parse(config);
}
