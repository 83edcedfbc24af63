import type { exportsEn } from './en';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** Arquivos gerados (CSV de Logs e de Leads, relatórios de importação). */
export const exportsPtBR: Strings<typeof exportsEn> = {
  exports: {
    button: 'Exportar CSV',
    progress: '{{done}} de cerca de {{total}} linhas',
    downloading: 'Baixando o arquivo…',
    cancel: 'Cancelar exportação',
    done_one: '{{fileName}} salvo ({{rows}} linha).',
    done_other: '{{fileName}} salvo ({{rows}} linhas).',
    cancelled: 'Exportação cancelada.',
  },
};
