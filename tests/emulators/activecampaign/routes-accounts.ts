import { z } from 'zod';
import type { ApiRequest, ApiResponse, Route } from './api';
import { fieldError, notFound, requiredField } from './errors';
import { accountContactJson, accountJson } from './serialize';
import type { AcAccountState } from './state';
import type { AccountRecord } from './types';
import { asId, isRecord, matchesOp, paginate } from './util';

const AccountBody = z.object({
  account: z.object({
    name: z.string().trim().min(1).optional(),
    accountUrl: z.string().nullish(),
    owner: z.union([z.string(), z.number()]).optional(),
    fields: z
      .array(
        z.object({ customFieldId: z.union([z.string(), z.number()]), fieldValue: z.union([z.string(), z.number()]) }),
      )
      .optional(),
  }),
});

function contactCount(state: AcAccountState, accountId: string): number {
  let n = 0;
  for (const link of state.accountContacts.values()) if (link.account === accountId) n++;
  return n;
}

/** GET /accounts: `search` is a contains match on the name. */
function listAccounts(req: ApiRequest): ApiResponse {
  let accounts: AccountRecord[] = [...req.state.accounts.values()];
  const search = req.query.get('search');
  if (search !== null) accounts = accounts.filter((a) => matchesOp(a.name, 'contains', search));
  const page = paginate(accounts, req.query, { defaultLimit: 20, maxLimit: 100 });
  return {
    status: 200,
    body: {
      accounts: page.items.map((a) => accountJson(req.apiUrl, a, contactCount(req.state, a.id))),
      meta: { total: page.total },
    },
  };
}

function createAccount(req: ApiRequest): ApiResponse {
  const parsed = AccountBody.safeParse(req.body);
  const input = parsed.success ? parsed.data.account : undefined;
  if (input?.name === undefined) return requiredField('name');
  if (req.state.findAccountByName(input.name)) {
    return fieldError('duplicate', 'name', `An account named "${input.name}" already exists`);
  }
  const account = req.state.createAccount({
    name: input.name,
    accountUrl: input.accountUrl ?? null,
    owner: input.owner === undefined ? req.user.id : String(input.owner),
    fields: (input.fields ?? []).map((f) => ({
      customFieldId: String(f.customFieldId),
      fieldValue: String(f.fieldValue),
    })),
  });
  return { status: 201, body: { account: accountJson(req.apiUrl, account, 0) } };
}

/** POST /accountContacts: a contact may belong to one account only. */
function linkContact(req: ApiRequest): ApiResponse {
  const envelope = isRecord(req.body) && isRecord(req.body.accountContact) ? req.body.accountContact : {};
  const accountId = asId(envelope.account);
  if (accountId === undefined) return requiredField('account');
  const contactId = asId(envelope.contact);
  if (contactId === undefined) return requiredField('contact');
  if (!req.state.accounts.has(accountId)) return notFound('Account not found');
  if (!req.state.contacts.has(contactId)) return notFound('Contact not found');
  if (req.state.accountLinkOf(contactId)) {
    return fieldError('field_invalid', 'contact', 'We currently do not support contacts on multiple accounts');
  }
  const jobTitle = typeof envelope.jobTitle === 'string' ? envelope.jobTitle : null;
  const link = req.state.linkAccount(accountId, contactId, jobTitle);
  return { status: 201, body: { accountContact: accountContactJson(req.apiUrl, link) } };
}

export const accountRoutes: Route[] = [
  { method: 'GET', pattern: '/accounts', handler: listAccounts },
  { method: 'POST', pattern: '/accounts', handler: createAccount },
  { method: 'POST', pattern: '/accountContacts', handler: linkContact },
];
