import type { Translation } from '../en';

/** O cartão e o assistente do Pipedrive (pt-BR). */
export const pipedriveWizardPtBR: Pick<Translation, 'pipedriveWizard'> = {
  pipedriveWizard: {
    card: {
      listLabel: 'Integrações com o Pipedrive',
      empty: 'Ainda não conectado para este cliente.',
    },
    titleNew: 'Conectar o Pipedrive',
    subtitle: 'Para {{name}}',
    backToList: 'Voltar para Enviar leads',
    stepsLabel: 'Etapas do assistente do Pipedrive',
    steps: { connect: 'Conectar', mapping: 'Pessoa e lead', filters: 'Filtros', review: 'Revisão' },
    stepHints: {
      connect: 'Entre ou cole um token',
      mapping: 'Campos e etiquetas',
      filters: 'Quais leads enviar',
      review: 'Chamadas e ativação',
    },
    headings: {
      connect: 'Conecte a conta do Pipedrive',
      mapping: 'O que vai para cada pessoa e lead',
      filters: 'Quais leads vão para o Pipedrive?',
      review: 'Revise e ative',
    },
    blocked: {
      connect: 'Conecte a conta primeiro.',
      mapping: 'Escolha um campo do Pipedrive para cada valor do lead, ou remova a linha.',
      filters: 'Termine as condições do filtro.',
    },
    connect: {
      name: 'Nome da integração',
      method: 'Como conectar',
      oauth: 'Entrar com o Pipedrive',
      token: 'Token pessoal de API',
      oauthIntro:
        'Abre a página de autorização do Pipedrive no navegador. Depois que você permitir o acesso, o Pipedrive traz você de volta a este aplicativo e a conexão fica pronta.',
      signIn: 'Entrar com o Pipedrive',
      waiting: 'Aguardando você permitir o acesso no navegador…',
      openAgain: 'Abrir a página de entrada',
      cancel: 'Cancelar',
      connected: 'Conectado a {{company}}',
      connectedAs: 'Conectado como {{user}}',
      stored: 'Esta integração está conectada a {{company}}.',
      reconnect: 'Conectar outra conta',
      noApp:
        'Para entrar com o Pipedrive, informe o client ID e o client secret do seu app do Pipedrive em Configurações → Apps conectados.',
      openSettings: 'Abrir Configurações',
      tokenLabel: 'Token de API',
      tokenDescription: 'Pipedrive: Configurações → Preferências pessoais → API → Seu token pessoal de API.',
      tokenStored: 'Há um token guardado ({{hint}}). Deixe o campo vazio para mantê-lo.',
      check: 'Verificar conexão',
      checkFailed: 'Não foi possível verificar a conexão',
      checked: 'O Pipedrive aceitou o token: {{company}}.',
      advanced: 'Avançado: endereço da API',
      apiUrl: 'Endereço da API',
      apiUrlDescription:
        'api.pipedrive.com no início; depois de conectar, as chamadas vão para o endereço da sua empresa (sua-empresa.pipedrive.com).',
      failed: {
        oauth_denied: 'O Pipedrive não autorizou a conexão. Tente de novo e permita o acesso na página do Pipedrive.',
        oauth_timeout: 'A entrada não foi concluída a tempo. Comece de novo.',
        oauth_cancelled: 'A entrada foi cancelada.',
        oauth_app_missing:
          'Informe antes o client ID e o secret do seu app do Pipedrive em Configurações → Apps conectados.',
      },
    },
    errors: {
      rejected: 'O Pipedrive não aceitou as credenciais. Confira o token ou entre de novo.',
      rejectedTitle: 'O Pipedrive não aceitou este token',
      rejectedToken:
        'Copie de novo o seu token pessoal da API no Pipedrive (Preferências pessoais → API), sem espaços; um token deixa de valer quando é gerado outro.',
      forbidden:
        'O Pipedrive recusou por falta de permissão. O app precisa dos escopos base, contacts:full e leads:full; conecte de novo depois de adicioná-los.',
      tokenEmpty: 'Cole o seu token pessoal de API.',
      tokenSpace: 'O token tem um espaço ou uma quebra de linha. Copie-o de novo do Pipedrive.',
      tokenInvalid: 'Isto não parece um token de API do Pipedrive (40 letras e números).',
      newUrl: 'Conecte de novo: credenciais guardadas só vão para o endereço de API com que foram salvas.',
      apiUrl: 'Este não é um endereço de API válido (https://api.pipedrive.com).',
      signInFirst: 'Entre com o Pipedrive antes de salvar.',
    },
    mapping: {
      intro:
        'Cada lead vira uma pessoa, encontrada pelo e-mail ou criada, e um lead ligado a ela. Os valores do lead vão para campos personalizados da pessoa, escolhidos entre os campos da conta.',
      phone: 'Telefone',
      organization: 'Empresa → organização',
      organizationHint: 'A organização é encontrada pelo nome exato, ou criada, e ligada à pessoa e ao lead.',
      fields: 'Valores do lead em campos da pessoa',
      source: 'Valor do lead',
      field: 'Campo do Pipedrive',
      pick: 'Escolha um campo',
      add: 'Adicionar um valor do lead',
      remove: 'Remover',
      loading: 'Carregando os campos de pessoa da conta…',
      noFields:
        'Esta conta ainda não tem campos personalizados de pessoa. Crie-os no Pipedrive (Configurações → Campos de dados).',
      sources: {
        score: 'Pontuação',
        scoreRange: 'Faixa de pontuação',
        cnpj: 'CNPJ',
        jobTitle: 'Cargo',
        city: 'Cidade',
        state: 'Estado',
        source: 'Origem do lead',
        'utm.source': 'UTM source',
        'utm.medium': 'UTM medium',
        'utm.campaign': 'UTM campaign',
      },
    },
    labels: {
      title: 'Etiqueta de lead para cada faixa de pontuação',
      enabled: 'Etiquetar cada lead com a sua faixa de pontuação',
      hint: 'Cada lead no Pipedrive leva a etiqueta da sua faixa de pontuação, para a equipe ordenar e filtrar por ela: escolha uma etiqueta de lead existente ou crie uma.',
      label: 'Etiqueta de lead',
      none: 'Sem etiqueta',
      create: 'Criar “{{name}}”',
    },
    filters: {
      intro:
        'Só leads qualificados são enviados. Adicione condições para enviar apenas parte deles a esta conta do Pipedrive.',
    },
    review: {
      intro: 'Estas são as chamadas que um lead de exemplo faria agora. Esta prévia não grava nada no Pipedrive.',
      testLead:
        'O exemplo tem os valores que “Enviar lead de teste” usa e é enviado como um lead real. Um lead de teste também recebe a etiqueta de lead “Zero Bad Leads test” e uma anotação na pessoa, e pula a etapa da organização, a menos que você peça ao enviá-lo.',
      callsLabel: 'Chamadas ao Pipedrive',
      simulated: 'Simulada',
    },
    done: {
      title: '{{name}} está ativa',
      body: 'Os leads qualificados deste cliente agora vão para o Pipedrive. Envie um lead de teste para ver um chegar.',
    },
    notify: { savedDraft: '{{name}} salva como rascunho.' },
  },
};
