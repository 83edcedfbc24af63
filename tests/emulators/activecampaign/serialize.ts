/**
 * Wire shapes. They follow the spec's examples closely (string ids, string
 * flags such as "0"/"1", `links` objects, nulls where AC sends nulls) so a
 * client that works here does not trip on the real payloads.
 */
import type {
  AccountContactRecord,
  AccountRecord,
  ContactListRecord,
  ContactRecord,
  ContactTagRecord,
  FieldRecord,
  FieldRelRecord,
  FieldValueRecord,
  ListRecord,
  TagRecord,
  UserRecord,
} from './types';

type Json = Record<string, unknown>;

function links(base: string, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, `${base}/${n}`]));
}

export function userJson(api: string, u: UserRecord): Json {
  return {
    username: u.username,
    firstName: u.firstName,
    lastName: u.lastName,
    email: u.email,
    phone: u.phone,
    signature: u.signature,
    links: links(`${api}/users/${u.id}`, [
      'lists',
      'userGroup',
      'dealGroupTotals',
      'dealGroupUsers',
      'configs',
      'dealConnection',
    ]),
    id: u.id,
  };
}

export function contactJson(api: string, c: ContactRecord, fieldValueIds: string[]): Json {
  return {
    cdate: c.cdate,
    email: c.email,
    phone: c.phone,
    firstName: c.firstName,
    lastName: c.lastName,
    orgid: '0',
    orgname: '',
    segmentio_id: '',
    bounced_hard: '0',
    bounced_soft: '0',
    bounced_date: null,
    ip: '0',
    ua: null,
    hash: '',
    socialdata_lastcheck: null,
    email_local: '',
    email_domain: '',
    sentcnt: '0',
    rating_tstamp: null,
    gravatar: '0',
    deleted: '0',
    anonymized: '0',
    adate: null,
    udate: c.udate,
    edate: null,
    deleted_at: null,
    created_utc_timestamp: c.cdate,
    updated_utc_timestamp: c.udate,
    links: links(`${api}/contacts/${c.id}`, [
      'bounceLogs',
      'contactAutomations',
      'contactData',
      'contactGoals',
      'contactLists',
      'contactLogs',
      'contactTags',
      'contactDeals',
      'deals',
      'fieldValues',
      'geoIps',
      'notes',
      'organization',
      'plusAppend',
      'trackingLogs',
      'scoreValues',
      'accountContacts',
    ]),
    fieldValues: fieldValueIds,
    id: c.id,
    organization: null,
  };
}

export function fieldValueJson(api: string, fv: FieldValueRecord): Json {
  return {
    contact: fv.contact,
    field: fv.field,
    value: fv.value,
    cdate: fv.cdate,
    udate: fv.udate,
    created_by: null,
    updated_by: null,
    links: { owner: `${api}/fieldValues/${fv.id}/owner`, field: `${api}/fieldValues/${fv.id}/field` },
    id: fv.id,
    owner: fv.contact,
  };
}

export function tagJson(api: string, t: TagRecord): Json {
  return {
    tagType: t.tagType,
    tag: t.tag,
    description: t.description,
    cdate: t.cdate,
    links: links(`${api}/tags/${t.id}`, ['contactGoalTags']),
    id: t.id,
  };
}

export function contactTagJson(api: string, ct: ContactTagRecord): Json {
  return {
    cdate: ct.cdate,
    contact: ct.contact,
    id: ct.id,
    links: links(`${api}/contactTags/${ct.id}`, ['contact', 'tag']),
    tag: ct.tag,
  };
}

export function listJson(api: string, l: ListRecord): Json {
  return {
    stringid: l.stringid,
    userid: l.userid,
    name: l.name,
    cdate: l.cdate,
    p_use_tracking: '1',
    p_use_analytics_read: '0',
    p_use_analytics_link: '0',
    p_embed_image: '1',
    p_use_captcha: '1',
    send_last_broadcast: '0',
    private: '0',
    carboncopy: null,
    subscription_notify: null,
    unsubscription_notify: null,
    require_name: '0',
    get_unsubscribe_reason: '0',
    to_name: 'Subscriber',
    optinoptout: '1',
    sender_url: '',
    sender_reminder: '',
    optinmessageid: '0',
    optoutconf: '0',
    deletestamp: null,
    udate: null,
    links: links(`${api}/lists/${l.id}`, ['contactGoalLists', 'user', 'addressLists']),
    id: l.id,
    user: l.userid,
  };
}

export function contactListJson(api: string, cl: ContactListRecord, contact: ContactRecord): Json {
  return {
    contact: cl.contact,
    list: cl.list,
    form: null,
    seriesid: '0',
    sdate: cl.sdate,
    udate: cl.udate,
    status: cl.status,
    responder: '1',
    sync: '0',
    unsubreason: null,
    campaign: null,
    message: null,
    first_name: contact.firstName,
    last_name: contact.lastName,
    ip4Sub: '0',
    sourceid: cl.sourceid,
    autosyncLog: null,
    ip4_last: '0',
    ip4Unsub: '0',
    unsubscribeAutomation: null,
    links: links(`${api}/contactLists/${cl.id}`, [
      'automation',
      'list',
      'contact',
      'form',
      'autosyncLog',
      'campaign',
      'unsubscribeAutomation',
      'message',
    ]),
    id: cl.id,
    automation: null,
  };
}

export function fieldJson(api: string, f: FieldRecord): Json {
  return {
    title: f.title,
    descript: f.descript,
    type: f.type,
    isrequired: '0',
    perstag: f.perstag,
    defval: f.defval,
    show_in_list: '0',
    rows: '0',
    cols: '0',
    visible: f.visible ? '1' : '0',
    service: '',
    ordernum: f.ordernum,
    cdate: f.cdate,
    udate: f.udate,
    options: [],
    relations: [],
    links: links(`${api}/fields/${f.id}`, ['options', 'relations']),
    id: f.id,
  };
}

export function fieldRelJson(r: FieldRelRecord): Json {
  return { relid: r.relid, field: r.field, cdate: r.cdate, links: [], id: r.id };
}

export function accountJson(api: string, a: AccountRecord, contactCount: number): Json {
  return {
    name: a.name,
    accountUrl: a.accountUrl,
    owner: a.owner,
    createdTimestamp: a.createdTimestamp,
    updatedTimestamp: a.updatedTimestamp,
    contactCount: String(contactCount),
    dealCount: '0',
    fields: a.fields.map((f) => ({ customFieldId: Number(f.customFieldId), fieldValue: f.fieldValue })),
    links: links(`${api}/accounts/${a.id}`, ['notes', 'accountCustomFieldData', 'accountContacts']),
    id: a.id,
  };
}

export function accountContactJson(api: string, ac: AccountContactRecord): Json {
  return {
    contact: ac.contact,
    account: ac.account,
    jobTitle: ac.jobTitle,
    createdTimestamp: ac.createdTimestamp,
    updatedTimestamp: ac.updatedTimestamp,
    links: links(`${api}/accountContacts/${ac.id}`, ['account', 'contact']),
    id: ac.id,
  };
}
