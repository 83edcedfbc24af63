import type { Translation } from '../en';

export const sendLeadsWizardPtBR: Pick<Translation, 'sendLeadsWizard'> = {
  sendLeadsWizard: {
    titleEdit: 'Editar {{name}}',
    stepLabel: 'Etapa {{number}}: {{name}}',
    saveDraft: 'Salvar como rascunho',
    saveChanges: 'Salvar alterações',
    saveActivate: 'Salvar e ativar',
    testHeading: 'Enviar um lead de teste',
  },
};
