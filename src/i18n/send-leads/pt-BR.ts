import type { Translation } from '../en';
import { testLeadPtBR } from './pt-BR-test-lead';
import { sendLeadsWizardPtBR } from './pt-BR-wizard-shared';

export const sendLeadsPtBR: Pick<Translation, 'sendLeads' | 'sendLeadsWizard' | 'testLead' | 'integrationErrors'> = {
  ...sendLeadsWizardPtBR,
  ...testLeadPtBR,
  sendLeads: {
    title: 'Enviar leads',
    subtitle:
      'Para onde vão os leads qualificados de {{name}}. Conecte uma ferramenta, escolha o que cada contato recebe e envie um lead de teste para conferir.',
    unsaved: {
      title: 'Alterações não salvas em “{{name}}”',
      body: 'Você saiu desta integração com {{type}} antes de salvá-la. Continue de onde parou ou descarte as alterações.',
      resume: 'Continuar editando',
      discard: 'Descartar alterações',
      replaceTitle: 'Descartar as alterações não salvas em “{{name}}”?',
      replaceBody:
        'Uma integração deste tipo é editada por vez. Começar outra descarta as alterações que você deixou sem salvar.',
      replace: 'Descartar e continuar',
    },
    comingNext: 'Em breve',
    comingNextBadge: 'Em breve',
    cards: {
      integrate: 'Integrar',
      integrateLabel: 'Integrar {{name}}',
      addAnother: 'Adicionar outra',
      addAnotherLabel: 'Adicionar outra integração {{name}}',
      activecampaign: {
        name: 'ActiveCampaign',
        description:
          'Cria ou atualiza um contato com tags, listas e campos personalizados. Conecta com a URL e a chave da API.',
        empty: 'Ainda não conectado para este cliente.',
        listLabel: 'Integrações com o ActiveCampaign',
      },
      hubspot: {
        name: 'HubSpot',
        description: 'Cria ou atualiza contatos no CRM da HubSpot, com o login da HubSpot ou um token de app.',
      },
      pipedrive: {
        name: 'Pipedrive',
        description: 'Cria uma pessoa e um lead, com etiqueta da pontuação, no Pipedrive do cliente.',
      },
      webhook: {
        name: 'Webhook de saída',
        description: 'Envia cada lead qualificado em JSON assinado para qualquer sistema que você escolher.',
      },
    },
    status: {
      draft: 'Rascunho',
      active: 'Ativa',
      inactive: 'Inativa',
      paused: 'Pausada',
      needs_attention: 'Requer atenção',
    },
    item: {
      keyHint: {
        activecampaign: 'Chave da API {{hint}}',
        hubspot: 'Token de acesso {{hint}}',
        pipedrive: 'Token da API {{hint}}',
        webhook: 'Segredo de assinatura {{hint}}',
      },
      noKey: 'Nenhuma chave da API salva',
      signedIn: 'Conectado como {{account}}',
      updated: 'Atualizada em {{date}}',
      attention: '{{Crm}} recusou as requisições desta integração, por isso os envios estão suspensos.',
      reason: 'Detalhes: {{reason}}',
      pausedHelp: 'Pausada: os novos leads aguardam na fila e são enviados quando você retomar.',
    },
    actions: {
      test: 'Enviar lead de teste',
      testLabel: 'Enviar lead de teste para {{name}}',
      edit: 'Editar',
      editLabel: 'Editar {{name}}',
      activate: 'Ativar',
      activateLabel: 'Ativar {{name}}',
      deactivate: 'Desativar',
      deactivateLabel: 'Desativar {{name}}',
      pause: 'Pausar',
      pauseLabel: 'Pausar {{name}}',
      resume: 'Retomar',
      resumeLabel: 'Retomar {{name}}',
      deleteLabel: 'Excluir {{name}}',
      hints: {
        activate: 'Começa a enviar para cá os leads qualificados deste cliente.',
        deactivate: 'Desliga a integração: novos leads não entram na fila dela, e os que já esperam ficam retidos.',
        pause: 'Interrompe os envios por ora: novos leads esperam na fila e saem quando você retomar.',
        resume: 'Envia o que esperava na fila e, depois, cada novo lead assim que chegar.',
      },
    },
    failed: {
      activate: 'Não foi possível ativar {{name}}',
      deactivate: 'Não foi possível desativar {{name}}',
      pause: 'Não foi possível pausar {{name}}',
      resume: 'Não foi possível retomar {{name}}',
    },
    notify: {
      activate: '{{name}} está ativa.',
      deactivate: '{{name}} foi desativada.',
      pause: 'Os envios para {{name}} estão pausados.',
      resume: 'Os envios para {{name}} foram retomados.',
      deleted: '{{name}} foi excluída.',
      savedDraft: '{{name}} foi salva como rascunho.',
      saved: 'As alterações em {{name}} foram salvas.',
    },
    delete: {
      title: 'Excluir {{name}}?',
      body: 'Os novos leads deixam de ir para esta integração. O histórico de envios continua nos registros.',
      key: 'A chave da API é removida deste computador. Para conectar esta conta do ActiveCampaign de novo, você precisará colar a chave outra vez.',
      confirm: 'Excluir integração',
    },
  },
  integrationErrors: {
    rejected:
      'Confira se a chave da API e a URL da API estão corretas. Verifique se não há espaços a mais antes ou depois dos valores colados.',
    payment: '{{Crm}} informa um problema de pagamento nesta conta. Confira o faturamento da conta.',
    rateLimited:
      '“Too many requests” (429): {{crm}} está limitando as requisições. O Zero Bad Leads já respeita esses limites; se o erro continuar, verifique se outras integrações estão usando a mesma conta ao mesmo tempo.',
    remoteUnavailable: '{{Crm}} não respondeu ou teve um problema temporário. Tente de novo em instantes.',
    remoteRefused: '{{Crm}} recusou a requisição.',
    remoteRefusedStatus: '{{Crm}} recusou a requisição (HTTP {{status}}).',
    noScoringProfile:
      'Este cliente não tem um perfil de pontuação ativo. Ative um primeiro: as integrações só enviam leads pontuados.',
    duplicateSelection: 'A mesma lista ou o mesmo campo personalizado foi selecionado duas vezes.',
    apiUrl: {
      empty: 'Cole a URL da API.',
      invalid:
        'Esta não é uma URL da API válida. Copie-a no ActiveCampaign em Configurações → Desenvolvedor (ela tem o formato https://sua-conta.api-us1.com).',
      not_https: 'A URL da API deve começar com https://. Copie-a no ActiveCampaign em Configurações → Desenvolvedor.',
      app_url:
        'Este é o endereço do seu painel do ActiveCampaign (…activehosted.com), não a URL da API. No ActiveCampaign, abra Configurações → Desenvolvedor e copie a “URL da API” exibida lá (por exemplo, https://sua-conta.api-us1.com).',
      credentials: 'A URL da API não pode conter usuário ou senha.',
      not_ac_api:
        'Nenhuma API do ActiveCampaign respondeu nesta URL. Copie a URL da API em Configurações → Desenvolvedor.',
    },
    apiKey: {
      empty: 'Cole a chave da API do ActiveCampaign (Configurações → Desenvolvedor).',
      inner_space:
        'A chave da API contém um espaço ou uma quebra de linha. Copie-a de novo em Configurações → Desenvolvedor, sem nada antes, depois ou no meio.',
      invalid: 'Isto não parece uma chave da API do ActiveCampaign. Copie-a de novo em Configurações → Desenvolvedor.',
      required_for_new_url:
        'Cole a chave da API de novo: uma chave salva só é enviada para a URL da API com a qual foi salva.',
    },
    name: {
      empty: 'Dê um nome à integração.',
      too_long: 'Use no máximo {{max}} caracteres.',
      duplicate: 'Este cliente já tem uma integração com este nome.',
    },
  },
};
