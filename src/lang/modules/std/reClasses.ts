// The character level of re's patterns: escapes that stand for one character, the sets
// \d \w \s and their negations as Python means them, and `[...]` classes, written in the
// syntax of JS's `v` flag (nested classes for a negated set inside a class).

/** A pattern Python rejects: re.error's message and position. */
export class PatternError extends Error {
  /** The FutureWarnings the pattern gave before this error (CPython shows them first). */
  warnings: readonly string[] = [];
  constructor(
    readonly msg: string,
    readonly pos: number | null,
  ) {
    super(pos === null ? msg : `${msg} at position ${pos}`);
  }
}

/** Where the translation is in the pattern: the functions here move `i` past what they read. */
export interface PatternCursor {
  readonly p: string;
  i: number;
  /** A FutureWarning CPython's parser gives for the pattern (a possible set operation). */
  warn?(message: string): void;
}

const SET_OPERATIONS: Record<string, string> = {
  '-': 'difference',
  '&': 'intersection',
  '~': 'symmetric difference',
  '|': 'union',
};

export const WORD_UNICODE = '\\p{L}\\p{N}_';
export const WORD_ASCII = 'A-Za-z0-9_';
const DIGIT_UNICODE = '\\p{Nd}';
const DIGIT_ASCII = '0-9';
// str.isspace()'s characters: JS's \s differs (it has U+FEFF, lacks \x1c-\x1f and U+0085).
const SPACE_UNICODE =
  '\\t\\n\\v\\f\\r\\u{1c}-\\u{20}\\u{85}\\u{a0}\\u{1680}\\u{2000}-\\u{200a}\\u{2028}\\u{2029}\\u{202f}\\u{205f}\\u{3000}';
const SPACE_ASCII = '\\t\\n\\v\\f\\r\\u{20}';

const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11 };

/** A code point as the v-flag syntax takes it anywhere (letters and digits as themselves). */
export function literal(cp: number): string {
  if ((cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)) {
    return String.fromCodePoint(cp);
  }
  return `\\u{${cp.toString(16)}}`;
}

export function classEscape(letter: string, a: boolean): string | null {
  switch (letter) {
    case 'd':
      return a ? DIGIT_ASCII : DIGIT_UNICODE;
    case 'D':
      return `[^${a ? DIGIT_ASCII : DIGIT_UNICODE}]`;
    case 'w':
      return a ? WORD_ASCII : WORD_UNICODE;
    case 'W':
      return `[^${a ? WORD_ASCII : WORD_UNICODE}]`;
    case 's':
      return a ? SPACE_ASCII : SPACE_UNICODE;
    case 'S':
      return `[^${a ? SPACE_ASCII : SPACE_UNICODE}]`;
  }
  return null;
}

/** An escape standing for one character (shared by classes): its code point. */
export function charEscape(cur: PatternCursor): number {
  const start = cur.i;
  const c = cur.p[cur.i + 1];
  if (c === undefined) throw new PatternError('bad escape (end of pattern)', start);
  if (c in SIMPLE_ESCAPES) {
    cur.i += 2;
    return SIMPLE_ESCAPES[c];
  }
  const hex: Record<string, number> = { x: 2, u: 4, U: 8 };
  if (c in hex) {
    const digits = cur.p.slice(cur.i + 2, cur.i + 2 + hex[c]);
    if (!new RegExp(`^[0-9a-fA-F]{${hex[c]}}$`).test(digits)) {
      throw new PatternError(`incomplete escape \\${c}${digits}`, start);
    }
    cur.i += 2 + hex[c];
    return parseInt(digits, 16);
  }
  if (c === '0') {
    const m = /^[0-7]{0,2}/.exec(cur.p.slice(cur.i + 2))!;
    cur.i += 2 + m[0].length;
    return parseInt(`0${m[0]}`, 8);
  }
  if (/[A-Za-z0-9]/.test(c)) throw new PatternError(`bad escape \\${c}`, start);
  const cp = cur.p.codePointAt(cur.i + 1)!;
  cur.i += cp > 0xffff ? 3 : 2;
  return cp;
}

/** One character of a class (escape or itself) as a code point, or a set as source. */
function classItem(cur: PatternCursor, ascii: boolean): number | string {
  if (cur.p[cur.i] === '\\') {
    const c = cur.p[cur.i + 1];
    const set = c === undefined ? null : classEscape(c, ascii);
    if (set !== null) {
      cur.i += 2;
      return set;
    }
    if (c === 'b') {
      cur.i += 2;
      return 8;
    }
    if (c !== undefined && c >= '1' && c <= '9') {
      const m = /^[0-7]{3}/.exec(cur.p.slice(cur.i + 1));
      if (m === null) throw new PatternError(`bad escape \\${c}`, cur.i);
      cur.i += 4;
      return parseInt(m[0], 8);
    }
    return charEscape(cur);
  }
  const cp = cur.p.codePointAt(cur.i)!;
  cur.i += cp > 0xffff ? 2 : 1;
  return cp;
}

export function charClass(cur: PatternCursor, ascii: boolean): string {
  const start = cur.i;
  cur.i++;
  let negate = false;
  if (cur.p[cur.i] === '^') {
    negate = true;
    cur.i++;
  }
  // What Python may one day read as a nested set or a set operation (`[[`, `--`, `&&`…).
  if (cur.p[start + 1] === '[') cur.warn?.(`Possible nested set at position ${start + 1}`);
  const parts: string[] = [];
  let first = true;
  for (;;) {
    if (cur.i >= cur.p.length) throw new PatternError('unterminated character set', start);
    if (cur.p[cur.i] === ']' && !first) {
      cur.i++;
      break;
    }
    const c = cur.p[cur.i];
    if (!first && c in SET_OPERATIONS && cur.p[cur.i + 1] === c) {
      cur.warn?.(`Possible set ${SET_OPERATIONS[c]} at position ${cur.i}`);
    }
    first = false;
    const itemStart = cur.i;
    const lo = classItem(cur, ascii);
    if (cur.p[cur.i] === '-' && cur.i + 1 < cur.p.length && cur.p[cur.i + 1] !== ']') {
      cur.i++;
      if (cur.p[cur.i] === '-') cur.warn?.(`Possible set difference at position ${cur.i - 1}`);
      const hi = classItem(cur, ascii);
      if (typeof lo === 'string' || typeof hi === 'string') {
        throw new PatternError(`bad character range ${cur.p.slice(itemStart, cur.i)}`, itemStart);
      }
      if (hi < lo) {
        throw new PatternError(`bad character range ${cur.p.slice(itemStart, cur.i)}`, itemStart);
      }
      parts.push(`${literal(lo)}-${literal(hi)}`);
    } else parts.push(typeof lo === 'string' ? lo : literal(lo));
  }
  return `[${negate ? '^' : ''}${parts.join('')}]`;
}
