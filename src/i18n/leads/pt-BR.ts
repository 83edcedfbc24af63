import type { Translation } from '../en';
import { leadsExportPtBR } from './pt-BR-export';
import { leadsDetailPtBR } from './pt-BR-detail';
import { leadsFormPtBR } from './pt-BR-form';
import { leadsImportPtBR } from './pt-BR-import';
import { leadsIssuesPtBR } from './pt-BR-issues';

export const leadsPtBR: Pick<Translation, 'leads'> = {
  leads: {
    title: 'Leads',
    subtitle: 'Para {{name}}: todos os leads recebidos, validados e com uma pontuação de qualidade.',
    actions: {
      add: 'Adicionar lead',
      import: 'Importar CSV',
    },
    tabs: {
      label: 'Visões dos leads',
      leads: 'Leads',
      imports: 'Importações',
      scoring: 'Pontuação',
      settings: 'Configurações',
    },
    tableLabel: 'Leads',
    total_one: '{{count}} lead',
    total_other: '{{count}} leads',
    shown: '{{shown}} de {{total}} exibidos, role para ver mais',
    shownMany: '{{shown}} de mais de {{total}} exibidos, role para ver mais',
    loadingMore: 'Carregando mais…',
    refreshing: 'Atualizando…',
    columns: {
      issues: 'Problemas',
    },
    emailKinds: {
      corporate: 'Corporativo',
      free: 'Gratuito',
      typo: 'Provável erro de digitação',
      disposable: 'Descartável',
      invalid: 'Inválido',
      missing: 'Ausente',
    },
    emailKindHints: {
      corporate: 'Um endereço no domínio da própria empresa.',
      free: 'Uma caixa de e-mail pessoal (Gmail, Hotmail, Outlook…).',
      typo: 'O nome de um provedor gratuito digitado errado (gmial.com, gmail.com.br): o e-mail não chega até ser corrigido.',
      disposable: 'Um endereço temporário, que deixa de funcionar em pouco tempo.',
      invalid: 'Este não é um endereço de e-mail utilizável.',
      missing: 'O lead chegou sem e-mail.',
    },
    origins: {
      csv: 'CSV',
      manual: 'Manual',
      api: 'API',
      test: 'Teste',
    },
    qualified: {
      yes: 'Qualificado',
      no: 'Não qualificado',
    },
    noScore: 'Sem pontuação',
    noScoreHint: 'O cliente não tinha um perfil de pontuação ativo quando este lead chegou.',
    checks: {
      clean: 'Sem problemas',
      count_one: '{{count}} problema',
      count_other: '{{count}} problemas',
      hint: 'Abra o lead para ver o que a validação encontrou.',
    },
    filters: {
      label: 'Filtros de leads',
      search: 'Buscar',
      searchPlaceholder: 'Nome, e-mail, empresa, telefone',
      anyRange: 'Qualquer faixa',
      emailKind: 'E-mail',
      anyKind: 'Qualquer tipo',
      problems: 'Problemas',
      withProblems: 'Com problemas',
      clean: 'Sem problemas',
      anyOrigin: 'Qualquer entrada',
      any: 'Todos',
      yes: 'Sim',
      no: 'Não',
      importChip: 'Da importação: {{name}}',
      clearImport: 'Mostrar todas as importações',
      clear: 'Limpar filtros',
    },
    empty: {
      title: 'Seus leads aparecerão aqui',
      body: 'Importe um arquivo CSV exportado de um formulário ou de uma plataforma de anúncios, ou adicione um lead manualmente. Cada lead é validado e pontuado assim que chega.',
      filteredTitle: 'Nenhum lead corresponde a estes filtros',
      filteredBody: 'Tente uma busca mais ampla ou limpe os filtros para ver todos os leads deste cliente.',
    },
    notify: {
      deleted: 'Lead excluído.',
    },
    ...leadsExportPtBR,
    ...leadsDetailPtBR,
    ...leadsFormPtBR,
    ...leadsImportPtBR,
    ...leadsIssuesPtBR,
  },
};
