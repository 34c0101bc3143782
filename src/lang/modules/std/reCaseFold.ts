// A case-insensitive piece of a case-sensitive RegExp: Python's scoped `(?i:...)` (and a
// `(?-i:...)` inside an IGNORECASE pattern), which this Node's RegExp cannot scope. The whole
// RegExp then runs without `i`, and each character atom under IGNORECASE is widened to what
// the same atom matches under JS's `i` (the case folding whole-pattern re.I already uses):
// the cased characters it gains are added, the ones it loses (`[^a]` loses `A`) are excluded.

/** Every character some case mapping touches (below U+20000: past it nothing is cased). */
let unicodeCased: string[] | null = null;
const ASCII_LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'];

function casedCharacters(ascii: boolean): readonly string[] {
  // Under re.ASCII, Python's IGNORECASE folds only ASCII letters.
  if (ascii) return ASCII_LETTERS;
  if (unicodeCased === null) {
    const seen = new Set<string>();
    for (let cp = 0; cp < 0x20000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const lower = c.toLowerCase();
      const upper = c.toUpperCase();
      if (lower === c && upper === c) continue;
      seen.add(c);
      for (const m of [lower, upper]) if ([...m].length === 1) seen.add(m);
    }
    unicodeCased = [...seen];
  }
  return unicodeCased;
}

/** The cased characters `atom` matches only with `i`, and those it matches only without. */
function difference(atom: string, ascii: boolean): { gained: string[]; lost: string[] } {
  const plain = new RegExp(`^(?:${atom})$`, 'v');
  const folded = new RegExp(`^(?:${atom})$`, 'iv');
  const gained: string[] = [];
  const lost: string[] = [];
  for (const c of casedCharacters(ascii)) {
    const inPlain = plain.test(c);
    const inFolded = folded.test(c);
    if (inFolded && !inPlain) gained.push(c);
    else if (inPlain && !inFolded) lost.push(c);
  }
  return { gained, lost };
}

function setOf(chars: readonly string[]): string {
  return `[${chars.map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`;
}

const CACHE = new Map<string, string>();

/**
 * `atom` (one character's JS source: a literal, a class, an escape like \w) as it matches
 * under IGNORECASE, for a RegExp compiled without the `i` flag.
 */
export function caseInsensitive(atom: string, ascii: boolean): string {
  const key = `${ascii ? 'a' : 'u'}${atom}`;
  const hit = CACHE.get(key);
  if (hit !== undefined) return hit;
  const { gained, lost } = difference(atom, ascii);
  let out = atom;
  if (lost.length > 0) out = `(?!${setOf(lost)})${out}`;
  if (gained.length > 0) out = `(?:${out}|${setOf(gained)})`;
  CACHE.set(key, out);
  return out;
}
