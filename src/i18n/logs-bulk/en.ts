/** Bulk actions on the Logs selection (English; pt-BR mirrors the keys). */
export const logsBulkEn = {
  logsBulk: {
    selectAll: 'Select all matching',
    selectAllHint: 'Every dispatch these filters match, not only the rows shown ({{shortcut}} in the table)',
    barLabel: 'Selected dispatches',
    counting: 'Counting the dispatches these filters match…',
    selected_one: '{{n}} dispatch matching these filters is selected',
    selected_other: 'All {{n}} dispatches matching these filters are selected',
    selectedHint: 'Including the ones not loaded yet. Changing the filters clears the selection.',
    nothingSelected: 'No dispatch matches these filters.',
    clear: 'Clear selection',
    shortcuts: 'Shortcuts',
    shortcutResend: 'resend',
    shortcutClear: 'clear',
    buttons: {
      resend: 'Resend {{n}}',
      retryNow: 'Retry {{n}} now',
      cancel: 'Cancel {{n}}',
    },
    /** Why a button is off: nothing in the selection fits the action. */
    none: {
      resend: 'Only dispatches that failed can be resent; none of the selected did.',
      retryNow: 'Only dispatches waiting for their next attempt can be retried now; none of the selected are.',
      cancel: 'Only dispatches still to be sent can be cancelled; every selected one is finished.',
    },
    confirm: {
      title: {
        resend_one: 'Resend {{n}} dispatch?',
        resend_other: 'Resend {{n}} dispatches?',
        retryNow_one: 'Retry {{n}} dispatch now?',
        retryNow_other: 'Retry {{n}} dispatches now?',
        cancel_one: 'Cancel {{n}} dispatch?',
        cancel_other: 'Cancel {{n}} dispatches?',
      },
      body: {
        resend:
          'Each failed lead is sent again to its integration as a new dispatch. The failed dispatches stay in the Logs as they were.',
        retryNow:
          'They are tried again now instead of waiting for their next attempt; each still counts as an attempt.',
        cancel:
          'They will not be sent. This cannot be undone, but a cancelled dispatch can be resent one by one later.',
      },
      stopping_one: '{{n}} more is being sent right now: its attempt is stopped, unless the CRM already took the lead.',
      stopping_other:
        '{{n}} more are being sent right now: their attempts are stopped, unless the CRM already took the lead.',
      skipped_one: '{{n}} of the {{total}} selected is left as it is: {{reasons}}.',
      skipped_other: '{{n}} of the {{total}} selected are left as they are: {{reasons}}.',
      back: 'Go back',
      nothing: 'Nothing in the selection fits this action any more.',
    },
    progress: {
      starting: 'Finding the selected dispatches…',
      resend: 'Resending: {{done}} of {{total}}',
      retryNow: 'Retrying now: {{done}} of {{total}}',
      cancel: 'Cancelling: {{done}} of {{total}}',
    },
    summary: {
      title: {
        resend: 'Resend finished',
        retryNow: 'Retry finished',
        cancel: 'Cancel finished',
      },
      applied: {
        resend: '{{n}} resent',
        retryNow: '{{n}} retried now',
        cancel: '{{n}} cancelled',
      },
      stopping: '{{n}} being stopped',
      held_one: '{{n}} waits for its paused integration',
      held_other: '{{n}} wait for their paused integration',
      skipped: '{{n}} skipped: {{reasons}}',
      unfinished: '{{n}} not done: the action stopped on an error (the app’s log has the details). Try again.',
      empty: 'No dispatch matched these filters any more.',
    },
    failed: 'The action could not start.',
    reasons: {
      already_sent: '{{n}} already sent',
      already_cancelled: '{{n}} cancelled',
      failed: '{{n}} failed (resend them instead)',
      filtered_out: '{{n}} not sent by a filter',
      still_open: '{{n}} still being sent',
      already_resent: '{{n}} already resent',
      being_sent: '{{n}} being sent right now',
      paused: '{{n}} on hold (resume the integration)',
      integration_deleted: '{{n}} of a deleted integration',
      changed: '{{n}} changed meanwhile',
    },
  },
};
