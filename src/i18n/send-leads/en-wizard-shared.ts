/** Words every Send Leads wizard says the same way (English; pt-BR mirrors the keys). */
export const sendLeadsWizardEn = {
  sendLeadsWizard: {
    titleEdit: 'Edit {{name}}',
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
