/** Re-scoring a client's existing leads after its profile changed (English; pt-BR mirrors the keys). */
export const rescoreEn = {
  title: 'Re-score existing leads?',
  titleRun: 'Re-scoring existing leads',
  intro:
    '“{{name}}” now scores every new lead. The leads already in the list keep the score they got when they arrived, unless you re-score them now.',
  preview: {
    counting: 'Counting what would change…',
    changes_one:
      '{{n}} of {{total}} leads would change: {{newly}} become qualified, {{noLonger}} stop being qualified.',
    changes_other:
      '{{n}} of {{total}} leads would change: {{newly}} become qualified, {{noLonger}} stop being qualified.',
    queued_one: '{{n}} dispatch is still queued for the leads that stop being qualified.',
    queued_other: '{{n}} dispatches are still queued for the leads that stop being qualified.',
    nothing: 'No lead would change: they already have the scores this profile gives them.',
    failed: 'What would change could not be counted; you can still re-score.',
  },
  scope: {
    label: 'Which leads',
    unsent: 'Leads not yet sent (recommended)',
    unsentHint: 'Leads already sent to an integration keep the score they were sent with.',
    all: 'All leads',
    allHint: 'Leads already sent get the new score too, in the list and in exports. They are never sent again.',
  },
  queued: {
    label: 'Dispatches still queued for leads that stop being qualified',
    cancel: 'Cancel them (recommended)',
    cancelHint:
      'Nothing is sent for a lead that no longer qualifies. If a later change qualifies it again, it is queued again.',
    keep: 'Keep them',
    keepHint: 'They are sent as queued, even though the lead no longer qualifies.',
  },
  newlyNote:
    'Leads that become qualified are queued for the client’s active integrations as if they had just arrived: each integration’s filters apply, and no lead is sent twice to the same integration.',
  notNow: 'Not now',
  start: 'Re-score leads',
  startCount_one: 'Re-score {{n}} lead',
  startCount_other: 'Re-score {{n}} leads',
  close: 'Close',
  failedToStart: 'The re-score could not start.',
  progress: {
    title: 'Scoring with “{{name}}”…',
    counted_one: '{{done}} of {{total}} lead',
    counted_other: '{{done}} of {{total}} leads',
    label: 'Re-scoring progress',
    background: 'You can close this window: the re-score goes on in the background.',
    stop: 'Stop',
    stopping: 'Stopping…',
  },
  running: {
    banner: 'This client’s leads are being re-scored: {{percent}}% done.',
    show: 'Show progress',
  },
  outcome: {
    done: 'Leads re-scored',
    cancelled: 'Re-score stopped',
    failed: 'The re-score failed',
    interrupted: 'The re-score was interrupted',
    doneBody_one: '{{n}} lead was scored again with “{{name}}”.',
    doneBody_other: '{{n}} leads were scored again with “{{name}}”.',
    cancelledBody_one: 'It stopped after {{n}} lead; that lead keeps its new score.',
    cancelledBody_other: 'It stopped after {{n}} leads; those keep their new score.',
    interruptedBody:
      'The app stopped during the re-score. The {{n}} leads done before that keep their new score; re-score again to finish.',
    failedNoProfile: 'This client has no active scoring profile.',
    failedBody: 'It stopped after {{n}} leads, which keep their new score. The details are in the log.',
  },
  counts: {
    rescored: 'Leads re-scored',
    changed: 'Score changed',
    newlyQualified: 'Now qualified',
    noLongerQualified: 'No longer qualified',
    dispatchesCancelled: 'Dispatches cancelled',
    dispatchesKept: 'Dispatches kept',
    dispatchesQueued: 'Dispatches queued',
    notes: {
      dispatchesCancelled: 'Of leads that no longer qualify: they will not be sent.',
      dispatchesKept: 'Of leads that no longer qualify: they will still be sent.',
      dispatchesQueued: 'For leads that now qualify.',
      skipped_one: 'Another {{n}} was skipped by an integration’s filter.',
      skipped_other: 'Another {{n}} were skipped by an integration’s filter.',
    },
  },
  showQualified: 'Show qualified leads',
} as const;
