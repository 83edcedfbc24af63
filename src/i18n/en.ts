import { backlogEn } from './backlog/en';
import { callLabelsEn } from './calls/en';
import { exportsEn } from './exports/en';
import { leadsEn } from './leads/en';
import { logsEn } from './logs/en';
import { logsBulkEn } from './logs-bulk/en';
import { filtersEn } from './send-leads/en-filters';
import { sendLeadsEn } from './send-leads/en';
import { leadSettingsEn } from './lead-settings/en';
import { scoringEn } from './scoring/en';
import { oauthAppsEn } from './settings-oauth/en';
import { desktopEn } from './desktop/en';
import { leadFieldsEn } from './lead-fields/en';
import { connectorWizardsEn } from './send-leads/connectors';
import { backupsEn } from './backups/en';
import { templatesEn } from './templates/en';
import { reportEn } from './report/en';
import { homeEn } from './home/en';
import { auditEn } from './audit/en';

/** English strings; the source of truth for keys (pt-BR must provide exactly the same shape). */
export const en = {
  app: {
    name: 'Zero Bad Leads',
    tagline: 'Lead quality for agencies',
    loading: 'Loading your workspace…',
  },
  nav: {
    label: 'Main navigation',
    workspace: 'Workspace',
    app: 'App',
    home: 'Home',
    leads: 'Leads',
    sendLeads: 'Send Leads',
    logs: 'Logs',
    report: 'Report',
    clients: 'Clients',
    settings: 'Settings',
  },
  switcher: {
    label: 'Current client',
    placeholder: 'Select a client',
    empty: 'No clients yet',
    nothingFound: 'No client matches',
    manage: 'Manage clients',
    create: 'Create a client',
  },
  connection: {
    connecting: 'Connecting to Zero Bad Leads…',
    online: 'Connected',
    offline: 'Offline',
    desktop: 'Desktop app',
    openPrinted: 'Open the URL printed by the app',
    printedHint:
      'When Zero Bad Leads starts, it prints a line like “Zero Bad Leads is running at http://127.0.0.1:…/#token=…”. Open that exact address; the part after # is this session’s access key.',
    missingToken: {
      title: 'Missing access key',
      body: 'This page was opened without the access key the app prints when it starts, so it cannot talk to the app.',
    },
    rejected: {
      title: 'Access key not accepted',
      body: 'The app refused this page’s access key. It was probably restarted, which creates a new key.',
      retry: 'Try again',
    },
    lost: {
      title: 'Connection lost',
      body: 'Zero Bad Leads stopped answering. Make sure it is still running; this page reconnects by itself.',
      retryIn: 'Reconnecting in {{seconds}} s…',
      retrying: 'Reconnecting…',
      retry: 'Reconnect now',
      restarted: 'If you restarted the app, open the new URL it printed.',
    },
  },
  common: {
    cancel: 'Cancel',
    close: 'Close',
    retry: 'Try again',
    copy: 'Copy',
    copied: 'Copied',
  },
  errors: {
    title: 'Something went wrong',
    codes: {
      invalid_input: 'Some information is not valid. Check the highlighted fields.',
      not_found: 'This item no longer exists. It may have been changed in another window.',
      conflict: 'This change conflicts with the current data.',
      auth_failed: 'The credentials were refused.',
      rate_limited: 'Too many requests. Wait a moment and try again.',
      unavailable: 'The app is not reachable right now. Try again in a moment.',
      vault_unavailable: 'Secure storage for credentials is not available on this computer.',
      unknown_channel: 'This page does not match the running app version. Reload the page.',
      internal: 'Something went wrong inside the app. The details are in the app log.',
    },
    reasons: {
      empty: 'Enter a name.',
      too_long: 'Use at most {{max}} characters.',
      duplicate:
        'A client with this name already exists. Names are compared ignoring case and accents, archived clients included.',
      invalid: 'This value is not valid.',
    },
  },
  firstRun: {
    eyebrow: 'Welcome',
    title: 'Let’s set up your first client',
    body: 'Each client you manage gets its own leads, CRM integrations and dispatch logs. Add the first one to get started; you can switch between clients at any time.',
    submit: 'Create first client',
    steps: {
      client: 'Create a client',
      connect: 'Connect its CRM',
      send: 'Validate and send leads',
    },
  },
  clients: {
    title: 'Clients',
    subtitle: 'The accounts you manage. Each client has its own leads, integrations and logs.',
    new: 'New client',
    showArchived: 'Show archived clients',
    tableLabel: 'Clients',
    activeCount_one: '{{count}} active client',
    activeCount_other: '{{count}} active clients',
    archivedCount_one: '{{count}} archived',
    archivedCount_other: '{{count}} archived',
    columns: {
      name: 'Name',
      created: 'Created',
      status: 'Status',
      actions: 'Actions',
    },
    status: {
      current: 'Current',
      active: 'Active',
      archived: 'Archived',
    },
    actions: {
      select: 'Work on {{name}}',
      rename: 'Rename {{name}}',
      archive: 'Archive {{name}}',
      restore: 'Restore {{name}}',
      selectShort: 'Work on this client',
      restoreShort: 'Restore',
    },
    form: {
      nameLabel: 'Client name',
      namePlaceholder: 'e.g. Acme Dental',
      nameHelp: 'Up to {{max}} characters, unique among your clients.',
      createTitle: 'New client',
      createSubmit: 'Create client',
      renameTitle: 'Rename client',
      renameSubmit: 'Save name',
    },
    archive: {
      title: 'Archive {{name}}?',
      body: 'Archived clients leave the client switcher and stop receiving work. Their data is kept, and you can restore them at any time.',
      confirm: 'Archive client',
    },
    noActive: {
      title: 'No active clients',
      body: 'All your clients are archived. Restore one below or create a new client.',
    },
  },
  settings: {
    title: 'Settings',
    subtitle: 'Preferences for this computer, and details about the running app.',
    appearance: 'Appearance',
    language: {
      label: 'Language',
      description: 'Used for every text in the app.',
      system: 'System ({{language}})',
    },
    theme: {
      label: 'Theme',
      description: '“System” follows your operating system’s light or dark mode.',
      system: 'System',
      light: 'Light',
      dark: 'Dark',
    },
    about: {
      title: 'About',
      version: 'Version',
      host: 'Running as',
      hostElectron: 'Desktop app (Electron)',
      hostHeadless: 'Headless server (browser)',
      dataDir: 'Data folder',
      vault: 'Secret storage',
      vaultAvailable: 'Available',
      vaultUnavailable: 'Unavailable',
      vaultWarningTitle: 'Stored API keys are less protected',
      vaultFileWarning:
        'The key that encrypts stored API keys is kept in a file in the data folder because no OS keyring is reachable. Anyone who can read that file can read the stored API keys. Set ZBL_MASTER_KEY or run a keyring service.',
      backends: {
        safeStorage: 'Operating system secure storage',
        keyring: 'AES-256-GCM, key in the OS keyring',
        env: 'AES-256-GCM, key from ZBL_MASTER_KEY',
        file: 'AES-256-GCM, key in a file',
      },
    },
  },
  ...leadFieldsEn,
  ...sendLeadsEn,
  ...connectorWizardsEn,
  ...oauthAppsEn,
  ...desktopEn,
  ...exportsEn,
  ...callLabelsEn,
  ...backlogEn,
  ...filtersEn,
  ...logsEn,
  ...logsBulkEn,
  ...leadsEn,
  ...scoringEn,
  ...leadSettingsEn,
  ...backupsEn,
  ...templatesEn,
  ...reportEn,
  ...homeEn,
  ...auditEn,
} as const;

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** What every other language must provide: the same keys as English, any text. */
export type Translation = Strings<typeof en>;
