import type { Sqlite } from './connection';

/** `%` and `_` typed by the user are literal characters, not wildcards. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The text as one FTS5 phrase: with the trigram tokenizer, a substring match anywhere in the row. */
export function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export type SearchMode = 'none' | 'index' | 'scan';

// A match count past this means a common term: walking the list in order finds a page of it
// sooner than sorting every match.
const FTS_MAX_MATCHES = 2_000;

/**
 * How a text search over a list runs: through a trigram index (an FTS5 table whose rowids are the
 * list's own) when the term is at least three characters, what a trigram can index, and rare
 * enough that its matches are few; otherwise as a LIKE filter over the list walked in order,
 * which stops after one page of matches.
 */
export function createSearchMode(
  sqlite: Sqlite,
  ftsTable: string,
  /** The MATCH expression the list's search uses; one phrase unless the list says otherwise. */
  match: (search: string) => string = ftsPhrase,
): (search: string | undefined) => SearchMode {
  const count = sqlite.prepare<[string], { n: number }>(
    `SELECT count(*) AS n FROM (SELECT rowid FROM ${ftsTable} WHERE ${ftsTable} MATCH ? LIMIT ${FTS_MAX_MATCHES + 1})`,
  );
  return (search) => {
    if (search === undefined || search === '') return 'none';
    if ([...search].length < 3) return 'scan';
    return (count.get(match(search))?.n ?? 0) <= FTS_MAX_MATCHES ? 'index' : 'scan';
  };
}
