import type { logsMoreEn } from './en-health';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** As abas da página de Logs, a exportação CSV, a saúde dos clientes e a retenção (pt-BR). */
export const logsMorePtBR: Shape<typeof logsMoreEn> = {
  tabs: {
    label: 'Visões dos registros',
    attempts: 'Tentativas',
    health: 'Saúde dos clientes',
  },
  export: {
    title: 'Exportando os envios filtrados',
    columns: {
      time: 'Data e hora',
      client: 'Cliente',
      integration: 'Integração',
      leadName: 'Nome do lead',
      state: 'Situação',
      attempt: 'Tentativa',
      nextAttempt: 'Próxima tentativa',
      lastStatus: 'Último código HTTP',
      message: 'Mensagem',
      errorClass: 'Tipo de erro',
    },
    attemptOf: '{n} de {max}',
  },
  health: {
    attention: 'Precisa de atenção',
    allGood: 'Nada precisa de atenção: todas as integrações estão enviando.',
    clients: 'Clientes',
    noClients: 'Nenhum cliente ainda.',
    last24h: 'Últimas 24 horas',
    last30d: 'Últimos 30 dias',
    sent: 'Enviados',
    error: 'Erros',
    retrying: 'Tentando de novo',
    chartLabel: '{{client}}: envios por dia nos últimos 30 dias',
    dayTitle: '{{day}}: {{sent}} enviados, {{error}} erros, {{retrying}} tentando de novo',
    today: 'Hoje',
    showDispatches: 'Ver envios',
    newErrors_one: '{{count}} erro novo',
    newErrors_other: '{{count}} erros novos',
    items: {
      needs_attention: '{{integration}} precisa de atenção',
      paused: '{{integration}} está pausada',
      inactive: '{{integration}} está desativada',
      held_one: '{{count}} lead aguardando',
      held_other: '{{count}} leads aguardando',
      errors_one: '{{count}} envio terminou em erro desde {{since}}',
      errors_other: '{{count}} envios terminaram em erro desde {{since}}',
      errorsRecent_one: '{{count}} envio terminou em erro nos últimos 30 dias',
      errorsRecent_other: '{{count}} envios terminaram em erro nos últimos 30 dias',
    },
    review: 'Revisar erros',
    markSeen: 'Marcar como visto',
  },
  retention: {
    title: 'Retenção dos registros',
    description:
      'Por quanto tempo as chamadas e respostas de cada tentativa são guardadas. As mais antigas são apagadas todo dia; a lista de envios continua, e um envio ainda em andamento mantém todas as suas tentativas.',
    days: 'Guardar tentativas por (dias)',
    save: 'Salvar',
    saved: 'Salvo. Tentativas com mais de {{days}} dias são apagadas.',
    range: 'Entre {{min}} e {{max}} dias.',
  },
};
