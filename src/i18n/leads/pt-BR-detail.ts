import type { leadsDetailEn } from './en-detail';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** O painel de detalhes do lead (pt-BR). */
export const leadsDetailPtBR: Shape<typeof leadsDetailEn> = {
  detail: {
    title: 'Detalhes do lead',
    loading: 'Carregando o lead…',
    received: 'Recebido em {{time}}',
    sections: {
      contact: 'Contato',
      company: 'Empresa',
      tracking: 'Campanha (UTM)',
      custom: 'Campos personalizados',
      checks: 'Validação',
      score: 'Pontuação',
      dispatches: 'Enviado para',
    },
    fields: {
      name: 'Nome',
      email: 'E-mail',
      phone: 'Telefone',
      phoneE164: 'Internacional (E.164)',
      company: 'Empresa',
      cnpj: 'CNPJ',
      jobTitle: 'Cargo',
      city: 'Cidade',
      state: 'Estado (UF)',
      source: 'Origem',
      origin: 'Entrada',
    },
    phoneTypes: {
      mobile: 'Celular',
      landline: 'Fixo',
      other: 'Outro',
    },
    cnpjKinds: {
      numeric: 'CNPJ numérico',
      alphanumeric: 'CNPJ alfanumérico',
    },
    allowlisted: 'Domínio na lista de permitidos do cliente',
    mx: {
      found: 'O domínio recebe e-mails',
      none: 'O domínio não recebe e-mails',
      unknown: 'Servidor de e-mail não verificado',
    },
    noChecks: 'Este lead não foi validado.',
    allClear: 'Nenhum problema encontrado: nome, e-mail, telefone e CNPJ parecem corretos.',
    severity: {
      error: 'Problema',
      warning: 'Aviso',
    },
    issueFields: {
      fullName: 'Nome',
      email: 'E-mail',
      phone: 'Telefone',
      cnpj: 'CNPJ',
      state: 'Estado',
    },
    score: {
      of: 'de 100',
      range: 'Faixa: {{range}}',
      qualifiedBody: 'Qualificado: enviado às integrações ativas do cliente.',
      notQualifiedBody: 'Não qualificado: fica aqui, não é enviado.',
      noReasons: 'Nenhuma regra de pontuação se aplicou a este lead.',
      notScored: 'Sem pontuação: o cliente não tinha um perfil de pontuação ativo quando ele chegou.',
      total: 'Total',
      atLeast: 'Os pontos somam menos de 0; a pontuação nunca fica abaixo de 0.',
      atMost: 'Os pontos somam mais de 100; a pontuação nunca passa de 100.',
    },
    dispatches: {
      none: 'Não foi enviado a nenhuma integração.',
      noneQualified: 'Qualificado, mas o cliente não tinha integração ativa quando o lead chegou.',
      attempts_one: '{{count}} tentativa',
      attempts_other: '{{count}} tentativas',
      lastStatus: 'HTTP {{status}}',
      skipped: 'Ignorado: {{reason}}',
      updated: 'Atualizado em {{time}}',
      openLogs: 'Abrir nos registros',
    },
    empty: '—',
    delete: {
      button: 'Excluir lead',
      title: 'Excluir este lead?',
      body: '{{name}} e o histórico de envios dele serão removidos deste computador. Leads já enviados a um CRM continuam lá.',
      confirm: 'Excluir lead',
      sending: 'Este lead está sendo enviado agora. Tente de novo em instantes.',
    },
  },
};
