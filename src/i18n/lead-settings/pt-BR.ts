import type { leadSettingsEn } from './en';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** A aba Configurações da página Leads: lista de domínios permitidos, verificação de MX e a API local. */
export const leadSettingsPtBR: Strings<typeof leadSettingsEn> = {
  leadSettings: {
    intro:
      'Como os leads deste cliente são verificados quando chegam e como outras ferramentas deste computador podem enviá-los.',
    loadFailed: 'Não foi possível carregar as configurações de leads.',
    allowlist: {
      title: 'Domínios de e-mail permitidos',
      description:
        'Domínios que são de fato do negócio deste cliente. Endereços neles contam como corporativos, mesmo que o domínio esteja nas listas de gratuitos ou descartáveis, como uma empresa que usa o domínio do seu provedor de internet.',
      label: 'Domínios da empresa',
      placeholder: 'acme.com.br e tecle Enter',
      help: 'acme.com.br, @acme.com.br e *.acme.com.br são aceitos.',
      empty: 'Nenhum domínio ainda: cada endereço é classificado pelas listas do app.',
      invalid: '“{{domain}}” não é um nome de domínio. Use algo como acme.com.br.',
      invalidPlain: 'Um dos domínios não é válido. Use algo como acme.com.br.',
      tooMany: 'Use no máximo 500 domínios.',
      save: 'Salvar domínios',
      discard: 'Descartar alterações',
      saved: 'Domínios permitidos salvos.',
      appliesToNew: 'Vale para os leads que chegarem daqui em diante.',
    },
    mx: {
      title: 'Verificação de MX',
      label: 'Verificar se o domínio do e-mail tem servidor de e-mail',
      description:
        'O domínio de cada lead novo é consultado no DNS. Um domínio sem servidor de e-mail (MX) é sinalizado e pode perder pontos com a regra “Domínio sem servidor de e-mail”.',
      neverBlocks:
        'Nunca bloqueia um lead. Quando este computador está sem internet ou o DNS não responde, o resultado é “desconhecido” e não tira pontos.',
      on: 'Verificação de MX ligada.',
      off: 'Verificação de MX desligada.',
    },
    intake: {
      title: 'API local de entrada',
      description:
        'Permite que formulários, scripts e ferramentas deste computador enviem leads direto para este cliente: faça um POST de cada lead em JSON com o token do cliente. Ela só escuta em 127.0.0.1.',
      on: 'Ligada',
      off: 'Desligada',
      switch: 'Aceitar leads pela API local',
      offNote:
        'Desligada por padrão. Enquanto estiver desligada, nada é aceito para este cliente; o token é mantido, então religá-la não exige mudanças nas suas ferramentas.',
      enabled: 'A API local de entrada está ligada para este cliente.',
      disabled: 'A API local de entrada está desligada para este cliente.',
      endpoint: 'Endereço',
      endpointWaiting: 'Iniciando…',
      token: 'Token',
      tokenHint: 'Termina em …{{hint}} · criado em {{date}}',
      noToken: 'Um token é criado quando você liga a API.',
      tokenHidden: 'Só guardamos uma impressão digital: o token em si foi mostrado uma única vez, quando foi criado.',
      rotate: 'Trocar token',
      rotateTitle: 'Trocar o token?',
      rotateBody:
        'Um novo token é criado e o atual (terminado em …{{hint}}) para de funcionar na hora. Todo formulário ou ferramenta que o usa precisa receber o novo.',
      rotateConfirm: 'Trocar token',
      example: 'Exemplo de requisição',
      exampleHint: 'Troque <seu token> pelo token que você copiou quando ele foi mostrado.',
      tokenPlaceholder: '<seu token>',
      answers:
        'Responde 202 com o id, a nota e a faixa do lead; 401 para token ausente ou errado, 422 para lead sem e-mail ou com campos inválidos, 413 acima de 64 KB. Envie o cabeçalho Idempotency-Key para repetir com segurança.',
      serverError: {
        title: 'A API de entrada não está escutando',
        port_in_use:
          'A porta dela já está em uso por outro programa. Feche esse programa (ou outra cópia do Zero Bad Leads) e depois desligue e ligue a API de novo.',
        other: 'Ela não conseguiu iniciar ({{code}}). Desligue e ligue de novo; os detalhes estão no log do app.',
      },
    },
    tokenModal: {
      title: 'Copie o token agora',
      once: 'Você não o verá de novo',
      onceBody:
        'Esta é a única vez que o token aparece: o app guarda só uma impressão digital dele. Copie agora e guarde onde seus formulários e ferramentas possam usá-lo. Se ele se perder, troque o token para obter um novo.',
      tokenLabel: 'Token do cliente',
      copy: 'Copiar token',
      copied: 'Token copiado',
      example: 'Pronto para colar (inclui o token)',
      copyExample: 'Copiar exemplo',
      done: 'Já copiei',
    },
  },
};
