import type { Translation } from '../en';

export const hubspotWizardPtBR: Pick<Translation, 'hubspotWizard'> = {
  hubspotWizard: {
    card: {
      listLabel: 'Integrações com o HubSpot',
      empty: 'Ainda não conectado para este cliente.',
    },
    titleNew: 'Conectar o HubSpot',
    subtitle: 'Para {{name}}',
    backToList: 'Voltar para Enviar leads',
    stepsLabel: 'Etapas do assistente do HubSpot',
    steps: { connect: 'Conectar', mapping: 'Propriedades', filters: 'Filtros', review: 'Revisão' },
    stepHints: {
      connect: 'Entrar ou colar um token',
      mapping: 'O que cada contato recebe',
      filters: 'Quais leads enviar',
      review: 'Chamadas e ativação',
    },
    headings: {
      connect: 'Conecte a conta do HubSpot',
      mapping: 'O que vai para cada contato',
      filters: 'Quais leads vão para o HubSpot?',
      review: 'Revise e ative',
    },
    blocked: {
      connect: 'Conecte a conta primeiro.',
      mapping: 'Escolha uma propriedade do HubSpot para cada valor do lead.',
      filters: 'Complete as condições do filtro.',
    },
    connect: {
      name: 'Nome da integração',
      method: 'Como conectar',
      oauth: 'Entrar com o HubSpot',
      token: 'Token de app privado',
      oauthIntro:
        'Abre a página de autorização do HubSpot no navegador. Depois que você permitir o acesso, o HubSpot traz você de volta para este aplicativo e a conexão fica pronta.',
      signIn: 'Entrar com o HubSpot',
      waiting: 'Aguardando você permitir o acesso no navegador…',
      openAgain: 'Abrir a página de autorização',
      cancel: 'Cancelar',
      connected: 'Conectado ao portal {{portal}} do HubSpot',
      connectedAs: 'Conectado como {{user}} ({{domain}})',
      stored: 'Esta integração está conectada ao portal {{portal}}.',
      reconnect: 'Conectar outra conta',
      noApp:
        'Para entrar com o HubSpot, informe o ID e o segredo do cliente do seu app do HubSpot em Configurações → Apps conectados.',
      openSettings: 'Abrir Configurações',
      tokenLabel: 'Token de acesso',
      tokenDescription: 'No HubSpot: Configurações → Integrações → Apps privados → seu app → Token de acesso.',
      tokenStored: 'Há um token salvo ({{hint}}). Deixe o campo vazio para mantê-lo.',
      check: 'Verificar conexão',
      checkFailed: 'Não foi possível verificar a conexão',
      checked: 'O HubSpot aceitou o token: portal {{portal}}.',
      advanced: 'Avançado: endereço da API',
      apiUrl: 'Endereço da API',
      apiUrlDescription: 'api.hubapi.com, ou api-eu1.hubapi.com para portais hospedados na União Europeia.',
      failed: {
        oauth_denied: 'O HubSpot não autorizou a conexão. Tente de novo e escolha “Conectar app” na página do HubSpot.',
        oauth_timeout: 'A autorização não foi concluída a tempo. Comece de novo.',
        oauth_cancelled: 'A autorização foi cancelada.',
        oauth_app_missing:
          'Informe primeiro o ID e o segredo do cliente do seu app do HubSpot em Configurações → Apps conectados.',
      },
    },
    errors: {
      rejected: 'O HubSpot não aceitou as credenciais. Confira o token ou entre de novo.',
      rejectedTitle: 'O HubSpot não aceitou este token',
      rejectedToken:
        'Copie de novo o token de acesso em Configurações → Integrações → Aplicativos privados → seu aplicativo (sem espaços) e confira se o aplicativo tem os escopos de contatos e empresas.',
      missingScopes:
        'Falta uma permissão (escopo) à conexão. Dê ao app os escopos de contatos e empresas e conecte de novo.',
      tokenEmpty: 'Cole o token de acesso do app privado.',
      tokenSpace: 'O token contém um espaço ou uma quebra de linha. Copie-o de novo no HubSpot.',
      tokenInvalid: 'Isto não parece um token de acesso do HubSpot.',
      newUrl: 'Conecte de novo: credenciais salvas só vão para o endereço da API com que foram salvas.',
      apiUrl: 'Este não é um endereço de API válido (https://api.hubapi.com).',
      signInFirst: 'Entre com o HubSpot antes de salvar.',
    },
    mapping: {
      intro:
        'Cada lead vira um contato, encontrado pelo e-mail e criado ou atualizado. Escolha o que mais ele recebe; os valores do lead vão para propriedades do contato, que você pode criar aqui.',
      fullName: 'Nome completo → Nome e Sobrenome',
      fullNameHint:
        'Nomes brasileiros são divididos como de costume: “Ana Paula dos Santos” → “Ana Paula” / “dos Santos”.',
      phone: 'Telefone',
      company: 'Empresa → “Nome da empresa” do contato',
      associateCompany: 'Também associar o contato a um registro de empresa',
      associateCompanyHint: 'A empresa é encontrada pelo nome exato, ou criada.',
      properties: 'Valores do lead em propriedades do contato',
      source: 'Valor do lead',
      property: 'Propriedade do HubSpot',
      pick: 'Escolha uma propriedade',
      add: 'Adicionar um valor do lead',
      remove: 'Remover',
      create: 'Criar “{{label}}”',
      useExisting: 'Usar “{{label}}”',
      created: 'Propriedade “{{label}}” criada no HubSpot.',
      loading: 'Carregando as propriedades do portal…',
      sources: {
        score: 'Pontuação',
        scoreRange: 'Faixa de pontuação',
        cnpj: 'CNPJ',
        jobTitle: 'Cargo',
        city: 'Cidade',
        state: 'Estado',
        source: 'Origem do lead',
      },
      suggested: { score: 'Pontuação do lead', scoreRange: 'Faixa de pontuação', cnpj: 'CNPJ' },
    },
    filters: {
      intro:
        'Só leads qualificados são enviados. Adicione condições para enviar apenas alguns deles a esta conta do HubSpot.',
    },
    review: {
      intro: 'Estas são as chamadas que um lead de exemplo faria agora. Esta prévia não grava nada no HubSpot.',
      testLead:
        'O exemplo tem os valores que “Enviar lead de teste” usa e é enviado como um lead real. Um lead de teste também fica com a propriedade “Zero Bad Leads test contact” marcada e pula a etapa da empresa, a menos que você peça ao enviá-lo.',
      callsLabel: 'Chamadas ao HubSpot',
      simulated: 'Simulada',
    },
    done: {
      title: '{{name}} está ativa',
      body: 'Os leads qualificados deste cliente agora vão para o HubSpot. Envie um lead de teste para ver um chegar.',
    },
    notify: { savedDraft: '{{name}} salva como rascunho.' },
  },
};
