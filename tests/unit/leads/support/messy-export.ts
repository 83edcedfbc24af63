import iconv from 'iconv-lite';

/**
 * A lead export the way Brazilian form and ad tools write one: Windows-1252, `;`, CRLF, quoted
 * notes with line breaks (Windows and Unix ones), Portuguese headers, WhatsApp leads without
 * e-mail, e-mails repeated inside the file in other capitals, wrong CNPJ check digits, short
 * phones, bad e-mails, a blank line, and rows that cannot be leads. Deterministic, and it says
 * what an import of it must find, row by row and line by line.
 */

export const MESSY_HEADERS = [
  'Nome completo',
  'E-mail',
  'WhatsApp',
  'Empresa',
  'CNPJ',
  'Cargo',
  'Cidade',
  'UF',
  'Observações',
  'utm_source',
] as const;

export interface MessyExpectation {
  /** Data rows read (the blank line aside). */
  rows: number;
  /** Different leads among the rows that can be imported. */
  leads: number;
  /** Rows repeating an earlier row's lead: e-mails in other capitals, and WhatsApp numbers written otherwise. */
  repeated: number;
  refused: number;
  /** Rows imported with a problem for the report: wrong CNPJ digits, short phones, bad e-mails. */
  withProblems: number;
  wrongCnpj: number;
  shortPhones: number;
  badEmails: number;
  /** WhatsApp leads with no e-mail. */
  phoneOnly: number;
}

export interface MessyRowNote {
  /** The spreadsheet's row (the header is row 1). */
  row: number;
  /** The line of the file it starts on, as an editor counts lines. */
  line: number;
  /** What is wrong with it, when something is. */
  problem: 'no_contact' | 'too_many_columns' | 'cnpj' | 'short_phone' | 'bad_email' | null;
  fullName: string;
}

export interface MessyExport {
  bytes: Buffer;
  expected: MessyExpectation;
  notes: MessyRowNote[];
  /** The WhatsApp leads' numbers, as digits with the country code (`5511971005300`). */
  whatsapp: string[];
}

const FIRST = ['Ana', 'João', 'Márcia', 'José', 'Luíza', 'Sérgio', 'Cláudia', 'André', 'Patrícia', 'Fábio', 'Lúcia',
  'Antônio', 'Beatriz', 'Caio', 'Débora', 'Heitor', 'Íris', 'Otávio', 'Vinícius', 'Letícia']; // prettier-ignore
const LAST = ['Conceição', 'Araújo', 'Gonçalves', 'Magalhães', 'Simões', 'Brandão', 'Falcão', 'Guimarães', 'Peçanha',
  'Assunção', 'Romão', 'Sá', 'Câmara', 'Letícia', 'Damião', 'Estêvão', 'Lobão', 'Galvão']; // prettier-ignore
const CITIES: Array<[string, string, string]> = [
  ['São Paulo', 'SP', '11'],
  ['Rio de Janeiro', 'RJ', '21'],
  ['Belo Horizonte', 'MG', '31'],
  ['Curitiba', 'PR', '41'],
  ['Porto Alegre', 'RS', '51'],
  ['Brasília', 'DF', '61'],
  ['Salvador', 'BA', '71'],
  ['Recife', 'PE', '81'],
  ['Florianópolis', 'SC', '48'],
  ['Fortaleza', 'CE', '85'],
];
const TITLES = ['Diretora de Marketing', 'Gerente Comercial', 'Coordenador de Compras', 'Sócio', 'Analista de TI'];
const SOURCES = ['facebook', 'instagram', 'google', 'rdstation'];

