/**
 * Records the emulator keeps in memory. They hold only what the routes need;
 * the wire shapes (with AC's many extra attributes and links) are built in
 * serialize.ts so the records stay easy to assert on.
 *
 * Every id is a decimal string because AC returns ids as strings.
 */

export type Clock = () => number;

export interface UserRecord {
  id: string;
  username: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  signature: string | null;
}

export interface ContactRecord {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  cdate: string;
  udate: string;
}

export interface FieldValueRecord {
  id: string;
  contact: string;
  field: string;
  value: string;
  cdate: string;
  udate: string;
}

export type TagType = 'contact' | 'template';

export interface TagRecord {
  id: string;
  tag: string;
  tagType: TagType;
  description: string;
  cdate: string;
}

export interface ContactTagRecord {
  id: string;
  contact: string;
  tag: string;
  cdate: string;
}

export interface ListRecord {
  id: string;
  name: string;
  stringid: string;
  userid: string;
  cdate: string;
  /**
   * Emulator-only flag. AC's API has no "archived" attribute on lists; the
   * product guide says archived lists refuse new contacts, so the emulator
   * hides them from GET /lists and refuses POST /contactLists with a 422.
   */
  archived: boolean;
}

export type ContactListStatus = '1' | '2';

export interface ContactListRecord {
  id: string;
  contact: string;
  list: string;
  status: ContactListStatus;
  sourceid: string;
  sdate: string;
  udate: string;
}

export const FIELD_TYPES = [
  'dropdown',
  'hidden',
  'checkbox',
  'date',
  'text',
  'datetime',
  'textarea',
  'NULL',
  'listbox',
  'radio',
] as const;

export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldRecord {
  id: string;
  title: string;
  type: FieldType;
  descript: string;
  perstag: string;
  defval: string;
  visible: boolean;
  ordernum: string;
  cdate: string;
  udate: string;
}

export interface FieldRelRecord {
  id: string;
  field: string;
  relid: string;
  cdate: string;
}

export interface AccountFieldValue {
  customFieldId: string;
  fieldValue: string;
}

export interface AccountRecord {
  id: string;
  name: string;
  accountUrl: string | null;
  owner: string;
  fields: AccountFieldValue[];
  createdTimestamp: string;
  updatedTimestamp: string;
}

export interface AccountContactRecord {
  id: string;
  account: string;
  contact: string;
  jobTitle: string | null;
  createdTimestamp: string;
  updatedTimestamp: string;
}

/** Data to load into an account, at start-up or later through `seed()`. */
export interface AcSeed {
  /** Names, or `{ name, archived }` to model a list that refuses contacts. */
  lists?: Array<string | { name: string; archived?: boolean }>;
  /** Adds "Lista 01" … "Lista NN" so list pagination has something to page through. */
  extraLists?: number;
  tags?: string[];
  fields?: Array<{ title: string; type?: FieldType; perstag?: string }>;
  /** Company names for the Accounts API. */
  accounts?: string[];
  contacts?: Array<{
    email: string;
    firstName?: string;
    lastName?: string;
    phone?: string;
    /** Tag names; missing tags are created. */
    tags?: string[];
    /** List names; the lists must exist. */
    lists?: string[];
    /** Account (company) name; created when missing. */
    account?: string;
  }>;
}

export interface AcUserSeed {
  username?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
}
