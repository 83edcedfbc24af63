import type { logsBulkEn } from './en';

/** Ações em lote na seleção dos Registros. */
export const logsBulkPtBR: typeof logsBulkEn = {
  logsBulk: {
    selectAll: 'Selecionar todos',
    selectAllHint: 'Todos os envios que os filtros encontram, não só as linhas exibidas ({{shortcut}} na tabela)',
    barLabel: 'Envios selecionados',
    counting: 'Contando os envios que os filtros encontram…',
    selected_one: '{{n}} envio que atende a estes filtros está selecionado',
    selected_other: 'Todos os {{n}} envios que atendem a estes filtros estão selecionados',
    selectedHint: 'Inclusive os que ainda não foram carregados. Mudar os filtros desfaz a seleção.',
    nothingSelected: 'Nenhum envio atende a estes filtros.',
    clear: 'Desfazer seleção',
    shortcuts: 'Atalhos',
    shortcutResend: 'reenviar',
    shortcutClear: 'desfazer',
    buttons: {
      resend: 'Reenviar {{n}}',
      retryNow: 'Tentar {{n}} agora',
      cancel: 'Cancelar {{n}}',
    },
    none: {
      resend: 'Só envios que falharam podem ser reenviados; nenhum dos selecionados falhou.',
      retryNow:
        'Só envios aguardando a próxima tentativa podem ser tentados agora; nenhum dos selecionados está aguardando.',
      cancel: 'Só envios ainda por fazer podem ser cancelados; todos os selecionados já terminaram.',
    },
    confirm: {
      title: {
        resend_one: 'Reenviar {{n}} envio?',
        resend_other: 'Reenviar {{n}} envios?',
        retryNow_one: 'Tentar {{n}} envio agora?',
        retryNow_other: 'Tentar {{n}} envios agora?',
        cancel_one: 'Cancelar {{n}} envio?',
        cancel_other: 'Cancelar {{n}} envios?',
      },
      body: {
        resend:
          'Cada lead que falhou é enviado de novo à sua integração, como um novo envio. Os envios que falharam continuam nos Registros como estavam.',
        retryNow:
          'Eles são tentados de novo agora, em vez de esperar a próxima tentativa; cada um ainda conta como uma tentativa.',
        cancel:
          'Eles não serão enviados. Não dá para desfazer, mas um envio cancelado pode ser reenviado um a um depois.',
      },
      stopping_one:
        'Mais {{n}} está sendo enviado agora: a tentativa é interrompida, a menos que o CRM já tenha recebido o lead.',
      stopping_other:
        'Mais {{n}} estão sendo enviados agora: as tentativas são interrompidas, a menos que o CRM já tenha recebido os leads.',
      skipped_one: '{{n}} dos {{total}} selecionados fica como está: {{reasons}}.',
      skipped_other: '{{n}} dos {{total}} selecionados ficam como estão: {{reasons}}.',
      back: 'Voltar',
      nothing: 'Nada na seleção se encaixa mais nesta ação.',
    },
    progress: {
      starting: 'Localizando os envios selecionados…',
      resend: 'Reenviando: {{done}} de {{total}}',
      retryNow: 'Tentando agora: {{done}} de {{total}}',
      cancel: 'Cancelando: {{done}} de {{total}}',
    },
    summary: {
      title: {
        resend: 'Reenvio concluído',
        retryNow: 'Nova tentativa concluída',
        cancel: 'Cancelamento concluído',
      },
      applied: {
        resend_one: '{{n}} reenviado',
        resend_other: '{{n}} reenviados',
        retryNow_one: '{{n}} tentado agora',
        retryNow_other: '{{n}} tentados agora',
        cancel_one: '{{n}} cancelado',
        cancel_other: '{{n}} cancelados',
      },
      stopping_one: '{{n}} sendo interrompido',
      stopping_other: '{{n}} sendo interrompidos',
      held_one: '{{n}} aguarda a integração pausada',
      held_other: '{{n}} aguardam a integração pausada',
      skipped_one: '{{n}} ignorado: {{reasons}}',
      skipped_other: '{{n}} ignorados: {{reasons}}',
      unfinished_one: '{{n}} não foi feito: a ação parou por um erro (o log do app tem os detalhes). Tente de novo.',
      unfinished_other:
        '{{n}} não foram feitos: a ação parou por um erro (o log do app tem os detalhes). Tente de novo.',
      empty: 'Nenhum envio atendia mais a estes filtros.',
    },
    failed: 'Não foi possível iniciar a ação.',
    reasons: {
      already_sent_one: '{{n}} já enviado',
      already_sent_other: '{{n}} já enviados',
      already_cancelled_one: '{{n}} cancelado',
      already_cancelled_other: '{{n}} cancelados',
      failed_one: '{{n}} com falha (reenvie-o)',
      failed_other: '{{n}} com falha (reenvie-os)',
      filtered_out_one: '{{n}} barrado por um filtro',
      filtered_out_other: '{{n}} barrados por um filtro',
      still_open_one: '{{n}} ainda em envio',
      still_open_other: '{{n}} ainda em envio',
      already_resent_one: '{{n}} já reenviado',
      already_resent_other: '{{n}} já reenviados',
      being_sent_one: '{{n}} sendo enviado agora',
      being_sent_other: '{{n}} sendo enviados agora',
      paused_one: '{{n}} em espera (retome a integração)',
      paused_other: '{{n}} em espera (retome a integração)',
      integration_deleted_one: '{{n}} de uma integração excluída',
      integration_deleted_other: '{{n}} de uma integração excluída',
      changed_one: '{{n}} mudou nesse meio-tempo',
      changed_other: '{{n}} mudaram nesse meio-tempo',
    },
  },
};
