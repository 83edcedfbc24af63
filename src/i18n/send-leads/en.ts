import { testLeadEn } from './en-test-lead';
import { sendLeadsWizardEn } from './en-wizard-shared';

/** Send Leads page, the test lead and integration errors (English; pt-BR mirrors the keys). */
export const sendLeadsEn = {
  // Spread here so the shared wizard words reach the app without another entry in src/i18n/en.ts.
  ...sendLeadsWizardEn,
  ...testLeadEn,
  sendLeads: {
    title: 'Send Leads',
    subtitle:
      'Where {{name}}’s qualified leads go. Connect a tool, choose what each contact gets, and send a test lead to check.',
    comingNext: 'Coming next',
    unsaved: {
      title: 'Unsaved changes to “{{name}}”',
      body: 'You left this {{type}} integration before saving it. Continue where you were, or discard the changes.',
      resume: 'Continue editing',
      discard: 'Discard changes',
      replaceTitle: 'Discard the unsaved changes to “{{name}}”?',
      replaceBody:
        'One integration of this kind is edited at a time. Starting another one discards the changes you left unsaved.',
      replace: 'Discard and continue',
    },
    comingNextBadge: 'Coming next',
    cards: {
      integrate: 'Integrate',
      integrateLabel: 'Integrate {{name}}',
      addAnother: 'Add another',
      addAnotherLabel: 'Add another {{name}} integration',
      activecampaign: {
        name: 'ActiveCampaign',
        description:
          'Creates or updates a contact with tags, lists and custom fields, using your account’s API URL and key.',
        empty: 'Not connected for this client yet.',
        listLabel: 'ActiveCampaign integrations',
      },
      hubspot: {
        name: 'HubSpot',
        description: 'Creates or updates contacts in HubSpot CRM, signed in with HubSpot or an app token.',
      },
      pipedrive: {
        name: 'Pipedrive',
        description: 'Creates a person and a lead, labeled by score, in the client’s Pipedrive.',
      },
      webhook: {
        name: 'Outbound webhook',
        description: 'Posts each qualified lead as signed JSON to any system you choose.',
      },
    },
    status: {
      draft: 'Draft',
      active: 'Active',
      inactive: 'Inactive',
      paused: 'Paused',
      needs_attention: 'Needs attention',
    },
    item: {
      keyHint: {
        activecampaign: 'API key {{hint}}',
        hubspot: 'Access token {{hint}}',
        pipedrive: 'API token {{hint}}',
        webhook: 'Signing secret {{hint}}',
      },
      noKey: 'No API key stored',
      signedIn: 'Signed in as {{account}}',
      updated: 'Updated {{date}}',
      attention: '{{Crm}} refused this integration’s requests, so sending is on hold.',
      reason: 'Details: {{reason}}',
      pausedHelp: 'Paused: new leads wait in the queue and are sent when you resume.',
    },
    actions: {
      test: 'Send test lead',
      testLabel: 'Send test lead to {{name}}',
      edit: 'Edit',
      editLabel: 'Edit {{name}}',
      activate: 'Activate',
      activateLabel: 'Activate {{name}}',
      deactivate: 'Deactivate',
      deactivateLabel: 'Deactivate {{name}}',
      pause: 'Pause',
      pauseLabel: 'Pause {{name}}',
      resume: 'Resume',
      resumeLabel: 'Resume {{name}}',
      deleteLabel: 'Delete {{name}}',
      hints: {
        activate: 'Starts sending this client’s qualified leads here.',
        deactivate: 'Turns it off: new leads are not queued for it, and leads already waiting are held.',
        pause: 'Stops sending for now: new leads wait in the queue and go out when you resume.',
        resume: 'Sends what waited in the queue, then each new lead as it arrives.',
      },
    },
    failed: {
      activate: 'Could not activate {{name}}',
      deactivate: 'Could not deactivate {{name}}',
      pause: 'Could not pause {{name}}',
      resume: 'Could not resume {{name}}',
    },
    notify: {
      activate: '{{name}} is active.',
      deactivate: '{{name}} was deactivated.',
      pause: 'Sending to {{name}} is paused.',
      resume: 'Sending to {{name}} resumed.',
      deleted: '{{name}} was deleted.',
      savedDraft: '{{name}} was saved as a draft.',
      saved: 'Changes to {{name}} were saved.',
    },
    delete: {
      title: 'Delete {{name}}?',
      body: 'New leads stop going to this integration. Its delivery history stays in the logs.',
      key: 'The API key is removed from this computer. To connect this ActiveCampaign account again, you will need to paste the key again.',
      confirm: 'Delete integration',
    },
  },
  integrationErrors: {
    rejected:
      'Check that the API Key and the API URL are correct. Confirm there are no extra spaces before or after the pasted values.',
    payment: '{{Crm}} reports a payment issue on this account. Check the account’s billing there.',
    rateLimited:
      '“Too many requests” (429): {{crm}} is limiting requests. Zero Bad Leads already respects these limits; if the error persists, check whether other integrations are using the same account at the same time.',
    remoteUnavailable: '{{Crm}} did not answer or had a temporary problem. Try again in a moment.',
    remoteRefused: '{{Crm}} refused the request.',
    remoteRefusedStatus: '{{Crm}} refused the request (HTTP {{status}}).',
    noScoringProfile:
      'This client has no active scoring profile. Activate one first: integrations only send scored leads.',
    duplicateSelection: 'The same list or custom field is selected twice.',
    apiUrl: {
      empty: 'Paste the API URL.',
      invalid:
        'This is not a valid API URL. Copy it from ActiveCampaign under Settings → Developer (it looks like https://your-account.api-us1.com).',
      not_https: 'The API URL must start with https://. Copy it from ActiveCampaign under Settings → Developer.',
      app_url:
        'This is the address of your ActiveCampaign app (…activehosted.com), not its API URL. In ActiveCampaign, open Settings → Developer and copy the “API URL” shown there (for example https://your-account.api-us1.com).',
      credentials: 'The API URL must not contain a user name or password.',
      not_ac_api: 'No ActiveCampaign API answered at this URL. Copy the API URL from Settings → Developer.',
    },
    apiKey: {
      empty: 'Paste the API key from ActiveCampaign (Settings → Developer).',
      inner_space:
        'The API key contains a space or a line break. Copy it again from Settings → Developer, with nothing added before, after or inside it.',
      invalid: 'This does not look like an ActiveCampaign API key. Copy it again from Settings → Developer.',
      required_for_new_url: 'Paste the API key again: a stored key is only ever sent to the API URL it was saved with.',
    },
    name: {
      empty: 'Give the integration a name.',
      too_long: 'Use at most {{max}} characters.',
      duplicate: 'This client already has an integration with this name.',
    },
  },
} as const;
