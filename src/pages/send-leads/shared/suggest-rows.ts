import { isSuggestedSource, matchByName } from './field-match';

interface Row<T> {
  source: string;
  target: T | null;
}

/**
 * Fills the rows that have no target yet with the option named like their lead value (Score → "Lead
 * score"), each option once and never one another row already uses. `same` tells two targets apart.
 */
export function fillSuggested<O, T>(
  rows: readonly Row<T>[],
  options: readonly O[],
  namesOf: (option: O) => readonly string[],
  toTarget: (option: O) => T,
  same: (a: T, b: T) => boolean,
): (T | null)[] {
  const used: T[] = rows.flatMap((row) => (row.target === null ? [] : [row.target]));
  return rows.map((row) => {
    if (row.target !== null || !isSuggestedSource(row.source)) return row.target;
    const free = options.filter((option) => !used.some((taken) => same(taken, toTarget(option))));
    const hit = matchByName(row.source, free, namesOf);
    if (hit === null) return null;
    const target = toTarget(hit);
    used.push(target);
    return target;
  });
}
