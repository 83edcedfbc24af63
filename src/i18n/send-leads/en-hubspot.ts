/** The HubSpot card and wizard (English; pt-BR mirrors the keys). */
export const hubspotWizardEn = {
  hubspotWizard: {
    card: {
      listLabel: 'HubSpot integrations',
      empty: 'Not connected for this client yet.',
    },
    titleNew: 'Connect HubSpot',
    subtitle: 'For {{name}}',
    backToList: 'Back to Send Leads',
    stepsLabel: 'HubSpot wizard steps',
    steps: { connect: 'Connect', mapping: 'Properties', filters: 'Filters', review: 'Review' },
    stepHints: {
      connect: 'Sign in or paste a token',
      mapping: 'What each contact gets',
      filters: 'Which leads to send',
      review: 'Calls and activation',
    },
    headings: {
      connect: 'Connect the HubSpot account',
      mapping: 'What goes into each contact',
      filters: 'Which leads go to HubSpot?',
      review: 'Review and activate',
    },
    blocked: {
      connect: 'Connect the account first.',
      mapping: 'Pick a HubSpot property for every lead value.',
      filters: 'Finish the filter conditions.',
    },
    connect: {
      name: 'Integration name',
      method: 'How to connect',
      oauth: 'Sign in with HubSpot',
      token: 'Private app token',
      oauthIntro:
        'Opens HubSpot’s consent page in your browser. After you allow access, HubSpot sends you back to this app and the connection is ready.',
      signIn: 'Sign in with HubSpot',
      waiting: 'Waiting for you to allow access in the browser…',
      openAgain: 'Open the sign-in page',
      cancel: 'Cancel',
      connected: 'Connected to HubSpot portal {{portal}}',
      connectedAs: 'Signed in as {{user}} ({{domain}})',
      stored: 'This integration is connected to portal {{portal}}.',
      reconnect: 'Connect another account',
      noApp:
        'To sign in with HubSpot, enter your HubSpot app’s client ID and client secret in Settings → Connected apps.',
      openSettings: 'Open Settings',
      tokenLabel: 'Access token',
      tokenDescription: 'HubSpot: Settings → Integrations → Private apps → your app → Access token.',
      tokenStored: 'A token is stored ({{hint}}). Leave the field empty to keep it.',
      check: 'Check connection',
      checkFailed: 'The connection could not be checked',
      checked: 'HubSpot accepted the token: portal {{portal}}.',
      advanced: 'Advanced: API address',
      apiUrl: 'API address',
      apiUrlDescription: 'api.hubapi.com, or api-eu1.hubapi.com for portals hosted in the EU.',
      failed: {
        oauth_denied:
          'HubSpot did not authorize the connection. Try again, and choose “Connect app” on HubSpot’s page.',
        oauth_timeout: 'The sign-in was not completed in time. Start again.',
        oauth_cancelled: 'The sign-in was cancelled.',
        oauth_app_missing: 'Enter your HubSpot app’s client ID and secret in Settings → Connected apps first.',
      },
    },
    errors: {
      rejected: 'HubSpot did not accept the credentials. Check the token, or sign in again.',
      rejectedTitle: 'HubSpot did not accept this token',
      rejectedToken:
        'Copy the access token again from Settings → Integrations → Private apps → your app (without spaces), and check that the app has the contact and company scopes.',
      missingScopes:
        'The connection lacks a permission (scope). Give the app the contact and company scopes, then connect again.',
      tokenEmpty: 'Paste the private app’s access token.',
      tokenSpace: 'The token contains a space or a line break. Copy it again from HubSpot.',
      tokenInvalid: 'This does not look like a HubSpot access token.',
      newUrl: 'Connect again: stored credentials only go to the API address they were saved with.',
      apiUrl: 'This is not a valid API address (https://api.hubapi.com).',
      signInFirst: 'Sign in with HubSpot before saving.',
    },
    mapping: {
      intro:
        'Each lead becomes a contact, found by e-mail and created or updated. Choose what else it gets; lead values go into contact properties, which you can create here.',
      fullName: 'Full name → First name and Last name',
      fullNameHint: 'Brazilian names are split the usual way: “Ana Paula dos Santos” → “Ana Paula” / “dos Santos”.',
      company: 'Company → the contact’s “Company name”',
      associateCompany: 'Also associate the contact with a company record',
      associateCompanyHint: 'The company is found by its exact name, or created.',
      properties: 'Lead values in contact properties',
      source: 'Lead value',
      property: 'HubSpot property',
      pick: 'Pick a property',
      add: 'Add a lead value',
      remove: 'Remove',
      create: 'Create “{{label}}”',
      useExisting: 'Use “{{label}}”',
      created: 'Property “{{label}}” created in HubSpot.',
      loading: 'Loading the portal’s properties…',
      /** The names a property created here gets: a HubSpot contact has sources and scores of its own. */
      suggested: { score: 'Lead score', scoreRange: 'Score range', cnpj: 'CNPJ', source: 'Lead source' },
    },
    filters: {
      intro: 'Only qualified leads are sent. Add conditions to send just some of them to this HubSpot account.',
    },
    review: {
      intro: 'These are the calls a sample lead would make now. Nothing is written to HubSpot by this preview.',
      testLead:
        'The sample has the values “Send test lead” uses, and is sent as a real lead. A test lead also gets the property “Zero Bad Leads test contact” checked, and skips the company step unless you ask for it when you send it.',
      callsLabel: 'Calls to HubSpot',
      simulated: 'Simulated',
    },
    done: {
      title: '{{name}} is active',
      body: 'Qualified leads of this client now go to HubSpot. Send a test lead to see one arrive.',
    },
    notify: { savedDraft: '{{name}} saved as a draft.' },
  },
} as const;
