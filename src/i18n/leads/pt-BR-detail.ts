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
      phoneE164: 'Internacional (E.164)',
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
    fix: {
      button: 'Usar {{suggestion}}',
      labelFor: 'Corrigir para {{suggestion}}',
      done: 'Corrigido e verificado de novo.',
      doneQualified: 'Corrigido: o lead agora é qualificado.',
      doneSent_one: 'Corrigido: o lead agora é qualificado e está sendo enviado para {{count}} integração.',
      doneSent_other: 'Corrigido: o lead agora é qualificado e está sendo enviado para {{count}} integrações.',
    },
    blockers: {
      invalidEmail: 'e-mail inválido',
      emailTypo: 'provável erro de digitação no e-mail',
      invalidPhone: 'telefone inválido',
      invalidCnpj: 'CNPJ inválido',
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
    score: {
      of: 'de 100',
      range: 'Faixa: {{range}}',
      qualifiedBody: 'Qualificado: enviado às integrações ativas do cliente.',
      notQualifiedBody: 'Não qualificado: fica aqui, não é enviado.',
      blocked:
        'Não qualificado: {{reasons}}. Leads com dados ruins não são enviados, seja qual for a pontuação: corrija o valor ou mude isso no perfil de pontuação.',
      blockedShort: 'Não qualificado: {{reasons}}.',
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