/** The two check digits of a numeric CNPJ's first twelve. */
function cnpjOf(base12: string): string {
  const digit = (s: string): number => {
    const weights = s.length === 12 ? [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] : [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    const sum = [...s].reduce((acc, c, i) => acc + Number(c) * (weights[i] ?? 0), 0);
    const r = sum % 11;
    return r < 2 ? 0 : 11 - r;
  };
  const first = digit(base12);
  return `${base12}${first}${digit(`${base12}${first}`)}`;
}

const formatCnpj = (c: string): string =>
  `${c.slice(0, 2)}.${c.slice(2, 5)}.${c.slice(5, 8)}/${c.slice(8, 12)}-${c.slice(12)}`;

const quote = (cell: string): string => (/[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

const lineBreaks = (text: string): number => text.match(/\r\n|\r|\n/g)?.length ?? 0;

type Kind =
  'clean' | 'no_contact' | 'shifted' | 'phone_only' | 'repeat_email' | 'repeat_phone' | 'cnpj' | 'short' | 'bad_email';

/** How many rows of each kind, and from which row on they are spread. */
const PLAN: Array<[Kind, number, number]> = [
  ['phone_only', 8, 50],
  ['repeat_phone', 2, 1_400],
  ['no_contact', 10, 0],
  ['shifted', 3, 300],
  ['repeat_email', 40, 100],
  ['cnpj', 95, 0],
  ['short', 119, 0],
  ['bad_email', 25, 0],
];

/** Each kind spread evenly from its first row on; a taken slot passes to the next free one. */
function schedule(total: number): Kind[] {
  const kinds: Kind[] = new Array<Kind>(total).fill('clean');
  const taken = new Array<boolean>(total).fill(false);
  for (const [kind, count, from] of PLAN) {
    const step = (total - from) / count;
    for (let j = 0; j < count; j++) {
      let at = Math.floor(from + (j + 0.37) * step);
      while (taken[at % total]) at++;
      taken[at % total] = true;
      kinds[at % total] = kind;
    }
  }
  return kinds;
}

/**
 * 2,000 data rows by default. Each row has at most one problem, so the expected counts are plain
 * sums of the plan.
 */
export function messyExport(total = 2_000): MessyExport {
  const header = MESSY_HEADERS.join(';');
  const records: string[] = [header];
  const notes: MessyRowNote[] = [];
  const clean: string[][] = [];
  const phoneOnly: string[][] = [];
  const whatsapp: string[] = [];
  const expected: MessyExpectation = {
    rows: 0,
    leads: 0,
    repeated: 0,
    refused: 0,
    withProblems: 0,
    wrongCnpj: 0,
    shortPhones: 0,
    badEmails: 0,
    phoneOnly: 0,
  };
  let line = 2;
  let row = 2;

  const push = (cells: string[], problem: MessyRowNote['problem'], raw?: string): void => {
    const record = raw ?? cells.map(quote).join(';');
    records.push(record);
    notes.push({ row, line, problem, fullName: cells[0] ?? '' });
    line += lineBreaks(record) + 1;
    row++;
    expected.rows++;
  };

  schedule(total).forEach((kind, i) => {
    const first = FIRST[i % FIRST.length] ?? 'Ana';
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length] ?? 'Sá';
    const name = `${first} ${last}`;
    const [city, uf, ddd] = CITIES[i % CITIES.length] ?? ['São Paulo', 'SP', '11'];
    const company = `Comércio Irmãos ${last} ${i}`;
    const email = `${first.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}.${i}@grupo${i}.com.br`;
    const phone = `(${ddd}) 98${String(100 + (i % 900))}-${String(i).padStart(4, '0')}`;
    const cnpj = cnpjOf(`${String(10_000_000 + i)}0001`);
    // Every seventh note has line breaks: Windows ones from a form, Unix ones from a spreadsheet.
    const note =
      i % 7 === 0
        ? `Prefere contato à tarde.\r\nPediu orçamento de ${i % 50} licenças.`
        : i % 7 === 3
          ? 'Veio pelo anúncio "Promoção de Março"\nLigar após as 14h\nFalar com a secretária'
          : '';
    const source = SOURCES[i % SOURCES.length] ?? '';
    const cells = [name, email, phone, company, formatCnpj(cnpj), TITLES[i % TITLES.length] ?? '', city, uf, note,
      source]; // prettier-ignore

    // The blank line a spreadsheet leaves behind: a row of the sheet, not a lead.
    if (i === 700) {
      records.push('');
      line++;
      row++;
    }

    switch (kind) {
      case 'no_contact':
        // Nobody could contact this lead.
        push([name, '', '', company, '', '', city, uf, note, source], 'no_contact');
        expected.refused++;
        return;
      case 'shifted': {
        // A separator inside an unquoted value shifts the columns.
        const shifted = [name, email, phone, `${company}; Filial Sul`, formatCnpj(cnpj), '', city, uf, '', source];
        push(shifted, 'too_many_columns', shifted.join(';'));
        expected.refused++;
        return;
      }
      case 'phone_only': {
        // A WhatsApp lead: no e-mail, the number written as the visitor typed it.
        const n = expected.phoneOnly;
        const [a, b] = [String(7_100 + n), String(5_300 + n)];
        const typed = [`+55 ${ddd} 9${a}-${b}`, `${ddd}9${a}${b}`, `(${ddd}) 9${a}-${b}`, `${ddd}.9${a}.${b}`][n % 4];
        const lead = [name, '', typed ?? '', '', '', '', city, uf, note, 'whatsapp'];
        push(lead, null);
        phoneOnly.push(lead);
        whatsapp.push(`55${ddd}9${a}${b}`);
        expected.phoneOnly++;
        expected.leads++;
        return;
      }
      case 'repeat_phone': {
        // The WhatsApp lead again, the number written with the trunk 0 and no country code.
        const earlier = phoneOnly[expected.repeated % phoneOnly.length] ?? [];
        const again = [...earlier];
        again[2] = `0${(earlier[2] ?? '').replace(/\D/g, '').replace(/^55/, '')}`;
        push(again, null);
        expected.repeated++;
        return;
      }
      case 'repeat_email': {
        // The same person again, the e-mail in capitals: a form sent twice.
        const earlier = clean[(i * 7) % clean.length] ?? cells;
        const again = [...earlier];
        again[1] = (earlier[1] ?? '').toUpperCase();
        push(again, null);
        expected.repeated++;
        return;
      }
      case 'cnpj': {
        const wrong = `${cnpj.slice(0, 13)}${(Number(cnpj.slice(13)) + 1) % 10}`;
        push([...cells.slice(0, 4), formatCnpj(wrong), ...cells.slice(5)], 'cnpj');
        expected.wrongCnpj++;
        break;
      }
      case 'short':
        push([name, email, `(${ddd}) 9876-5`, ...cells.slice(3)], 'short_phone');
        expected.shortPhones++;
        break;
      case 'bad_email': {
        const bad = [email.replace('@', ' @'), email.replace('.', '..'), email.replace('@', '')][
          expected.badEmails % 3
        ];
        push([name, bad ?? email, ...cells.slice(2)], 'bad_email');
        expected.badEmails++;
        break;
      }
      case 'clean':
        push(cells, null);
        clean.push(cells);
        expected.leads++;
        return;
    }
    expected.withProblems++;
    expected.leads++;
  });

  const text = `${records.join('\r\n')}\r\n`;
  return { bytes: iconv.encode(text, 'win1252'), expected, notes, whatsapp };
}
