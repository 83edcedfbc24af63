import type { Translation } from '../en';

export const sendLeadsWizardPtBR: Pick<Translation, 'sendLeadsWizard'> = {
  sendLeadsWizard: {
    titleEdit: 'Editar {{name}}',
    back: 'Voltar',
    next: 'Avançar',
    /** The calls a wizard's review step previews, grouped by what they are about. */
    previewCalls: {
      live: 'Consulta real',
      liveHint: 'Esta leitura foi feita agora na sua conta; a resposta real definiu as chamadas seguintes.',
      simulated: 'Simulada',
      simulatedHint: 'Não é enviada pela prévia: gravações só acontecem quando um lead real é enviado.',
      bodyLabel: 'Corpo JSON da chamada {{number}}',
      groupCount_one: '{{count}} chamada',
      groupCount_other: '{{count}} chamadas',
      groupLive_one: '{{count}} consulta real',
      groupLive_other: '{{count}} consultas reais',
    },
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
