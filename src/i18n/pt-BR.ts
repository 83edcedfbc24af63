import type { Translation } from './en';
import { backlogPtBR } from './backlog/pt-BR';
import { callLabelsPtBR } from './calls/pt-BR';
import { exportsPtBR } from './exports/pt-BR';
import { leadsPtBR } from './leads/pt-BR';
import { logsPtBR } from './logs/pt-BR';
import { logsBulkPtBR } from './logs-bulk/pt-BR';
import { sendLeadsPtBR } from './send-leads/pt-BR';
import { filtersPtBR } from './send-leads/pt-BR-filters';
import { leadSettingsPtBR } from './lead-settings/pt-BR';
import { scoringPtBR } from './scoring/pt-BR';
import { oauthAppsPtBR } from './settings-oauth/pt-BR';
import { desktopPtBR } from './desktop/pt-BR';
import { leadFieldsPtBR } from './lead-fields/pt-BR';
import { connectorWizardsPtBR } from './send-leads/connectors';
import { backupsPtBR } from './backups/pt-BR';
import { templatesPtBR } from './templates/pt-BR';
import { reportPtBR } from './report/pt-BR';
import { homePtBR } from './home/pt-BR';
import { auditPtBR } from './audit/pt-BR';

export const ptBR: Translation = {
  app: {
    name: 'Zero Bad Leads',
    tagline: 'Qualidade de leads para agências',
    loading: 'Carregando seu espaço de trabalho…',
  },
  nav: {
    label: 'Navegação principal',
    workspace: 'Espaço de trabalho',
    app: 'Aplicativo',
    home: 'Início',
    leads: 'Leads',
    sendLeads: 'Enviar leads',
    logs: 'Registros',
    report: 'Relatório',
    clients: 'Clientes',
    settings: 'Configurações',
  },
  switcher: {
    label: 'Cliente atual',
    placeholder: 'Selecione um cliente',
    empty: 'Nenhum cliente ainda',
    nothingFound: 'Nenhum cliente encontrado',
    manage: 'Gerenciar clientes',
    create: 'Criar um cliente',
  },
  connection: {
    connecting: 'Conectando ao Zero Bad Leads…',
    online: 'Conectado',
    offline: 'Desconectado',
    desktop: 'Aplicativo desktop',
    openPrinted: 'Abra a URL exibida pelo aplicativo',
    printedHint:
      'Ao iniciar, o Zero Bad Leads exibe uma linha como “Zero Bad Leads is running at http://127.0.0.1:…/#token=…”. Abra exatamente esse endereço; a parte depois do # é a chave de acesso desta sessão.',
    missingToken: {
      title: 'Chave de acesso ausente',
      body: 'Esta página foi aberta sem a chave de acesso que o aplicativo exibe ao iniciar, por isso não consegue se comunicar com ele.',
    },
    rejected: {
      title: 'Chave de acesso recusada',
      body: 'O aplicativo recusou a chave de acesso desta página. Provavelmente ele foi reiniciado, o que gera uma nova chave.',
      retry: 'Tentar novamente',
    },
    lost: {
      title: 'Conexão perdida',
      body: 'O Zero Bad Leads parou de responder. Verifique se ele continua em execução; esta página se reconecta sozinha.',
      retryIn: 'Reconectando em {{seconds}} s…',
      retrying: 'Reconectando…',
      retry: 'Reconectar agora',
      restarted: 'Se você reiniciou o aplicativo, abra a nova URL que ele exibiu.',
    },
  },
  common: {
    cancel: 'Cancelar',
    close: 'Fechar',
    retry: 'Tentar novamente',
    copy: 'Copiar',
    copied: 'Copiado',
  },
  errors: {
    title: 'Algo deu errado',
    codes: {
      invalid_input: 'Algumas informações não são válidas. Confira os campos destacados.',
      not_found: 'Este item não existe mais. Ele pode ter sido alterado em outra janela.',
      conflict: 'Esta alteração entra em conflito com os dados atuais.',
      auth_failed: 'As credenciais foram recusadas.',
      rate_limited: 'Muitas solicitações. Aguarde um momento e tente novamente.',
      unavailable: 'O aplicativo não está acessível agora. Tente novamente em instantes.',
      vault_unavailable: 'O armazenamento seguro de credenciais não está disponível neste computador.',
      unknown_channel: 'Esta página não corresponde à versão do aplicativo em execução. Recarregue a página.',
      internal: 'Algo deu errado no aplicativo. Os detalhes estão no registro do aplicativo.',
    },
    reasons: {
      empty: 'Informe um nome.',
      too_long: 'Use no máximo {{max}} caracteres.',
      duplicate:
        'Já existe um cliente com este nome. Maiúsculas, minúsculas e acentos não diferenciam nomes, e clientes arquivados também contam.',
      invalid: 'Este valor não é válido.',
    },
  },
  firstRun: {
    eyebrow: 'Boas-vindas',
    title: 'Vamos cadastrar seu primeiro cliente',
    body: 'Cada cliente que você atende tem seus próprios leads, integrações com CRM e registros de envio. Cadastre o primeiro para começar; você pode alternar entre clientes a qualquer momento.',
    submit: 'Criar primeiro cliente',
    steps: {
      client: 'Cadastre um cliente',
      connect: 'Conecte o CRM do cliente',
      send: 'Valide e envie leads',
    },
  },
  clients: {
    title: 'Clientes',
    subtitle: 'As contas que você gerencia. Cada cliente tem seus próprios leads, integrações e registros.',
    new: 'Novo cliente',
    showArchived: 'Mostrar clientes arquivados',
    tableLabel: 'Clientes',
    activeCount_one: '{{count}} cliente ativo',
    activeCount_other: '{{count}} clientes ativos',
    archivedCount_one: '{{count}} arquivado',
    archivedCount_other: '{{count}} arquivados',
    columns: {
      name: 'Nome',
      created: 'Criado em',
      status: 'Situação',
      actions: 'Ações',
    },
    status: {
      current: 'Atual',
      active: 'Ativo',
      archived: 'Arquivado',
    },
    actions: {
      select: 'Trabalhar em {{name}}',
      rename: 'Renomear {{name}}',
      archive: 'Arquivar {{name}}',
      restore: 'Restaurar {{name}}',
      selectShort: 'Trabalhar neste cliente',
      restoreShort: 'Restaurar',
    },
    form: {
      nameLabel: 'Nome do cliente',
      namePlaceholder: 'ex.: Clínica Acme',
      nameHelp: 'Até {{max}} caracteres, sem repetir o nome de outro cliente.',
      createTitle: 'Novo cliente',
      createSubmit: 'Criar cliente',
      renameTitle: 'Renomear cliente',
      renameSubmit: 'Salvar nome',
    },
    archive: {
      title: 'Arquivar {{name}}?',
      body: 'Clientes arquivados saem do seletor de clientes e deixam de receber trabalho. Os dados são mantidos e você pode restaurá-los quando quiser.',
      confirm: 'Arquivar cliente',
    },
    noActive: {
      title: 'Nenhum cliente ativo',
      body: 'Todos os seus clientes estão arquivados. Restaure um abaixo ou crie um novo cliente.',
    },
  },
  settings: {
    title: 'Configurações',
    subtitle: 'Preferências deste computador e detalhes sobre o aplicativo em execução.',
    appearance: 'Aparência',
    language: {
      label: 'Idioma',
      description: 'Usado em todos os textos do aplicativo.',
      system: 'Sistema ({{language}})',
    },
    theme: {
      label: 'Tema',
      description: '“Sistema” acompanha o modo claro ou escuro do seu sistema operacional.',
      system: 'Sistema',
      light: 'Claro',
      dark: 'Escuro',
    },
    about: {
      title: 'Sobre',
      version: 'Versão',
      host: 'Executando como',
      hostElectron: 'Aplicativo desktop (Electron)',
      hostHeadless: 'Servidor sem interface (navegador)',
      dataDir: 'Pasta de dados',
      vault: 'Armazenamento de segredos',
      vaultAvailable: 'Disponível',
      vaultUnavailable: 'Indisponível',
      vaultWarningTitle: 'As chaves de API armazenadas estão menos protegidas',
      vaultFileWarning:
        'A chave que criptografa as chaves de API armazenadas fica em um arquivo na pasta de dados porque nenhum chaveiro do sistema está acessível. Quem puder ler esse arquivo poderá ler as chaves de API armazenadas. Defina ZBL_MASTER_KEY ou execute um serviço de chaveiro.',
      backends: {
        safeStorage: 'Armazenamento seguro do sistema operacional',
        keyring: 'AES-256-GCM, chave no chaveiro do sistema',
        env: 'AES-256-GCM, chave em ZBL_MASTER_KEY',
        file: 'AES-256-GCM, chave em um arquivo',
      },
    },
  },
  ...leadFieldsPtBR,
  ...sendLeadsPtBR,
  ...connectorWizardsPtBR,
  ...oauthAppsPtBR,
  ...desktopPtBR,
  ...exportsPtBR,
  ...callLabelsPtBR,
  ...backlogPtBR,
  ...filtersPtBR,
  ...logsPtBR,
  ...logsBulkPtBR,
  ...leadsPtBR,
  ...scoringPtBR,
  ...leadSettingsPtBR,
  ...backupsPtBR,
  ...templatesPtBR,
  ...reportPtBR,
  ...homePtBR,
  ...auditPtBR,
};
