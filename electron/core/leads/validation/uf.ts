import { UFS } from '#contract/ufs';
import { fold } from '#contract/text';

/** The contract's list, so filters, scoring rules and validation agree on the 27 UFs. */
export const UF_CODES = UFS;
export type Uf = (typeof UF_CODES)[number];

const UF_SET: ReadonlySet<string> = new Set(UF_CODES);

const UF_BY_NAME: Readonly<Record<string, Uf>> = {
  acre: 'AC', alagoas: 'AL', amapa: 'AP', amazonas: 'AM', bahia: 'BA', ceara: 'CE', 'distrito federal': 'DF',
  'espirito santo': 'ES', goias: 'GO', maranhao: 'MA', 'mato grosso': 'MT', 'mato grosso do sul': 'MS',
  'minas gerais': 'MG', para: 'PA', paraiba: 'PB', parana: 'PR', pernambuco: 'PE', piaui: 'PI',
  'rio de janeiro': 'RJ', 'rio grande do norte': 'RN', 'rio grande do sul': 'RS', rondonia: 'RO', roraima: 'RR',
  'santa catarina': 'SC', 'sao paulo': 'SP', sergipe: 'SE', tocantins: 'TO',
}; // prettier-ignore

export function isUf(value: string): value is Uf {
  return UF_SET.has(value);
}

/** The UF code for "sp", "SP", "São Paulo" or "Sao Paulo"; null when it names no state. */
export function toUf(value: string | null | undefined): Uf | null {
  if (!value) return null;
  const upper = value.trim().toUpperCase();
  if (isUf(upper)) return upper;
  return UF_BY_NAME[fold(value).replace(/\s+/g, ' ')] ?? null;
}
