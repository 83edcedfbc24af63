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
      receivedAt: 'Recebido',
      fullName: 'Nome',
      email: 'E-mail',
      phone: 'Telefone',
      company: 'Empresa',
      cnpj: 'CNPJ',
      jobTitle: 'Cargo',
      city: 'Cidade',
      state: 'UF',
      source: 'Origem do lead',
      score: 'Pontos',
      scoreRange: 'Faixa',
      qualified: 'Qualificado',
      emailKind: 'Tipo de e-mail',
      issues: 'Problemas',
      origin: 'Entrada',
      utm: 'UTM',
      custom: 'Campos personalizados',
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
