import { fieldKey, utmKey, type LeadTextField } from '#contract/lead-fields';

/**
 * Where a CSV column goes: a lead field, the first/last name pair some exports split the name
 * into, a UTM parameter, a custom field, or nowhere.
 */
export type ColumnTarget = LeadTextField | 'firstName' | 'lastName' | `utm.${string}` | `custom.${string}` | 'ignore';

export interface ColumnMapping {
  index: number;
  header: string;
  target: ColumnTarget;
}

type Fixed = Exclude<ColumnTarget, `utm.${string}` | `custom.${string}` | 'ignore'>;

/** Header names (folded to `fieldKey` form) by field, pt-BR and English, best first within a field. */
const ALIASES: Readonly<Record<Fixed, readonly string[]>> = {
  fullName: [
    'nome_completo', 'nome', 'full_name', 'fullname', 'name', 'nome_do_lead', 'nome_do_cliente', 'nome_do_contato',
    'contato', 'cliente', 'seu_nome', 'qual_o_seu_nome',
  ],
  firstName: ['primeiro_nome', 'first_name', 'firstname', 'given_name'],
  lastName: ['sobrenome', 'ultimo_nome', 'last_name', 'lastname', 'surname', 'family_name'],
  email: [
    'e_mail', 'email', 'email_address', 'e_mail_address', 'endereco_de_e_mail', 'endereco_de_email', 'seu_e_mail',
    'seu_email', 'e_mail_corporativo', 'email_corporativo', 'mail', 'correio_eletronico',
  ],
  // Mobile first: when a file has both, the WhatsApp/mobile column is the one to reach people on.
  phone: [
    'whatsapp', 'celular', 'telefone_celular', 'celular_whatsapp', 'whatsapp_celular', 'mobile', 'mobile_phone',
    'cel', 'telefone', 'fone', 'tel', 'phone', 'phone_number', 'telefone_1', 'telefone_principal', 'seu_telefone',
    'seu_whatsapp',
  ],
  company: [
    'empresa', 'nome_da_empresa', 'company', 'company_name', 'organizacao', 'organization', 'razao_social',
    'nome_fantasia', 'companhia', 'sua_empresa',
  ],
  cnpj: ['cnpj', 'cnpj_da_empresa', 'cnpj_empresa', 'tax_id'],
  jobTitle: ['cargo', 'job_title', 'jobtitle', 'title', 'funcao', 'position', 'profissao', 'ocupacao', 'seu_cargo'],
  city: ['cidade', 'city', 'municipio'],
  state: ['uf', 'estado', 'state', 'estado_uf', 'uf_estado', 'province'],
  source: ['origem', 'source', 'fonte', 'lead_source', 'origem_do_lead', 'canal', 'canal_de_origem'],
}; // prettier-ignore

/**
 * Words that name a field inside a longer header ("WhatsApp do lead", "E-mail corporativo do
 * contato"), tried only when no header matches an alias exactly, and ranked after every alias.
 * Name words are left out on purpose: "Nome da empresa" or "Nome do vendedor" are not the lead's name.
 */
const WORDS: ReadonlyArray<{ target: Fixed; words: readonly string[] }> = [
  { target: 'email', words: ['email', 'e_mail'] },
  { target: 'phone', words: ['whatsapp', 'celular', 'telefone', 'fone', 'phone', 'mobile'] },
  { target: 'cnpj', words: ['cnpj'] },
  { target: 'jobTitle', words: ['cargo'] },
];
const WORD_RANK = 1_000;

function byWord(key: string): { target: Fixed; rank: number } | null {
  const padded = `_${key}_`;
  for (const { target, words } of WORDS) {
    const at = words.findIndex((w) => padded.includes(`_${w}_`));
    if (at >= 0) return { target, rank: WORD_RANK + at };
  }
  return null;
}

const ALIAS_RANK = new Map<string, { target: Fixed; rank: number }>();
for (const [target, names] of Object.entries(ALIASES) as Array<[Fixed, readonly string[]]>) {
  names.forEach((name, rank) => ALIAS_RANK.set(name, { target, rank }));
}

/** Unique custom keys: a second "Telefone" column becomes `custom.telefone_2`. */
function customTarget(header: string, index: number, used: Set<string>): ColumnTarget {
  const base = fieldKey(header) || `coluna_${index + 1}`;
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base.slice(0, 60)}_${n}`;
  used.add(key);
  return `custom.${key}`;
}

/**
 * Each column's target, guessed from its header. Where several columns name the same field the
 * best-ranked alias wins (then the leftmost) and the others are kept as custom fields, so no
 * data is dropped silently. "Nome" means the full name unless a surname column exists.
 */
export function autoMapColumns(headers: readonly string[]): ColumnMapping[] {
  const keys = headers.map((h) => fieldKey(h));
  const hasLastName = keys.some((k) => ALIAS_RANK.get(k)?.target === 'lastName');
  const guesses = keys.map((key) => {
    if (/^utm_[a-z0-9_]+$/.test(key)) return { target: `utm.${utmKey(key)}` as ColumnTarget, rank: 0 };
    const alias = ALIAS_RANK.get(key);
    if (!alias) return byWord(key);
    if (hasLastName && alias.target === 'fullName' && key === 'nome') return { target: 'firstName' as const, rank: 0 };
    return alias;
  });

  const winner = new Map<ColumnTarget, number>();
  guesses.forEach((guess, index) => {
    if (!guess) return;
    const current = winner.get(guess.target);
    if (current === undefined || guess.rank < (guesses[current]?.rank ?? Infinity)) winner.set(guess.target, index);
  });

  const usedCustom = new Set<string>();
  return headers.map((header, index) => {
    const guess = guesses[index];
    const won = guess && winner.get(guess.target) === index;
    return { index, header, target: won ? guess.target : customTarget(header, index, usedCustom) };
  });
}

/** Problems with a mapping as a whole, as codes for the import screen. */
export function mappingWarnings(mapping: readonly ColumnMapping[]): string[] {
  const targets = new Set(mapping.map((m) => m.target));
  const warnings: string[] = [];
  if (!targets.has('email') && !targets.has('phone')) warnings.push('no_contact_column');
  if (!targets.has('fullName') && !targets.has('firstName')) warnings.push('no_name_column');
  const fixed = mapping.filter((m) => !m.target.includes('.') && m.target !== 'ignore');
  if (new Set(fixed.map((m) => m.target)).size !== fixed.length) warnings.push('duplicate_target');
  return warnings;
}
