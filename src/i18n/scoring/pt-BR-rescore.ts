import type { rescoreEn } from './en-rescore';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** Pontuar de novo os leads que o cliente já tem, depois de mudar o perfil. */
export const rescorePtBR: Strings<typeof rescoreEn> = {
  title: 'Pontuar de novo os leads existentes?',
  titleRun: 'Nova pontuação dos leads existentes',
  intro:
    '“{{name}}” agora pontua todo lead novo. Os leads que já estão na lista mantêm a nota que receberam ao chegar, a menos que você os pontue de novo agora.',
  preview: {
    counting: 'Contando o que mudaria…',
    changes_one: '{{n}} de {{total}} leads mudaria: {{newly}} passam a ser qualificados, {{noLonger}} deixam de ser.',
    changes_other:
      '{{n}} de {{total}} leads mudariam: {{newly}} passam a ser qualificados, {{noLonger}} deixam de ser.',
    queued_one: '{{n}} envio ainda está na fila para os leads que deixam de ser qualificados.',
    queued_other: '{{n}} envios ainda estão na fila para os leads que deixam de ser qualificados.',
    nothing: 'Nenhum lead mudaria: todos já têm a nota que este perfil lhes dá.',
    failed: 'Não foi possível contar o que mudaria; você ainda pode pontuar de novo.',
  },
  scope: {
    label: 'Quais leads',
    unsent: 'Leads ainda não enviados (recomendado)',
    unsentHint: 'Leads já enviados a uma integração mantêm a nota com que foram enviados.',
    all: 'Todos os leads',
    allHint:
      'Leads já enviados também recebem a nova nota, na lista e nas exportações. Eles nunca são enviados de novo.',
  },
  queued: {
    label: 'Envios ainda na fila de leads que deixam de ser qualificados',
    cancel: 'Cancelar (recomendado)',
    cancelHint:
      'Nada é enviado para um lead que não está mais qualificado. Se uma mudança futura o qualificar de novo, ele volta para a fila.',
    keep: 'Manter',
    keepHint: 'Eles são enviados como estão na fila, mesmo que o lead não esteja mais qualificado.',
  },
  newlyNote:
    'Leads que passam a ser qualificados entram na fila das integrações ativas do cliente como se tivessem acabado de chegar: os filtros de cada integração valem, e nenhum lead é enviado duas vezes à mesma integração.',
  notNow: 'Agora não',
  start: 'Pontuar leads de novo',
  startCount_one: 'Pontuar {{n}} lead de novo',
  startCount_other: 'Pontuar {{n}} leads de novo',
  close: 'Fechar',
  failedToStart: 'Não foi possível começar a pontuar de novo.',
  progress: {
    title: 'Pontuando com “{{name}}”…',
    counted_one: '{{done}} de {{total}} lead',
    counted_other: '{{done}} de {{total}} leads',
    label: 'Progresso da nova pontuação',
    background: 'Você pode fechar esta janela: a nova pontuação continua em segundo plano.',
    stop: 'Parar',
    stopping: 'Parando…',
  },
  running: {
    banner: 'Os leads deste cliente estão sendo pontuados de novo: {{percent}}% concluído.',
    show: 'Ver progresso',
  },
  outcome: {
    done: 'Leads pontuados de novo',
    cancelled: 'Nova pontuação interrompida',
    failed: 'A nova pontuação falhou',
    interrupted: 'A nova pontuação foi interrompida',
    doneBody_one: '{{n}} lead foi pontuado de novo com “{{name}}”.',
    doneBody_other: '{{n}} leads foram pontuados de novo com “{{name}}”.',
    cancelledBody_one: 'Ela parou depois de {{n}} lead; ele mantém a nova nota.',
    cancelledBody_other: 'Ela parou depois de {{n}} leads; eles mantêm a nova nota.',
    interruptedBody:
      'O app parou durante a nova pontuação. Os {{n}} leads feitos antes disso mantêm a nova nota; pontue de novo para terminar.',
    failedNoProfile: 'Este cliente não tem um perfil de pontuação ativo.',
    failedBody: 'Ela parou depois de {{n}} leads, que mantêm a nova nota. Os detalhes estão no log.',
  },
  counts: {
    rescored: 'Leads pontuados de novo',
    changed: 'Nota alterada',
    newlyQualified: 'Agora qualificados',
    noLongerQualified: 'Não mais qualificados',
    dispatchesCancelled: 'Envios cancelados',
    dispatchesKept: 'Envios mantidos',
    dispatchesQueued: 'Envios na fila',
    notes: {
      dispatchesCancelled: 'De leads que não estão mais qualificados: não serão enviados.',
      dispatchesKept: 'De leads que não estão mais qualificados: ainda serão enviados.',
      dispatchesQueued: 'Para leads que agora estão qualificados.',
      skipped_one: 'Outro {{n}} foi ignorado pelo filtro de uma integração.',
      skipped_other: 'Outros {{n}} foram ignorados pelo filtro de uma integração.',
    },
  },
  showQualified: 'Mostrar leads qualificados',
};
