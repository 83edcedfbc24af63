import type { leadsExportEn } from './en-export';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** A lista de leads e o relatório de importação em CSV: títulos e cabeçalhos (pt-BR). */
export const leadsExportPtBR: Shape<typeof leadsExportEn> = {
  export: {
    title: 'Exportando os leads filtrados',
    reportTitle: 'Gerando o relatório da importação',
    report: 'Baixar o relatório (CSV)',
    yes: 'sim',
    no: 'não',
    columns: {
      issues: 'Problemas',
    },
    reportColumns: {
      row: 'Linha',
      line: 'Linha do arquivo',
      outcome: 'Resultado da linha',
      column: 'Coluna',
      field: 'Campo',
      severity: 'Gravidade',
      code: 'Código',
      message: 'Problema',
    },
  },
};
