/** The Pipedrive card and wizard (English; pt-BR mirrors the keys). */
export const pipedriveWizardEn = {
  pipedriveWizard: {
    card: {
      listLabel: 'Pipedrive integrations',
      empty: 'Not connected for this client yet.',
    },
    titleNew: 'Connect Pipedrive',
    subtitle: 'For {{name}}',
    backToList: 'Back to Send Leads',
    stepsLabel: 'Pipedrive wizard steps',
    steps: { connect: 'Connect', mapping: 'Person and lead', filters: 'Filters', review: 'Review' },
    stepHints: {
      connect: 'Sign in or paste a token',
      mapping: 'Fields and labels',
      filters: 'Which leads to send',
      review: 'Calls and activation',
    },
    headings: {
      connect: 'Connect the Pipedrive account',
      mapping: 'What goes into each person and lead',
      filters: 'Which leads go to Pipedrive?',
      review: 'Review and activate',
    },
    blocked: {
      connect: 'Connect the account first.',
      mapping: 'Pick a Pipedrive field for every lead value, or remove the row.',
      filters: 'Finish the filter conditions.',
    },
    connect: {
      name: 'Integration name',
      method: 'How to connect',
      oauth: 'Sign in with Pipedrive',
      token: 'Personal API token',
      oauthIntro:
        'Opens Pipedrive’s consent page in your browser. After you allow access, Pipedrive sends you back to this app and the connection is ready.',
      signIn: 'Sign in with Pipedrive',
      waiting: 'Waiting for you to allow access in the browser…',
      openAgain: 'Open the sign-in page',
      cancel: 'Cancel',
      connected: 'Connected to {{company}}',
      connectedAs: 'Signed in as {{user}}',
      stored: 'This integration is connected to {{company}}.',
      reconnect: 'Connect another account',
      noApp:
        'To sign in with Pipedrive, enter your Pipedrive app’s client ID and client secret in Settings → Connected apps.',
      openSettings: 'Open Settings',
      tokenLabel: 'API token',
      tokenDescription: 'Pipedrive: Settings → Personal preferences → API → Your personal API token.',
      tokenStored: 'A token is stored ({{hint}}). Leave the field empty to keep it.',
      check: 'Check connection',
      checkFailed: 'The connection could not be checked',
      checked: 'Pipedrive accepted the token: {{company}}.',
      advanced: 'Advanced: API address',
      apiUrl: 'API address',
      apiUrlDescription:
        'api.pipedrive.com at first; once connected, requests go to your company’s own address (your-company.pipedrive.com).',
      failed: {
        oauth_denied: 'Pipedrive did not authorize the connection. Try again, and allow access on Pipedrive’s page.',
        oauth_timeout: 'The sign-in was not completed in time. Start again.',
        oauth_cancelled: 'The sign-in was cancelled.',
        oauth_app_missing: 'Enter your Pipedrive app’s client ID and secret in Settings → Connected apps first.',
      },
    },
    errors: {
      rejected: 'Pipedrive did not accept the credentials. Check the token, or sign in again.',
      rejectedTitle: 'Pipedrive did not accept this token',
      rejectedToken:
        'Copy your personal API token again from Pipedrive (Personal preferences → API), without spaces; a token stops working when it is regenerated.',
      forbidden:
        'Pipedrive refused for lack of permission. The app needs the scopes base, contacts:full and leads:full; connect again after adding them.',
      tokenEmpty: 'Paste your personal API token.',
      tokenSpace: 'The token contains a space or a line break. Copy it again from Pipedrive.',
      tokenInvalid: 'This does not look like a Pipedrive API token (40 letters and digits).',
      newUrl: 'Connect again: stored credentials only go to the API address they were saved with.',
      apiUrl: 'This is not a valid API address (https://api.pipedrive.com).',
      signInFirst: 'Sign in with Pipedrive before saving.',
    },
    mapping: {
      intro:
        'Each lead becomes a person, found by e-mail or created, and a lead linked to it. Lead values go into person custom fields, picked from the account’s fields.',
      organization: 'Company → organization',
      organizationHint:
        'The organization is found by its exact name, or created, and linked to the person and the lead.',
      fields: 'Lead values in person fields',
      source: 'Lead value',
      field: 'Pipedrive field',
      pick: 'Pick a field',
      add: 'Add a lead value',
      remove: 'Remove',
      loading: 'Loading the account’s person fields…',
      noFields: 'This account has no custom person fields yet. Create them in Pipedrive (Settings → Data fields).',
    },
    labels: {
      title: 'Lead label for each score range',
      enabled: 'Label each lead with its score range',
      hint: 'Each lead in Pipedrive carries the label of its score range, so the team can sort and filter by it: pick an existing lead label, or create one.',
      label: 'Lead label',
      none: 'No label',
      create: 'Create “{{name}}”',
    },
    filters: {
      intro: 'Only qualified leads are sent. Add conditions to send just some of them to this Pipedrive account.',
    },
    review: {
      intro: 'These are the calls a sample lead would make now. Nothing is written to Pipedrive by this preview.',
      testLead:
        'The sample has the values “Send test lead” uses, and is sent as a real lead. A test lead also gets the lead label “Zero Bad Leads test” and a note on its person, and skips the organization step unless you ask for it when you send it.',
      callsLabel: 'Calls to Pipedrive',
      simulated: 'Simulated',
    },
    done: {
      title: '{{name}} is active',
      body: 'Qualified leads of this client now go to Pipedrive. Send a test lead to see one arrive.',
    },
    notify: { savedDraft: '{{name}} saved as a draft.' },
  },
} as const;
