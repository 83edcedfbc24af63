import type { DispatchLead, StepProgress } from '../connector';

/**
 * What the user chose for one test lead in the "Send test lead" panel. It travels in the dispatch's
 * stored steps (under `DISPATCH_OPTIONS_STEP`, written when the dispatch is created and kept by a
 * resend), so every attempt, after a restart too, sends the lead the way the user asked.
 */
export interface TestLeadOptions {
  /** Find or create the test lead's company (account, organization) in the CRM, as for a real lead. */
  createCompany: boolean;
}

/** The step key the dispatch engine keeps across resends; every other step is progress. */
export const DISPATCH_OPTIONS_STEP = 'options';

/** The steps a test dispatch starts with. */
export function testLeadSteps(options: TestLeadOptions): Record<string, unknown> {
  return { [DISPATCH_OPTIONS_STEP]: { createCompany: options.createCompany } };
}

/**
 * Whether this send finds or creates the lead's company in the CRM (when the mapping asks for it):
 * always for a real lead; for a test lead only when the user asked, so testing leaves no company
 * "Zero Bad Leads (test)" behind in the client's CRM.
 */
export function companyWanted(ctx: { lead: Pick<DispatchLead, 'isTest'>; steps: StepProgress }): boolean {
  if (!ctx.lead.isTest) return true;
  return ctx.steps.get<Partial<TestLeadOptions>>(DISPATCH_OPTIONS_STEP)?.createCompany === true;
}

/** The attempt's note when a test lead's company was left out, naming the record as the CRM calls it. */
export function testCompanySkipped(
  company: string,
  record: 'account' | 'company' | 'organization',
  crm: string,
): string {
  return `Test lead: the ${record} "${company}" was not looked up or created in ${crm}; ask for it in the test lead panel to test that step too.`;
}
