// Which bound name a position in a line points at, for hovers and panel selection: an
// identifier in code (or inside an f-string's braces), not an attribute after a dot, not in
// a comment or a plain string. A line scan, no parse: it must work while the file does not.

export interface NameSpan {
  name: string;
  /** 0-based start and exclusive end character in the line. */
  start: number;
  end: number;
}

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_]/;

/** For each character of `line`, whether it is code (true) or comment/string text (false). */
export function codeMask(line: string): boolean[] {
  const mask = new Array<boolean>(line.length).fill(false);
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === '#') break;
    if (c === '"' || c === "'") {
      const prefix = stringPrefix(line, i);
      const isF = /f/i.test(prefix);
      const triple = line.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      i += quote.length;
      let depth = 0;
      while (i < line.length) {
        if (depth === 0 && line[i] === '\\') {
          i += 2;
          continue;
        }
        if (depth === 0 && line.startsWith(quote, i)) {
          i += quote.length;
          break;
        }
        if (isF && line[i] === '{') {
          if (depth === 0 && line[i + 1] === '{') {
            i += 2;
            continue;
          }
          depth++;
        } else if (isF && line[i] === '}' && depth > 0) {
          depth--;
        } else if (depth > 0) {
          mask[i] = true;
        }
        i++;
      }
      continue;
    }
    mask[i] = true;
    i++;
  }
  return mask;
}

function stringPrefix(line: string, quoteAt: number): string {
  let j = quoteAt;
  while (j > 0 && /[rRbBfFuU]/.test(line[j - 1])) j--;
  return line.slice(j, quoteAt);
}

export function nameAt(line: string, character: number): NameSpan | null {
  if (character < 0 || character > line.length) return null;
  let start = character;
  // A position just after an identifier (the cursor at its end) still names it.
  if ((start >= line.length || !IDENT_PART.test(line[start])) && start > 0) start--;
  if (start >= line.length || !IDENT_PART.test(line[start])) return null;
  while (start > 0 && IDENT_PART.test(line[start - 1])) start--;
  let end = start;
  while (end < line.length && IDENT_PART.test(line[end])) end++;
  if (!IDENT_START.test(line[start])) return null;
  const mask = codeMask(line);
  if (!mask[start]) return null;
  let before = start - 1;
  while (before >= 0 && line[before] === ' ') before--;
  if (before >= 0 && line[before] === '.') return null;
  return { name: line.slice(start, end), start, end };
}
