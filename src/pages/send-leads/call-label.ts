import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { callLabelsEn } from '../../i18n/calls/en';

type CallLabelKey = keyof (typeof callLabelsEn)['callLabels'];

/**
 * The core names each CRM call in English ("create tag “x”"), in its logs and error messages
 * alike; the page shows them in the user's language. A name it does not know is shown as it is.
 */
const PATTERNS: ReadonlyArray<readonly [RegExp, CallLabelKey]> = [
  [/^check connection$/, 'checkConnection'],
  [/^sync contact$/, 'syncContact'],
  [/^create contact$/, 'createContact'],
  [/^bulk import$/, 'bulkImport'],
  [/^bulk import status$/, 'bulkImportStatus'],
  [/^read list memberships$/, 'readListMemberships'],
  [/^list lists$/, 'listLists'],
  [/^list tags$/, 'listTags'],
  [/^list custom fields$/, 'listCustomFields'],
  [/^create tag "(.*)"$/, 'createTag'],
  [/^create list "(.*)"$/, 'createList'],
  [/^add tag "(.*)"$/, 'addTag'],
  [/^add to list "(.*)"$/, 'addToList'],
  [/^create custom field "(.*)"$/, 'createCustomField'],
  [/^find account$/, 'findAccount'],
  [/^create account "(.*)"$/, 'createAccount'],
  [/^link contact to account "(.*)"$/, 'linkAccount'],
  [/^read account details$/, 'readAccountDetails'],
  [/^list contact properties$/, 'listContactProperties'],
  [/^create contact property "(.*)"$/, 'createContactProperty'],
  [/^upsert contact$/, 'upsertContact'],
  [/^update contact$/, 'updateContact'],
  [/^find company "(.*)"$/, 'findCompany'],
  [/^create company "(.*)"$/, 'createCompany'],
  [/^read the connected user$/, 'readConnectedUser'],
  [/^list lead labels$/, 'listLeadLabels'],
  [/^create lead label "(.*)"$/, 'createLeadLabel'],
  [/^list person fields$/, 'listPersonFields'],
  [/^find person (.*)$/, 'findPerson'],
  [/^create person$/, 'createPerson'],
  [/^update person$/, 'updatePerson'],
  [/^find organization "(.*)"$/, 'findOrganization'],
  [/^create organization "(.*)"$/, 'createOrganization'],
  [/^list the person’s leads$/, 'listPersonLeads'],
  [/^create lead$/, 'createLead'],
  [/^deliver lead$/, 'deliverLead'],
  [/^add a note to the person$/, 'addPersonNote'],
  [/^renew the access token$/, 'renewAccessToken'],
];

/** Which translated name a call label has, and the name it quotes (a tag, a list…), if any. */
export function matchCallLabel(label: string): { key: CallLabelKey; name: string } | null {
  for (const [pattern, key] of PATTERNS) {
    const match = pattern.exec(label);
    if (match) return { key, name: match[1] ?? '' };
  }
  return null;
}

export function useCallLabel(): (label: string | null) => string | null {
  const { t } = useTranslation();
  return useCallback(
    (label) => {
      if (label === null) return null;
      const found = matchCallLabel(label);
      return found ? t(`callLabels.${found.key}`, { name: found.name, interpolation: { escapeValue: false } }) : label;
    },
    [t],
  );
}
