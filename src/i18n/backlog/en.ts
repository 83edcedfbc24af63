/** An integration's queue as it drains: Send Leads and Logs. */
export const backlogEn = {
  backlog: {
    panelTitle: 'Sending now',
    panelHint: 'Leads waiting for each integration, and how fast they are leaving.',
    label: 'Queue of {{name}}',
    modes: {
      bulk: 'Sending in bulk: batch {{current}} of {{total}}',
      bulkStarting: 'Sending in bulk',
      per_contact: 'Sending one lead at a time',
      idle: 'Everything is sent',
    },
    waiting_one: '{{n}} waiting',
    waiting_other: '{{n}} waiting',
    sending_one: '{{n}} being sent',
    sending_other: '{{n}} being sent',
    held_one: '{{n}} on hold',
    held_other: '{{n}} on hold',
    eta: 'about {{time}} left',
    etaUnknown: 'working out the time left…',
    pace: '{{rate}} leads a minute',
    limit: '{{percent}} of the account’s limit ({{limit}} requests a second)',
    limitHint:
      'Every integration and app using this account shares its limit. Zero Bad Leads keeps a little of it free for them.',
    reasons: {
      // The only setting a bulk import cannot honour today (ActiveCampaign's), see docs/crm/activecampaign.md §14.
      setting:
        'One at a time: this integration re-subscribes contacts who unsubscribed, which a bulk import cannot do.',
      check: 'One at a time: the check before a bulk import found a problem. {{message}}',
    },
    progress: 'Batches sent',
    attempt: {
      badge: 'Import #{{number}}',
      contacts_one: '{{n}} lead in the import',
      contacts_other: '{{n}} leads in the import',
      failed_one: '{{count}} reported as failed',
      failed_other: '{{count}} reported as failed',
      remoteId: 'The CRM’s id for this import (batch id): {{id}}',
      states: {
        recorded: 'waiting for the CRM to take it',
        submitted: 'being processed by the CRM',
        following: 'last steps',
        done: 'completed',
        refused: 'refused by the CRM',
        failed: 'failed',
      },
    },
    duration: {
      seconds_one: '{{count}} second',
      seconds_other: '{{count}} seconds',
      minutes_one: '{{count}} minute',
      minutes_other: '{{count}} minutes',
      hours: '{{hours}} h {{minutes}} min',
    },
  },
} as const;
