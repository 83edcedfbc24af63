/** Settings → Connected apps: the agency's own OAuth apps (English; pt-BR mirrors the keys). */
export const oauthAppsEn = {
  oauthApps: {
    title: 'Connected apps',
    description:
      'Your agency’s own apps at HubSpot and Pipedrive, used to sign in to your clients’ accounts. The client secret is stored encrypted and never shown again.',
    providers: { hubspot: 'HubSpot', pipedrive: 'Pipedrive' },
    configured: 'Set up',
    notConfigured: 'Not set up',
    clientId: 'Client ID',
    clientSecret: 'Client secret',
    secretStored: 'Stored ({{hint}}). Leave empty to keep it.',
    redirectUri: 'Redirect URL to add to the app',
    redirectPort: 'Fixed port (optional)',
    redirectPortHint: 'Only if the app needs one exact redirect URL; otherwise any free port is used.',
    scopes: 'Scopes to check in the app',
    advanced: 'Authorization server (sandbox or test server)',
    authorizeUrl: 'Authorization URL',
    tokenUrl: 'Token URL',
    defaultHint: 'Default: {{url}}',
    save: 'Save',
    saved: 'Your {{provider}} app is saved: clients can now sign in with {{provider}}.',
    remove: 'Remove',
    removed: '{{provider}} app removed.',
  },
} as const;
