import type { Translation } from '../en';

/** The desktop app outside its window (tray, notifications, dialogs) and its settings, in Portuguese. */
export const desktopPtBR: Pick<Translation, 'desktop' | 'errorBoundary'> = {
  desktop: {
    tray: {
      open: 'Abrir o Zero Bad Leads',
      pause: 'Pausar todos os envios',
      resume: 'Retomar os envios',
      quit: 'Sair do Zero Bad Leads',
      idle: 'Nada aguardando envio',
      sending_one: 'Enviando: {{count}} lead aguardando',
      sending_other: 'Enviando: {{count}} leads aguardando',
      paused_one: 'Envios pausados: {{count}} lead aguardando',
      paused_other: 'Envios pausados: {{count}} leads aguardando',
      pausedIdle: 'Envios pausados',
      attention_one: '{{count}} precisa de atenção',
      attention_other: '{{count}} precisam de atenção',
    },
    closeNotice: {
      title: 'O Zero Bad Leads continua aberto',
      body: 'Os leads continuam sendo enviados e a API local de entrada continua respondendo. Abra ou feche o app pelo ícone na {{place}}.',
      tray: 'área de notificação',
      menuBar: 'barra de menus',
    },
    quit: {
      title: 'Sair do Zero Bad Leads?',
      message_one: '{{count}} lead está aguardando envio.',
      message_other: '{{count}} leads estão aguardando envio.',
      sendingNow: '{{count}} deles estão sendo enviados agora e têm alguns segundos para terminar.',
      detail:
        'Nada se perde: eles são enviados na próxima vez que o app abrir. Enquanto ele estiver fechado, as novas tentativas param e a API local de entrada não responde.',
      confirm: 'Sair',
      cancel: 'Continuar aberto',
    },
    login: {
      title: 'Abrir o Zero Bad Leads ao entrar no computador?',
      message: 'Abrir o Zero Bad Leads quando você entrar neste computador?',
      detail:
        'As novas tentativas e a API local de entrada só funcionam com o app aberto. Abri-lo ao entrar mantém os leads fluindo depois de reiniciar. Você pode mudar isso em Configurações.',
      yes: 'Abrir ao entrar',
      no: 'Agora não',
    },
    notify: {
      needsAttention_one: 'Uma integração precisa de atenção',
      needsAttention_other: '{{count}} integrações precisam de atenção',
      needsAttentionBody:
        'As credenciais foram recusadas, então os leads delas estão aguardando. Clique para vê-los em Registros.',
      errors_one: '{{count}} lead não pôde ser enviado',
      errors_other: '{{count}} leads não puderam ser enviados',
      errorsBody: 'Terminaram com erro depois das novas tentativas. Clique para vê-los em Registros.',
      stalled_one: 'Os envios pararam: {{count}} lead está atrasado',
      stalled_other: 'Os envios pararam: {{count}} leads estão atrasados',
      stalledBody: 'Nada foi enviado há algum tempo. Clique para ver o que está aguardando em Registros.',
      client: '{{client}}: {{text}}',
    },
    startup: {
      title: 'O Zero Bad Leads não pôde abrir',
      logged: 'Os detalhes foram gravados em {{file}}.',
    },
    files: {
      restoreTitle: 'Restaurar um backup',
      importTitle: 'Importar um espaço de trabalho',
      exportTitle: 'Salvar o espaço de trabalho',
      backup: 'Backups do Zero Bad Leads',
      workspace: 'Espaço de trabalho do Zero Bad Leads',
      any: 'Todos os arquivos',
    },
    badge: {
      attention_one: '{{count}} item precisa de atenção',
      attention_other: '{{count}} itens precisam de atenção',
    },
    settings: {
      title: 'App de desktop',
      description: 'O que o app faz com a janela fechada e o que ele avisa.',
      headless:
        'Estas configurações são do app de desktop: no navegador, o app só funciona enquanto o comando dele está rodando, e não pode mostrar notificações do sistema.',
      closeToTray: 'Continuar aberto quando a janela for fechada',
      closeToTrayHint:
        'Os leads continuam sendo enviados e a API local de entrada continua respondendo; o app fica na área de notificação (barra de menus no macOS). Desligado: fechar a janela encerra o app.',
      openAtLogin: 'Abrir ao entrar no computador',
      openAtLoginHint: 'As novas tentativas e a API local de entrada só funcionam com o app aberto.',
      notifications: 'Notificações',
      notificationsHint: 'Agrupadas, nunca uma por lead. Um clique abre Registros com os leads em questão.',
      kinds: {
        needsAttention: 'Uma integração precisa de atenção (credenciais recusadas)',
        errors: 'Leads terminaram com erro',
        stalled: 'Os envios pararam de andar',
      },
    },
    sending: {
      title: 'Envios',
      running: 'Os leads são enviados assim que chegam.',
      pausedSince: 'Todos os envios estão pausados desde {{time}}. Os leads continuam chegando e aguardam.',
      pause: 'Pausar todos os envios',
      resume: 'Retomar os envios',
    },
  },
  errorBoundary: {
    title: 'Esta página parou de funcionar',
    body: 'Algo deu errado ao mostrar esta página. Seus dados estão seguros. Recarregue a página e, se acontecer de novo, copie os detalhes e envie ao suporte.',
    reload: 'Recarregar',
    copy: 'Copiar detalhes',
    copied: 'Copiado',
  },
};
