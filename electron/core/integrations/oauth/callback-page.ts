/**
 * The small page the browser shows after the provider redirects back to the app. It carries no
 * script and no external resource, and says in the reader's language (pt-BR or English) whether
 * to go back to the app.
 */

export type CallbackPageKind = 'success' | 'denied' | 'wrong_state' | 'not_found';

type Texts = Record<CallbackPageKind, { title: string; body: string }>;

const PT: Texts = {
  success: {
    title: 'Conta conectada',
    body: 'Pronto! Você pode fechar esta aba e voltar ao Zero Bad Leads.',
  },
  denied: {
    title: 'Conexão não autorizada',
    body: 'A autorização foi cancelada ou recusada. Você pode fechar esta aba e tentar de novo no Zero Bad Leads.',
  },
  wrong_state: {
    title: 'Link de autorização inválido',
    body: 'Este retorno não corresponde à conexão que o Zero Bad Leads está aguardando. Feche esta aba e comece de novo pelo aplicativo.',
  },
  not_found: { title: 'Página não encontrada', body: 'Você pode fechar esta aba.' },
};

const EN: Texts = {
  success: {
    title: 'Account connected',
    body: 'Done! You can close this tab and go back to Zero Bad Leads.',
  },
  denied: {
    title: 'Connection not authorised',
    body: 'The authorisation was cancelled or refused. You can close this tab and try again in Zero Bad Leads.',
  },
  wrong_state: {
    title: 'Invalid authorisation link',
    body: 'This redirect does not match the connection Zero Bad Leads is waiting for. Close this tab and start again from the app.',
  },
  not_found: { title: 'Page not found', body: 'You can close this tab.' },
};

/** Portuguese unless the browser prefers English over it. */
export function pageLanguage(acceptLanguage: string | undefined): 'pt-BR' | 'en' {
  const header = (acceptLanguage ?? '').toLowerCase();
  const pt = header.search(/\bpt\b|\bpt-/);
  const en = header.search(/\ben\b|\ben-/);
  if (en >= 0 && (pt < 0 || en < pt)) return 'en';
  return 'pt-BR';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function callbackPage(kind: CallbackPageKind, acceptLanguage: string | undefined): string {
  const lang = pageLanguage(acceptLanguage);
  const { title, body } = (lang === 'en' ? EN : PT)[kind];
  const colour = kind === 'success' ? '#2f9e44' : '#c92a2a';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Zero Bad Leads</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#f8f9fa;color:#212529}
main{max-width:28rem;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.12);text-align:center}
h1{font-size:1.25rem;color:${colour};margin:0 0 .75rem}
p{line-height:1.5;margin:0}
@media (prefers-color-scheme:dark){body{background:#1a1b1e;color:#e9ecef}main{background:#25262b}}
</style>
</head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p></main></body>
</html>
`;
}

/** No script may run and nothing may load on the page: it is static text. */
export const CALLBACK_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
