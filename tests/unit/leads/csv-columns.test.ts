import { describe, expect, it } from 'vitest';
import { columnTargetSchema } from '../../../electron/contract/lead-imports';
import { autoMapColumns, mappingWarnings } from '../../../electron/core/leads/csv/columns';

const targets = (headers: string[]) => autoMapColumns(headers).map((m) => m.target);

describe('column auto-mapping', () => {
  it('maps pt-BR headers', () => {
    expect(
      targets(['Nome completo', 'E-mail', 'Celular', 'Empresa', 'CNPJ', 'Cargo', 'Cidade', 'UF', 'Origem']),
    ).toEqual(['fullName', 'email', 'phone', 'company', 'cnpj', 'jobTitle', 'city', 'state', 'source']);
    expect(targets(['Nome', 'Email', 'WhatsApp', 'Estado', 'Função'])).toEqual([
      'fullName',
      'email',
      'phone',
      'state',
      'jobTitle',
    ]);
  });

  it('maps English headers, case and accents aside', () => {
    expect(targets(['Full Name', 'EMAIL', 'Phone', 'Company', 'Job Title', 'City', 'State', 'Source'])).toEqual([
      'fullName',
      'email',
      'phone',
      'company',
      'jobTitle',
      'city',
      'state',
      'source',
    ]);
  });

  it('maps utm_* columns to UTM parameters', () => {
    expect(targets(['utm_source', 'UTM_Medium', 'utm campaign', 'utm-term', 'utm_content'])).toEqual([
      'utm.source',
      'utm.medium',
      'utm.campaign',
      'utm.term',
      'utm.content',
    ]);
  });

  it('prefers the mobile column for the phone and keeps the other as a custom field', () => {
    expect(targets(['Nome', 'Telefone', 'Celular', 'Telefone'])).toEqual([
      'fullName',
      'custom.telefone',
      'phone',
      'custom.telefone_2',
    ]);
  });

  it('finds a field named inside a longer header, after every exact name', () => {
    expect(
      targets(['Nome', 'WhatsApp do lead', 'E-mail corporativo do contato', 'CNPJ da matriz', 'Seu cargo atual']),
    ).toEqual(['fullName', 'phone', 'email', 'cnpj', 'jobTitle']);
    // An exact name wins over a word inside another header, which stays a custom field.
    expect(targets(['Celular', 'Telefone do escritório'])).toEqual(['phone', 'custom.telefone_do_escritorio']);
    // Name words are not guessed: "Nome da mãe" is nobody's lead name.
    expect(targets(['Nome da mãe', 'Email'])).toEqual(['custom.nome_da_mae', 'email']);
  });

  it('reads "Nome" as the first name when there is a surname column', () => {
    expect(targets(['Nome', 'Sobrenome', 'E-mail'])).toEqual(['firstName', 'lastName', 'email']);
  });

  it('keeps unknown columns as custom fields with usable keys', () => {
    expect(targets(['E-mail', 'Segmento da Empresa', '', 'Nº de funcionários'])).toEqual([
      'email',
      'custom.segmento_da_empresa',
      'custom.coluna_3',
      'custom.n_de_funcionarios',
    ]);
  });

  it('warns when the file cannot yield contactable leads', () => {
    expect(mappingWarnings(autoMapColumns(['Nome', 'Cidade']))).toEqual(['no_contact_column']);
    expect(mappingWarnings(autoMapColumns(['Email']))).toEqual(['no_name_column']);
    expect(mappingWarnings(autoMapColumns(['Nome', 'Email']))).toEqual([]);
    const duplicated = [
      { index: 0, header: 'A', target: 'email' as const },
      { index: 1, header: 'B', target: 'email' as const },
      { index: 2, header: 'C', target: 'fullName' as const },
    ];
    expect(mappingWarnings(duplicated)).toEqual(['duplicate_target']);
  });

  it('validates targets coming from the UI', () => {
    expect(columnTargetSchema.parse('custom.segmento')).toBe('custom.segmento');
    expect(columnTargetSchema.parse('ignore')).toBe('ignore');
    expect(columnTargetSchema.safeParse('password').success).toBe(false);
    expect(columnTargetSchema.safeParse('custom.Com Espaço').success).toBe(false);
  });
});
