/** A ready-to-paste request for the intake API; a sample lead that passes validation. */
export function curlExample(endpoint: string, token: string): string {
  const lead = {
    fullName: 'Maria Souza',
    email: 'maria.souza@acme.com.br',
    phone: '+55 11 91234-5678',
    company: 'Acme Ltda',
    source: 'site',
  };
  return [
    `curl -X POST '${endpoint}' \\`,
    `  -H 'Authorization: Bearer ${token}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -H 'Idempotency-Key: form-2024-0001' \\`,
    `  -d '${JSON.stringify(lead, null, 2).replace(/\n/g, '\n  ')}'`,
  ].join('\n');
}
