/** Words every Send Leads wizard says the same way (English; pt-BR mirrors the keys). */
export const sendLeadsWizardEn = {
  sendLeadsWizard: {
    titleEdit: 'Edit {{name}}',
    stepLabel: 'Step {{number}}: {{name}}',
    saveDraft: 'Save as draft',
    saveChanges: 'Save changes',
    saveActivate: 'Save and activate',
    testHeading: 'Send a test lead',
  },
} as const;
