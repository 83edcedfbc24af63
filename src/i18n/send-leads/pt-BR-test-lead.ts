import type { Translation } from '../en';

/** The "Send test lead" panel (pt-BR; the keys follow the English ones). */
export const testLeadPtBR: Pick<Translation, 'testLead'> = {
  testLead: {
    title: 'Enviar um lead de teste para {{name}}',
    intro:
      'Cria um lead de exemplo com um endereço reservado example.com e o envia pelas mesmas etapas dos leads reais.',
    marker: {
      activecampaign:
        'No ActiveCampaign o contato de teste recebe a tag “zbl-test-lead”: busque os contatos por essa tag para encontrar os contatos de teste e excluí-los.',
      hubspot:
        'No HubSpot o contato de teste fica com a propriedade de caixa de seleção “Zero Bad Leads test contact” (zbl_test_contact) marcada; o app cria essa propriedade na primeira vez. Filtre os contatos por ela para encontrar os contatos de teste e excluí-los.',
      pipedrive:
        'No Pipedrive o lead de teste recebe a etiqueta de lead “Zero Bad Leads test” e a pessoa dele uma anotação dizendo que é um teste. Filtre a caixa de entrada de leads por essa etiqueta para encontrar os leads de teste e exclua-os junto com as pessoas.',
      webhook:
        'O sistema receptor o recebe com o cabeçalho “X-ZBL-Test: true” e, no corpo padrão, “test”: true, para distinguir os leads de teste e descartá-los.',
    },
    testCompany: 'Zero Bad Leads (teste)',
    company: {
      activecampaign: 'Criar também a conta “{{company}}” no ActiveCampaign',
      hubspot: 'Criar também a empresa “{{company}}” no HubSpot',
      pipedrive: 'Criar também a organização “{{company}}” no Pipedrive',
    },
    companyHint: {
      activecampaign:
        'Se ficar desmarcado, o lead de teste pula a etapa da conta, e o teste não deixa nenhuma conta no ActiveCampaign. Os leads reais continuam recebendo a sua.',
      hubspot:
        'Se ficar desmarcado, o lead de teste pula a etapa da empresa, e o teste não deixa nenhuma empresa no HubSpot. Os leads reais continuam recebendo a sua.',
      pipedrive:
        'Se ficar desmarcado, o lead de teste pula a etapa da organização, e o teste não deixa nenhuma organização no Pipedrive. Os leads reais continuam recebendo a sua.',
    },
    notes: 'Observações da última tentativa',
    button: 'Enviar lead de teste',
    again: 'Enviar outro lead de teste',
    startFailed: 'Não foi possível enviar o lead de teste',
    contact: 'Contato de teste:',
    queued: 'Lead de teste na fila…',
    target: {
      activecampaign: 'o ActiveCampaign',
      hubspot: 'o HubSpot',
      pipedrive: 'o Pipedrive',
      webhook: 'o sistema receptor',
      generic: 'o CRM',
    },
    targetStart: {
      activecampaign: 'O ActiveCampaign',
      hubspot: 'O HubSpot',
      pipedrive: 'O Pipedrive',
      webhook: 'O sistema receptor',
      generic: 'O CRM',
    },
    sending: 'Enviando para {{crm}}…',
    success: {
      title: 'Lead de teste entregue',
      body_activecampaign: 'Confira no ActiveCampaign se {{email}} foi criado com as tags e listas corretas.',
      body_hubspot: 'Confira no HubSpot se o contato {{email}} foi criado ou atualizado com as propriedades mapeadas.',
      body_pipedrive:
        'Confira no Pipedrive se a pessoa {{email}} e um lead com a etiqueta da faixa de pontuação foram criados.',
      body_webhook:
        'Confira no sistema receptor se chegou uma requisição assinada para {{email}} e se a assinatura foi verificada.',
      calls_one: 'A chamada abaixo foi aceita.',
      calls_other: 'Todas as {{count}} chamadas abaixo foram aceitas.',
      partial_one: '{{accepted}} da {{count}} chamada abaixo foi aceita.',
      partial_other: '{{accepted}} das {{count}} chamadas abaixo foram aceitas.',
      renewed: 'O token de acesso foi renovado após um 401, e a chamada recusada foi repetida.',
    },
    failed: {
      title: 'O lead de teste não foi entregue',
      unknown: 'O envio não foi aceito. As chamadas abaixo mostram onde ele parou.',
    },
    retrying: {
      title: 'A primeira tentativa falhou; uma nova tentativa será feita automaticamente',
      next: 'Próxima tentativa às {{time}}.',
    },
    held: {
      title: 'O lead de teste está aguardando',
      paused: 'Os envios para esta integração estão pausados. Retome-a para entregar o lead de teste.',
      needs_attention: 'Esta integração requer atenção: confira a conexão e depois retome-a.',
      offline: 'Este computador parece estar sem internet. O lead de teste será enviado assim que a conexão voltar.',
    },
    skipped: {
      title: 'O lead de teste foi ignorado',
      body: 'Os filtros da integração não o deixaram passar.',
    },
    cancelled: {
      title: 'O lead de teste foi cancelado',
      body: 'Ele foi cancelado antes de ser enviado.',
    },
    authByType: {
      activecampaign:
        'O ActiveCampaign recusou a chave da API. Confira se a chave e a URL da API estão corretas, sem espaços a mais antes ou depois dos valores colados.',
      hubspot:
        'O HubSpot recusou o acesso ou o token. Entre de novo (ou cole um novo token de app privado) na etapa de conexão e depois retome.',
      pipedrive:
        'O Pipedrive recusou o acesso ou o token da API. Entre de novo (ou cole de novo o token pessoal da API) na etapa de conexão e depois retome.',
      webhook:
        'O sistema receptor recusou a requisição (401/403). Confira o segredo de assinatura e os cabeçalhos extras que ele espera.',
    },
    errorClasses: {
      auth: 'As credenciais foram recusadas.',
      rate_limited:
        '“Too many requests” (429): {{crm}} está limitando as requisições. Se continuar, verifique se outras integrações estão usando a mesma conta ao mesmo tempo.',
      transient: '{{Crm}} teve um problema temporário.',
      permanent: 'Uma das chamadas foi recusada; a lista abaixo mostra qual e por quê.',
      offline: 'Este computador não conseguiu acessar {{crm}}.',
    },
    calls: {
      attempt_one: 'Tentativa {{number}} · {{count}} chamada',
      attempt_other: 'Tentativa {{number}} · {{count}} chamadas',
      listLabel: 'Chamadas da tentativa {{number}}',
      none: 'Nenhuma chamada foi feita.',
      renewal: 'Token de acesso renovado',
      renewalFailed: 'Não foi possível renovar o token de acesso',
      renewalBadge: 'Renovado',
      renewalFailedBadge: 'Não renovado',
      renewedAfter: 'Recusada com 401: o token de acesso foi renovado e esta chamada repetida.',
      renewals_one: '{{count}} renovação de token',
      renewals_other: '{{count}} renovações de token',
      noAnswer: 'Sem resposta',
      duration: '{{ms}} ms',
    },
  },
};
