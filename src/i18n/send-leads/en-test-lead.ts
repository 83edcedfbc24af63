/** The "Send test lead" panel (English; pt-BR mirrors the keys). */
export const testLeadEn = {
  testLead: {
    title: 'Send a test lead to {{name}}',
    intro:
      'Creates a sample lead with a reserved example.com address and sends it through the same steps as real leads.',
    /** What marks the test contact in each tool, so it can be found and deleted. */
    marker: {
      activecampaign:
        'In ActiveCampaign the test contact gets the tag “zbl-test-lead”: search the contacts by that tag to find test contacts and delete them.',
      hubspot:
        'In HubSpot the test contact has the checkbox property “Zero Bad Leads test contact” (zbl_test_contact) checked; the app creates that property the first time. Filter the contacts on it to find test contacts and delete them.',
      pipedrive:
        'In Pipedrive the test lead gets the lead label “Zero Bad Leads test” and its person a note saying it is a test. Filter the Leads inbox by that label to find test leads, and delete them with their persons.',
      webhook:
        'The receiving system gets it with the header “X-ZBL-Test: true” and, in the default body, “test”: true, so it can tell test leads apart and drop them.',
    },
    /** The test lead's company, as the core names it in the user's language (leads/test-lead.ts). */
    testCompany: 'Zero Bad Leads (test)',
    /** The opt-in to the company step, by what each tool calls the record. */
    company: {
      activecampaign: 'Also create the account “{{company}}” in ActiveCampaign',
      hubspot: 'Also create the company “{{company}}” in HubSpot',
      pipedrive: 'Also create the organization “{{company}}” in Pipedrive',
    },
    companyHint: {
      activecampaign:
        'Left unchecked, the test lead skips the account step, so testing leaves no account behind in ActiveCampaign. Real leads still get theirs.',
      hubspot:
        'Left unchecked, the test lead skips the company step, so testing leaves no company behind in HubSpot. Real leads still get theirs.',
      pipedrive:
        'Left unchecked, the test lead skips the organization step, so testing leaves no organization behind in Pipedrive. Real leads still get theirs.',
    },
    notes: 'Notes from the last attempt',
    button: 'Send test lead',
    again: 'Send another test lead',
    startFailed: 'The test lead could not be sent',
    contact: 'Test contact:',
    queued: 'Test lead queued…',
    /** Where a test lead goes, by integration type, as a sentence names it. */
    target: {
      activecampaign: 'ActiveCampaign',
      hubspot: 'HubSpot',
      pipedrive: 'Pipedrive',
      webhook: 'the receiving system',
      generic: 'the CRM',
    },
    /** The same, starting a sentence. */
    targetStart: {
      activecampaign: 'ActiveCampaign',
      hubspot: 'HubSpot',
      pipedrive: 'Pipedrive',
      webhook: 'The receiving system',
      generic: 'The CRM',
    },
    sending: 'Sending to {{crm}}…',
    success: {
      title: 'Test lead delivered',
      body_activecampaign: 'Check in ActiveCampaign that {{email}} was created with the correct tags and lists.',
      body_hubspot: 'Check in HubSpot that the contact {{email}} was created or updated with the mapped properties.',
      body_pipedrive:
        'Check in Pipedrive that the person {{email}} and a lead labeled with its score range were created.',
      body_webhook: 'Check on the receiving system that a signed request for {{email}} arrived and verified.',
      calls_one: '{{Crm}} accepted the {{count}} call below.',
      calls_other: '{{Crm}} accepted all {{count}} calls below.',
      /** Some calls were refused on the way (a 401 before a token renewal) and the lead still arrived. */
      partial_one: '{{Crm}} accepted {{accepted}} of the {{count}} call below.',
      partial_other: '{{Crm}} accepted {{accepted}} of the {{count}} calls below.',
      renewed: 'The access token was renewed after a 401, and the refused call was repeated.',
    },
    failed: {
      title: 'The test lead was not delivered',
      unknown: '{{Crm}} did not accept it. The calls below show where it stopped.',
    },
    retrying: {
      title: 'The first attempt failed; it will be retried automatically',
      next: 'Next attempt at {{time}}.',
    },
    held: {
      title: 'The test lead is waiting',
      paused: 'Sending to this integration is paused. Resume it to deliver the test lead.',
      needs_attention: 'This integration needs attention: check its connection, then resume it.',
      offline: 'This computer seems to be offline. The test lead is sent as soon as the connection returns.',
    },
    skipped: {
      title: 'The test lead was skipped',
      body: 'The integration’s filters did not let it through.',
    },
    cancelled: {
      title: 'The test lead was cancelled',
      body: 'It was cancelled before it reached {{crm}}.',
    },
    /** A 401/403, in the words of each tool's connection step. */
    authByType: {
      activecampaign:
        'ActiveCampaign refused the API key. Check that the API Key and API URL are correct, with no extra spaces before or after the pasted values.',
      hubspot:
        'HubSpot refused the sign-in or token. Sign in again (or paste a new private app token) in the connection step, then resume.',
      pipedrive:
        'Pipedrive refused the sign-in or API token. Sign in again (or paste the personal API token again) in the connection step, then resume.',
      webhook:
        'The receiving system refused the request (401/403). Check the signing secret and any extra headers it expects.',
    },
    errorClasses: {
      auth: '{{Crm}} refused the credentials.',
      rate_limited:
        '“Too many requests” (429): {{crm}} is limiting requests. If this persists, check whether other integrations are using the same account at the same time.',
      transient: '{{Crm}} had a temporary problem.',
      permanent: '{{Crm}} refused one of the calls; the list below shows which one and why.',
      offline: 'This computer could not reach {{crm}}.',
    },
    calls: {
      attempt_one: 'Attempt {{number}} · {{count}} call',
      attempt_other: 'Attempt {{number}} · {{count}} calls',
      listLabel: 'Calls of attempt {{number}}',
      none: 'No calls were made.',
      /** A token renewal in the list of calls, between the call refused with 401 and its repeat. */
      renewal: 'Access token renewed',
      renewalFailed: 'The access token could not be renewed',
      renewalBadge: 'Renewed',
      renewalFailedBadge: 'Not renewed',
      renewedAfter: 'Refused with 401: the access token was renewed and this call repeated.',
      renewals_one: '{{count}} token renewal',
      renewals_other: '{{count}} token renewals',
      noAnswer: 'No answer',
      duration: '{{ms}} ms',
    },
  },
} as const;
