import type { callLabelsEn } from '../../i18n/calls/en';
import { matchCallLabel } from './call-label';

type CallLabelKey = keyof (typeof callLabelsEn)['callLabels'];

/** What a call is about; a preview shows the calls of one subject together. */
export const callSubjects = [
  'contact',
  'person',
  'tags',
  'lists',
  'fields',
  'account',
  'company',
  'organization',
  'labels',
  'lead',
  'bulk',
  'other',
] as const;
export type CallSubject = (typeof callSubjects)[number];

const SUBJECTS: Record<CallLabelKey, CallSubject> = {
  checkConnection: 'other',
  readConnectedUser: 'other',
  syncContact: 'contact',
  createContact: 'contact',
  bulkImport: 'bulk',
  bulkImportStatus: 'bulk',
  upsertContact: 'contact',
  updateContact: 'contact',
  readListMemberships: 'lists',
  listLists: 'lists',
  addToList: 'lists',
  listTags: 'tags',
  createTag: 'tags',
  createList: 'lists',
  addTag: 'tags',
  listCustomFields: 'fields',
  createCustomField: 'fields',
  listContactProperties: 'fields',
  createContactProperty: 'fields',
  listPersonFields: 'fields',
  findAccount: 'account',
  createAccount: 'account',
  linkAccount: 'account',
  readAccountDetails: 'account',
  findCompany: 'company',
  createCompany: 'company',
  findOrganization: 'organization',
  createOrganization: 'organization',
  findPerson: 'person',
  createPerson: 'person',
  updatePerson: 'person',
  listLeadLabels: 'labels',
  createLeadLabel: 'labels',
  listPersonLeads: 'lead',
  createLead: 'lead',
  deliverLead: 'lead',
  addPersonNote: 'person',
  renewAccessToken: 'other',
};

export function callSubject(label: string | null): CallSubject {
  const found = label === null ? null : matchCallLabel(label);
  return found ? SUBJECTS[found.key] : 'other';
}

export interface CallGroup<T> {
  subject: CallSubject;
  /** The position of the group's first call in the whole sequence (0-based), so calls keep their numbers. */
  start: number;
  calls: T[];
}

/** Consecutive calls about the same subject, in order; a subject met again later starts a new group. */
export function groupCalls<T extends { label: string | null }>(calls: readonly T[]): CallGroup<T>[] {
  const groups: CallGroup<T>[] = [];
  calls.forEach((call, index) => {
    const subject = callSubject(call.label);
    const last = groups.at(-1);
    if (last?.subject === subject) last.calls.push(call);
    else groups.push({ subject, start: index, calls: [call] });
  });
  return groups;
}
