import type { Translation } from '../en';

/** Backups, restauração, mudança de computador, chaves a digitar de novo e atualizações, em português. */
export const backupsPtBR: Pick<Translation, 'backups' | 'workspace' | 'keysNeeded' | 'restarting' | 'updates'> = {
  backups: {
    title: 'Backups',
    description:
      'Uma cópia do banco de dados é feita todos os dias e antes de cada atualização do aplicativo, sem interromper os envios. Restaurar uma cópia substitui todos os dados daqui; o que você tem agora é guardado antes como backup.',
    now: 'Fazer backup agora',
    taken: 'Backup feito: {{date}}.',
    fromFile: 'Restaurar de um arquivo…',
    folder: 'Pasta',
    keep: 'Manter os últimos',
    keepHint: 'Os backups mais antigos são apagados (de {{min}} a {{max}}).',
    keepSuffix: 'backups',
    keepSave: 'Salvar',
    keepSaved: 'Os últimos {{count}} backups são mantidos.',
    empty: 'Nenhum backup ainda. O primeiro automático é feito alguns minutos depois que existe um cliente.',
    listLabel: 'Backups',
    columns: {
      date: 'Data',
      size: 'Tamanho',
      version: 'Versão do app',
      reason: 'Origem',
      actions: 'Ações',
    },
    unknownVersion: 'Desconhecida',
    reasons: {
      manual: 'À mão',
      daily: 'Diário',
      before_migration: 'Antes de uma atualização',
      before_restore: 'Antes de uma restauração',
      before_import: 'Antes de uma importação',
      unknown: 'Copiado para cá',
    },
    restore: 'Restaurar…',
    restoreLabel: 'Restaurar o backup de {{date}}',
    confirm: {
      title: 'Restaurar este backup?',
      titleFile: 'Restaurar de um arquivo?',
      body: 'Todos os dados daqui (clientes, leads, integrações, registros) são substituídos pelo backup de {{date}}. O que você tem agora é guardado antes como backup, para poder voltar a ele.',
      bodyFile:
        'Todos os dados daqui (clientes, leads, integrações, registros) são substituídos pelo arquivo que você escolher. O que você tem agora é guardado antes como backup, para poder voltar a ele.',
      restart:
        'Em seguida o aplicativo reinicia com os novos dados; os leads em envio têm alguns segundos para terminar.',
      choose: 'Escolher o arquivo',
      chosen: 'Arquivo: {{name}}',
      confirm: 'Restaurar e reiniciar',
    },
    refused: {
      title: 'Este arquivo não pode ser restaurado',
      corrupt: 'O arquivo está danificado. Nada foi alterado; tente outro backup.',
      not_a_backup: 'Este arquivo não é um backup nem um espaço de trabalho do Zero Bad Leads. Nada foi alterado.',
      newer_version:
        'Esta cópia foi feita por uma versão mais nova do Zero Bad Leads ({{version}}). Atualize o aplicativo antes; nada foi alterado.',
      newer_versionUnknown:
        'Esta cópia foi feita por uma versão mais nova do Zero Bad Leads. Atualize o aplicativo antes; nada foi alterado.',
      not_a_workspace: 'Este arquivo não é um espaço de trabalho do Zero Bad Leads. Nada foi alterado.',
      too_big:
        'O arquivo é grande demais para ser enviado por esta página. Copie-o para a pasta de backups e restaure-o pela lista.',
    },
    last: {
      restored: 'A cópia de {{date}} foi restaurada.',
      restoredUnknown: 'A cópia escolhida foi restaurada.',
      imported: 'Espaço de trabalho importado (cópia de {{date}}).',
      importedUnknown: 'Espaço de trabalho importado.',
      migrated_one: 'Ela foi trazida para esta versão (1 atualização do banco de dados).',
      migrated_other: 'Ela foi trazida para esta versão ({{count}} atualizações do banco de dados).',
      failed: 'Não foi possível abrir a cópia, então seus dados anteriores foram recolocados. Nada foi perdido.',
      failedTitle: 'A restauração não foi concluída',
      dismiss: 'Dispensar',
    },
    uploading: 'Enviando o arquivo… {{percent}}%',
  },
  workspace: {
    title: 'Mudar para outro computador',
    description:
      'Tudo em um arquivo: clientes, leads, integrações, registros e preferências. As chaves de API seguem apenas criptografadas para este computador: no outro, cada integração espera a sua chave, com os leads guardados, até você digitá-la de novo.',
    export: 'Exportar espaço de trabalho',
    exporting: 'Preparando o arquivo…',
    downloading: 'Baixando… {{percent}}%',
    exported: 'Salvo como {{name}}.',
    import: 'Importar um espaço de trabalho…',
    confirm: {
      title: 'Importar um espaço de trabalho?',
      body: 'Todos os dados daqui são substituídos pelo arquivo de espaço de trabalho que você escolher; o que você tem agora é guardado antes como backup.',
      confirm: 'Importar e reiniciar',
    },
    firstRun: 'Vindo de outro computador? Importe seu espaço de trabalho',
  },
  keysNeeded: {
    title_one: '1 chave precisa ser digitada de novo',
    title_other: '{{count}} chaves precisam ser digitadas de novo',
    body_one:
      'Ela foi salva em outro computador ou pelo outro tipo de aplicativo, então não pode ser aberta aqui. O que a usa espera, com os leads guardados, e os envia assim que a chave for digitada de novo.',
    body_other:
      'Elas foram salvas em outro computador ou pelo outro tipo de aplicativo, então não podem ser abertas aqui. O que as usa espera, com os leads guardados, e os envia assim que cada chave for digitada de novo.',
    item: '{{client}}: {{integration}}',
    connectedApp: 'Configurações → Aplicativos conectados: o client secret do {{provider}}',
    badge: 'Precisa da chave de novo',
    card: 'Esta chave foi salva em outro computador ou pelo outro tipo de aplicativo, então não pode ser aberta aqui. Os leads esperam e são enviados assim que você digitá-la de novo.',
    enter: 'Digitar a chave de novo',
    enterLabel: 'Digitar de novo a chave de {{name}}',
  },
  restarting: {
    title: 'Reiniciando com os dados restaurados…',
    body: 'Os leads em envio têm alguns segundos para terminar. A página recarrega sozinha.',
  },
  updates: {
    title: 'Atualizações',
    check: 'Procurar atualizações',
    checking: 'Procurando…',
    upToDate: 'O Zero Bad Leads está atualizado.',
    lastChecked: 'Última verificação: {{time}}.',
    available: 'A versão {{version}} está disponível.',
    download: 'Baixar',
    downloading: 'Baixando a versão {{version}}… {{percent}}%',
    downloaded: 'A versão {{version}} está pronta.',
    restart: 'Reiniciar para atualizar',
    installing: 'Reiniciando assim que os leads em envio forem registrados…',
    failed: 'Não foi possível procurar ou baixar a atualização: {{error}}',
    autoDownload: 'Baixar novas versões automaticamente',
    autoDownloadHint: 'O aplicativo nunca reinicia sozinho: você escolhe quando.',
    notesTitle: 'Novidades da versão {{version}}',
    noNotes: 'Nenhuma nota foi publicada para esta versão.',
    notesRestart:
      'O Zero Bad Leads fecha e abre de novo na nova versão. Os leads em envio têm alguns segundos para terminar; nada se perde.',
    later: 'Depois',
    development: 'Esta versão não foi instalada a partir de uma publicação, então não se atualiza sozinha.',
    headless:
      'O servidor sem interface não se atualiza sozinho. Para atualizar: pare-o, instale a nova versão do aplicativo (npm ci e npm run build na pasta da nova versão) e inicie-o de novo com a mesma pasta de dados; o banco de dados é copiado antes de ser atualizado.',
  },
};
