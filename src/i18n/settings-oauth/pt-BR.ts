import type { Translation } from '../en';

export const oauthAppsPtBR: Pick<Translation, 'oauthApps'> = {
  oauthApps: {
    title: 'Apps conectados',
    description:
      'Os apps da sua agência no HubSpot e no Pipedrive, usados para entrar nas contas dos seus clientes. O segredo do cliente é guardado criptografado e nunca mais é exibido.',
    providers: { hubspot: 'HubSpot', pipedrive: 'Pipedrive' },
    configured: 'Configurado',
    notConfigured: 'Não configurado',
    clientId: 'ID do cliente',
    clientSecret: 'Segredo do cliente',
    secretStored: 'Salvo ({{hint}}). Deixe vazio para mantê-lo.',
    redirectUri: 'URL de redirecionamento a cadastrar no app',
    redirectPort: 'Porta fixa (opcional)',
    redirectPortHint:
      'Só se o app exigir uma URL de redirecionamento exata; caso contrário, usa-se qualquer porta livre.',
    scopes: 'Escopos a marcar no app',
    advanced: 'Servidor de autorização (sandbox ou servidor de testes)',
    authorizeUrl: 'URL de autorização',
    tokenUrl: 'URL do token',
    defaultHint: 'Padrão: {{url}}',
    save: 'Salvar',
    saved: 'O app do {{provider}} está salvo: agora os clientes podem entrar com o {{provider}}.',
    remove: 'Remover',
    removed: 'App do {{provider}} removido.',
  },
};
