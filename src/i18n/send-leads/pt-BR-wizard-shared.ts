import type { Translation } from '../en';

export const sendLeadsWizardPtBR: Pick<Translation, 'sendLeadsWizard'> = {
  sendLeadsWizard: {
    titleEdit: 'Editar {{name}}',
    stepLabel: 'Etapa {{number}}: {{name}}',
    saveDraft: 'Salvar como rascunho',
    saveChanges: 'Salvar alterações',
    saveActivate: 'Salvar e ativar',
    /** O botão × de uma seleção, com o nome da seleção. */
    clear: 'Limpar: {{name}}',
    testHeading: 'Enviar um lead de teste',
    /** The CRM wizards' review step (HubSpot, Pipedrive). */
    crmReview: {
      live: 'As consultas foram reais; as gravações aparecem como seriam enviadas.',
      failed: {
        save: 'Não foi possível salvar a integração.',
        filters: 'Não foi possível salvar os filtros.',
        activate: 'A integração foi salva, mas não pôde ser ativada.',
      },
    },
  },
};
