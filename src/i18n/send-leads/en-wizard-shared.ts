/** Words every Send Leads wizard says the same way (English; pt-BR mirrors the keys). */
export const sendLeadsWizardEn = {
  sendLeadsWizard: {
    titleEdit: 'Edit {{name}}',
    back: 'Back',
    next: 'Next',
    /** The calls a wizard's review step previews, grouped by what they are about. */
    previewCalls: {
      live: 'Live lookup',
      liveHint: 'This read was made now against your account; its real answer shaped the calls after it.',
      simulated: 'Simulated',
      simulatedHint: 'Not sent from the preview: writes are only made when a real lead is dispatched.',
      bodyLabel: 'JSON body of call {{number}}',
      groupCount_one: '{{count}} call',
      groupCount_other: '{{count}} calls',
      groupLive_one: '{{count}} live lookup',
      groupLive_other: '{{count}} live lookups',
    },
    stepLabel: 'Step {{number}}: {{name}}',
    saveDraft: 'Save as draft',
    saveChanges: 'Save changes',
    saveActivate: 'Save and activate',
    testHeading: 'Send a test lead',
    /** A select's × button, named after the select. */
    clear: 'Clear: {{name}}',
    /** The CRM wizards' review step (HubSpot, Pipedrive). */
    crmReview: {
      live: 'Lookups were real; writes are shown as they would be sent.',
      failed: {
        save: 'The integration could not be saved.',
        filters: 'The filters could not be saved.',
        activate: 'The integration was saved but could not be activated.',
      },
    },
  },
} as const;
