import type { backlogEn } from './en';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** A fila de uma integração enquanto é enviada: Enviar Leads e Logs. */
export const backlogPtBR: Strings<typeof backlogEn> = {
  backlog: {
    panelTitle: 'Enviando agora',
    panelHint: 'Leads aguardando em cada integração e a velocidade com que estão saindo.',
    label: 'Fila de {{name}}',
    modes: {
      bulk: 'Enviando em lote: lote {{current}} de {{total}}',
      bulkStarting: 'Enviando em lote',
      per_contact: 'Enviando um lead por vez',
      idle: 'Tudo foi enviado',
    },
    waiting_one: '{{n}} aguardando',
    waiting_other: '{{n}} aguardando',
    sending_one: '{{n}} em envio',
    sending_other: '{{n}} em envio',
    held_one: '{{n}} em espera',
    held_other: '{{n}} em espera',
    eta: 'faltam cerca de {{time}}',
    etaUnknown: 'calculando o tempo restante…',
    pace: '{{rate}} leads por minuto',
    limit: '{{percent}} do limite da conta ({{limit}} requisições por segundo)',
    limitHint:
      'Todas as integrações e aplicativos que usam esta conta dividem o limite. O Zero Bad Leads deixa uma parte livre para eles.',
    reasons: {
      setting:
        'Um por vez: esta integração reinscreve contatos que cancelaram a inscrição, o que uma importação em lote não faz.',
      check: 'Um por vez: a verificação antes da importação em lote encontrou um problema. {{message}}',
    },
    progress: 'Lotes enviados',
    attempt: {
      badge: 'Importação nº {{number}}',
      contacts_one: '{{n}} lead na importação',
      contacts_other: '{{n}} leads na importação',
      failed_one: '{{count}} com falha informada',
      failed_other: '{{count}} com falha informada',
      remoteId: 'Identificador da importação no CRM (batch id): {{id}}',
      states: {
        recorded: 'aguardando o CRM aceitá-lo',
        submitted: 'em processamento no CRM',
        following: 'últimos passos',
        done: 'concluído',
        refused: 'recusado pelo CRM',
        failed: 'com falha',
      },
    },
    duration: {
      seconds_one: '{{count}} segundo',
      seconds_other: '{{count}} segundos',
      minutes_one: '{{count}} minuto',
      minutes_other: '{{count}} minutos',
      hours: '{{hours}} h {{minutes}} min',
    },
  },
};
