import type { IntegrationDetail, RecordedCall } from '#contract';

/** An OAuth token renewal recorded between a call refused with 401 and its repeat, not a call to the tool. */
export function isRenewal(call: RecordedCall): boolean {
  return call.kind === 'token_renewal';
}

/** A call the tool accepted: it answered, with a 2xx. */
export function succeeded(call: RecordedCall): boolean {
  return call.error === null && call.status !== null && call.status >= 200 && call.status < 300;
}

/** What one attempt did, counted as the summary says it: calls to the tool, how many it accepted, renewals. */
export function tally(calls: readonly RecordedCall[]): { requests: number; accepted: number; renewed: number } {
  const requests = calls.filter((c) => !isRenewal(c));
  return {
    requests: requests.length,
    accepted: requests.filter(succeeded).length,
    renewed: calls.filter((c) => isRenewal(c) && c.error === null).length,
  };
}

/** Whether the integration finds or creates the lead's company (account, organization) at all. */
export function hasCompanyStep(detail: IntegrationDetail): boolean {
  switch (detail.type) {
    case 'activecampaign':
      return detail.config.mapping.companyToAccount;
    case 'hubspot':
      return detail.config.mapping.associateCompany;
    case 'pipedrive':
      return detail.config.mapping.organization;
    case 'webhook':
      return false;
  }
}
