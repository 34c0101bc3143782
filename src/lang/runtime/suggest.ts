// "Did you mean" suggestions, with CPython 3.11's algorithm (Python/suggestions.c): a
// Levenshtein distance where a case change costs 1 and any other edit 2, accepting a
// candidate when at most a third of the characters involved change, the closest (first on
// ties) winning. Unlike 3.12's traceback.py, no bound comes from the wrong name's length
// (3.11 offers 'xy' for 'x' and 'v' for '_v').

const MAX_CANDIDATES = 750;
const MAX_STRING = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

function levenshtein(a0: string, b0: string, maxCost: number): number {
  if (a0 === b0) return 0;
  let a = a0;
  let b = b0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post])
    post++;
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (a.length === 0 || b.length === 0) return MOVE_COST * (a.length + b.length);
  if (a.length > MAX_STRING || b.length > MAX_STRING) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 1; i <= a.length; i++) row.push(i * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const bc = b[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(bc, a[i]);
      distance = row[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The candidate CPython would suggest for a wrong name, or null. */
export function suggestName(wrong: string, candidates: Iterable<string>): string | null {
  const list = [...candidates];
  if (list.length > MAX_CANDIDATES || wrong.length > MAX_STRING) return null;
  let best = Number.MAX_SAFE_INTEGER;
  let suggestion: string | null = null;
  for (const name of list) {
    if (name === wrong) continue;
    let maxDistance = Math.floor(((name.length + wrong.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, best - 1);
    const d = levenshtein(wrong, name, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === null || d < best) {
      suggestion = name;
      best = d;
    }
  }
  return suggestion;
}

/** `base` with ". Did you mean: 'x'?" when there is a close candidate. */
export function withSuggestion(base: string, wrong: string, candidates: Iterable<string>): string {
  const s = suggestName(wrong, candidates);
  return s === null ? base : `${base}. Did you mean: '${s}'?`;
}

/**
 * withSuggestion for a missing attribute: CPython takes the candidates from dir(), which
 * sorts them, so the alphabetically first of equally close names wins ('atan2' for 'tan2').
 */
export function withAttributeSuggestion(
  base: string,
  wrong: string,
  candidates: Iterable<string>,
): string {
  const names = [...new Set(candidates)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return withSuggestion(base, wrong, names);
}
