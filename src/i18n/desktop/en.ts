/** The desktop app outside its window (tray, notifications, dialogs) and its settings (English; pt-BR mirrors the keys). */
export const desktopEn = {
  desktop: {
    tray: {
      open: 'Open Zero Bad Leads',
      pause: 'Pause all sending',
      resume: 'Resume sending',
      quit: 'Quit Zero Bad Leads',
      idle: 'Nothing waiting to be sent',
      sending_one: 'Sending: {{count}} lead waiting',
      sending_other: 'Sending: {{count}} leads waiting',
      paused_one: 'Sending paused: {{count}} lead waiting',
      paused_other: 'Sending paused: {{count}} leads waiting',
      pausedIdle: 'Sending paused',
      attention_one: '{{count}} needs attention',
      attention_other: '{{count}} need attention',
    },
    closeNotice: {
      title: 'Zero Bad Leads is still running',
      body: 'Leads keep being sent and the local intake API keeps answering. Open the app or quit it from its icon in the {{place}}.',
      tray: 'notification area',
      menuBar: 'menu bar',
    },
    quit: {
      title: 'Quit Zero Bad Leads?',
      message_one: '{{count}} lead is waiting to be sent.',
      message_other: '{{count}} leads are waiting to be sent.',
      sendingNow: '{{count}} of them are being sent right now and get a few seconds to finish.',
      detail:
        'Nothing is lost: they are sent the next time the app starts. While it is closed, retries stop and the local intake API does not answer.',
      confirm: 'Quit',
      cancel: 'Keep running',
    },
    login: {
      title: 'Start Zero Bad Leads when you log in?',
      message: 'Start Zero Bad Leads when you log in to this computer?',
      detail:
        'Retries and the local intake API only run while the app runs. Starting it at login keeps leads flowing after a restart. You can change this in Settings.',
      yes: 'Start at login',
      no: 'Not now',
    },
    notify: {
      needsAttention_one: 'An integration needs attention',
      needsAttention_other: '{{count}} integrations need attention',
      needsAttentionBody: 'Their credentials were refused, so their leads are waiting. Click to see them in Logs.',
      errors_one: '{{count}} lead could not be sent',
      errors_other: '{{count}} leads could not be sent',
      errorsBody: 'They ended in error after their retries. Click to see them in Logs.',
      stalled_one: 'Sending is stuck: {{count}} lead is overdue',
      stalled_other: 'Sending is stuck: {{count}} leads are overdue',
      stalledBody: 'Nothing has been sent for a while. Click to see what is waiting in Logs.',
      client: '{{client}}: {{text}}',
    },
    startup: {
      title: 'Zero Bad Leads could not start',
      logged: 'Details were written to {{file}}.',
    },
    files: {
      restoreTitle: 'Restore a backup',
      importTitle: 'Import a workspace',
      exportTitle: 'Save the workspace',
      backup: 'Zero Bad Leads backups',
      workspace: 'Zero Bad Leads workspace',
      any: 'All files',
    },
    badge: {
      attention_one: '{{count}} item needs attention',
      attention_other: '{{count}} items need attention',
    },
    settings: {
      title: 'Desktop app',
      description: 'What the app does while its window is closed, and what it tells you.',
      headless:
        'These settings belong to the desktop app: in the browser, the app runs only while its command runs, and it cannot show system notifications.',
      closeToTray: 'Keep running when the window is closed',
      closeToTrayHint:
        'Leads keep being sent and the local intake API keeps answering; the app stays in the notification area (menu bar on macOS). Off: closing the window quits.',
      openAtLogin: 'Start at login',
      openAtLoginHint: 'Retries and the local intake API only run while the app runs.',
      notifications: 'Notifications',
      notificationsHint: 'Grouped, never one per lead. A click opens Logs with the leads concerned.',
      kinds: {
        needsAttention: 'An integration needs attention (credentials refused)',
        errors: 'Leads ended in error',
        stalled: 'Sending stopped moving',
      },
    },
    sending: {
      title: 'Sending',
      running: 'Leads are sent as they arrive.',
      pausedSince: 'All sending is paused since {{time}}. Leads keep arriving and wait.',
      pause: 'Pause all sending',
      resume: 'Resume sending',
    },
  },
  errorBoundary: {
    title: 'This page stopped working',
    body: 'Something went wrong while showing this page. Your data is safe. Reload the page, and if it happens again, copy the details and send them to support.',
    reload: 'Reload',
    copy: 'Copy details',
    copied: 'Copied',
  },
} as const;
