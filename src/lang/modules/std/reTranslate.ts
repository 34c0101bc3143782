// re's patterns, translated from Python's syntax into a JavaScript RegExp source (the `v` flag,
// for Unicode properties and nested classes). Python's meanings are spelled out rather than
// borrowed from JS's look-alikes: \w \d \s \b are Unicode-aware, `.` stops only at '\n', `$`
// also matches before a final newline, ^/$ follow MULTILINE; a scoped IGNORECASE folds case
// atom by atom (reCaseFold.ts). What JS cannot do as Python does (conditional groups, a
// backreference under a scoped IGNORECASE) is refused, never approximated.

import {
  charClass,
  charEscape,
  classEscape,
  literal,
  PatternError,
  WORD_ASCII,
  WORD_UNICODE,
  type PatternCursor,
} from './reClasses';
import { caseInsensitive } from './reCaseFold';
import { lookbehindFixed } from './reLookbehindWidth';

/** Python's flag values (re.IGNORECASE is 2…). */
export const RE_FLAGS = {
  TEMPLATE: 1,
  IGNORECASE: 2,
  LOCALE: 4,
  MULTILINE: 8,
  DOTALL: 16,
  UNICODE: 32,
  VERBOSE: 64,
  DEBUG: 128,
  ASCII: 256,
} as const;

export { PatternError } from './reClasses';

/** The letters of inline flags `(?aimsux)`, with their values. */
const INLINE: Record<string, number> = {
  a: RE_FLAGS.ASCII,
  i: RE_FLAGS.IGNORECASE,
  L: RE_FLAGS.LOCALE,
  m: RE_FLAGS.MULTILINE,
  s: RE_FLAGS.DOTALL,
  u: RE_FLAGS.UNICODE,
  x: RE_FLAGS.VERBOSE,
};

/** A pattern Python accepts that the translation cannot reproduce exactly. */
export class UntranslatableError extends Error {}

/** A scope changes IGNORECASE: translate again, folding case atom by atom (reCaseFold.ts). */
class ScopedCaseFound extends Error {}

export interface TranslatedPattern {
  /** The RegExp source; flags are `dv` plus `i` for IGNORECASE. */
  source: string;
  ignoreCase: boolean;
  /** Python's flags after inline ones, with UNICODE unless ASCII (as Pattern.flags shows). */
  flags: number;
  /** How many groups Python counts. */
  groups: number;
  /** Group names, by Python number. */
  groupIndex: Map<string, number>;
  /** The JS group of each Python group (index 0 unused; atomic groups add hidden ones). */
  jsGroup: number[];
  /** The Python groups each group sits inside (for Match.lastindex). */
  enclosing: number[][];
  /** False when every match is empty (only anchors and lookarounds): no need to look further. */
  canConsume: boolean;
  /** The FutureWarnings CPython gives when it compiles the pattern, in order. */
  warnings: string[];
}

function isSpaceForVerbose(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}

class Translator implements PatternCursor {
  i = 0;
  readonly warnings: string[] = [];
  private flags: number;
  private groups = 0;
  private jsGroups = 0;
  readonly groupIndex = new Map<string, number>();
  readonly jsGroup: number[] = [0];
  readonly enclosing: number[][] = [[]];
  private readonly open: number[] = [];
  /** How deep in lookarounds the parse is: what matches there consumes nothing. */
  private lookaround = 0;
  private canConsume = false;
  /** A look-behind of varying width was read: CPython's compiler refuses it once parsed. */
  private variableLookbehind = false;

  constructor(
    readonly p: string,
    flags: number,
    reservedGroups: number,
    /** True when the RegExp runs without `i` and each atom under IGNORECASE folds itself. */
    private readonly foldAtoms: boolean,
  ) {
    this.flags = flags;
    this.jsGroups = reservedGroups;
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  private has(flag: number): boolean {
    return (this.flags & flag) !== 0;
  }

  private get ascii(): boolean {
    return this.has(RE_FLAGS.ASCII);
  }

  translate(): TranslatedPattern {
    try {
      return this.translateAll();
    } catch (e) {
      if (e instanceof PatternError) e.warnings = this.warnings;
      throw e;
    }
  }

  private translateAll(): TranslatedPattern {
    this.leadingFlags();
    const startFlags = this.flags;
    const source = this.alternation();
    if (this.i < this.p.length) throw new PatternError('unbalanced parenthesis', this.i);
    if (this.variableLookbehind) {
      throw new PatternError('look-behind requires fixed-width pattern', null);
    }
    let flags = startFlags;
    if ((flags & RE_FLAGS.ASCII) === 0) flags |= RE_FLAGS.UNICODE;
    return {
      source,
      ignoreCase: !this.foldAtoms && (startFlags & RE_FLAGS.IGNORECASE) !== 0,
      flags,
      groups: this.groups,
      groupIndex: this.groupIndex,
      jsGroup: this.jsGroup,
      enclosing: this.enclosing,
      canConsume: this.canConsume,
      warnings: this.warnings,
    };
  }

  /** `(?imsx)` at the very start sets the flags of the whole pattern. */
  private leadingFlags(): void {
    for (;;) {
      const m = /^\(\?([aiLmsux]+)\)/.exec(this.p.slice(this.i));
      if (m === null) return;
      for (const c of m[1]) this.flags |= INLINE[c];
      this.checkFlagMix(this.i + 2);
      this.i += m[0].length;
    }
  }

  private checkFlagMix(at: number): void {
    if (this.has(RE_FLAGS.LOCALE)) {
      throw new PatternError("bad inline flags: cannot use 'L' flag with a str pattern", at);
    }
    if (this.has(RE_FLAGS.ASCII) && (this.flags & RE_FLAGS.UNICODE) !== 0 && at >= 0) {
      throw new PatternError("bad inline flags: flags 'a', 'u' and 'L' are incompatible", at);
    }
  }

  private skipVerbose(): void {
    if (!this.has(RE_FLAGS.VERBOSE)) return;
    for (;;) {
      const c = this.p[this.i];
      if (c !== undefined && isSpaceForVerbose(c)) this.i++;
      else if (c === '#') {
        while (this.i < this.p.length && this.p[this.i] !== '\n') this.i++;
      } else return;
    }
  }

  private alternation(): string {
    const branches = [this.sequence()];
    while (this.p[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.join('|');
  }

  private sequence(): string {
    let out = '';
    for (;;) {
      this.skipVerbose();
      const c = this.p[this.i];
      if (c === undefined || c === '|' || c === ')') return out;
      const start = this.i;
      if ('*+?'.includes(c) || (c === '{' && this.quantifierAt() !== null)) {
        throw new PatternError('nothing to repeat', start);
      }
      const before = this.jsGroups;
      const atom = this.atom();
      if (atom !== null && this.lookaround === 0 && !/^\(\?<?[=!]|^\(\?:\(\?<?[=!]/.test(atom)) {
        this.canConsume = true;
      }
      // CPython repeats no position (^, $, \A, \Z, \b, \B): `^*` is "nothing to repeat".
      const anchor = /^(?:\^|\$|\\[AZbB])$/.test(this.p.slice(start, this.i));
      out += atom === null ? '' : this.quantified(atom, before, anchor);
    }
  }

  /** `{m,n}` at the cursor as [min, max, length], or null when the brace is a literal. */
  private quantifierAt(): [number, number | null, number] | null {
    const m = /^\{(\d*)(?:(,)(\d*))?\}/.exec(this.p.slice(this.i));
    if (m === null || (m[1] === '' && m[2] === undefined)) return null;
    const min = m[1] === '' ? 0 : Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? null : Number(m[3]);
    return [min, max, m[0].length];
  }

  private quantified(atom: string, before: number, anchor = false): string {
    this.skipVerbose();
    const c = this.p[this.i];
    let q: string;
    const at = this.i;
    if (
      anchor &&
      ((c !== undefined && '*+?'.includes(c)) || (c === '{' && this.quantifierAt() !== null))
    ) {
      throw new PatternError('nothing to repeat', at);
    }
    if (c === '*' || c === '+' || c === '?') {
      q = c;
      this.i++;
    } else if (c === '{') {
      const b = this.quantifierAt();
      if (b === null) return atom;
      const [min, max, len] = b;
      if (max !== null && max < min)
        throw new PatternError('min repeat greater than max repeat', at + 1);
      q = max === min ? `{${min}}` : `{${min},${max ?? ''}}`;
      this.i += len;
    } else return atom;
    let body = `(?:${atom})${q}`;
    if (this.p[this.i] === '?') {
      body += '?';
      this.i++;
    } else if (this.p[this.i] === '+') {
      this.i++;
      body = this.atomic(body, before);
    }
    this.skipVerbose();
    const next = this.p[this.i];
    if (
      next !== undefined &&
      ('*+?'.includes(next) || (next === '{' && this.quantifierAt() !== null))
    ) {
      throw new PatternError('multiple repeat', this.i);
    }
    return body;
  }

  /** Matches `body` once and never backtracks into it (lookahead capture, then its text). */
  private atomic(body: string, before: number): string {
    // The hidden group opens before the body's own groups (numbered from before + 1).
    const hidden = before + 1;
    this.jsGroups++;
    return `(?:(?=(${this.shift(body, before)}))\\${hidden})`;
  }

  /**
   * `body` was emitted with JS groups numbered after `before`; a group now opens before it,
   * so every group (and backreference) inside it moves up by one.
   */
  private shift(body: string, before: number): string {
    for (let g = 1; g < this.jsGroup.length; g++) if (this.jsGroup[g] > before) this.jsGroup[g]++;
    return body.replace(/\\(\d+)/g, (whole, n: string) => {
      const k = Number(n);
      return k > before ? `\\${k + 1}` : whole;
    });
  }

  /** One atom's source, or null for something that matches nothing (a comment, flags). */
  private atom(): string | null {
    const c = this.p[this.i];
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.folded(charClass(this, this.ascii));
      case '\\':
        return this.escape();
      case '.':
        this.i++;
        return this.has(RE_FLAGS.DOTALL) ? '[\\s\\S]' : '[^\\n]';
      case '^':
        this.i++;
        return this.has(RE_FLAGS.MULTILINE) ? '(?<![^\\n])' : '(?<![\\s\\S])';
      case '$':
        this.i++;
        return this.has(RE_FLAGS.MULTILINE) ? '(?![^\\n])' : '(?=\\n?(?![\\s\\S]))';
    }
    const cp = this.p.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return this.folded(literal(cp));
  }

  /** A character atom as it matches here: folded when IGNORECASE is on and not the RegExp's. */
  private folded(atom: string): string {
    return this.foldAtoms && this.has(RE_FLAGS.IGNORECASE)
      ? caseInsensitive(atom, this.ascii)
      : atom;
  }

  private group(): string | null {
    const start = this.i;
    this.i++;
    if (this.p[this.i] !== '?') return this.capture(start, null);
    const rest = this.p.slice(this.i + 1);
    if (rest.startsWith('P<')) {
      const end = this.p.indexOf('>', this.i + 3);
      if (end < 0) throw new PatternError('missing >, unterminated name', this.i + 3);
      const name = this.p.slice(this.i + 3, end);
      this.checkName(name, this.i + 3);
      this.i = end + 1;
      return this.capture(start, name);
    }
    if (rest.startsWith('P=')) {
      const end = this.p.indexOf(')', this.i + 3);
      if (end < 0) throw new PatternError('missing ), unterminated name', this.i + 3);
      const name = this.p.slice(this.i + 3, end);
      this.checkName(name, this.i + 3);
      const g = this.groupIndex.get(name);
      if (g === undefined) throw new PatternError(`unknown group name '${name}'`, this.i + 3);
      this.i = end + 1;
      return this.backreference(g, start + 4);
    }
    if (rest.startsWith('#')) {
      const end = this.p.indexOf(')', this.i);
      if (end < 0) throw new PatternError('missing ), unterminated comment', this.i + 1);
      this.i = end + 1;
      return null;
    }
    for (const [open, js] of [
      [':', '(?:'],
      ['=', '(?='],
      ['!', '(?!'],
      ['<=', '(?<='],
      ['<!', '(?<!'],
      ['>', ''],
    ]) {
      if (rest.startsWith(open)) {
        this.i += 1 + open.length;
        const before = this.jsGroups;
        const looks = open !== ':' && open !== '>';
        if (looks) this.lookaround++;
        const bodyStart = this.i;
        const body = this.alternation();
        if (looks) this.lookaround--;
        const behind = open === '<=' || open === '<!';
        if (behind && !this.has(RE_FLAGS.VERBOSE)) {
          this.variableLookbehind ||= !lookbehindFixed(this.p.slice(bodyStart, this.i));
        }
        this.close(start);
        return open === '>' ? this.atomic(body, before) : `${js}${body})`;
      }
    }
    if (rest.startsWith('(')) {
      throw new UntranslatableError('conditional groups (?(...)...) are not supported by ToyGrad');
    }
    return this.scopedFlags(start);
  }

  private checkName(name: string, at: number): void {
    if (name === '') throw new PatternError('missing group name', at);
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) {
      throw new PatternError(`bad character in group name '${name}'`, at);
    }
  }

  private capture(start: number, name: string | null): string {
    const g = ++this.groups;
    const js = ++this.jsGroups;
    this.jsGroup[g] = js;
    this.enclosing[g] = this.open.slice();
    if (name !== null) {
      const was = this.groupIndex.get(name);
      if (was !== undefined) {
        throw new PatternError(
          `redefinition of group name '${name}' as group ${g}; was group ${was}`,
          start + 4,
        );
      }
      this.groupIndex.set(name, g);
    }
    this.open.push(g);
    const body = this.alternation();
    this.close(start);
    this.open.pop();
    return `(${body})`;
  }

  private close(start: number): void {
    if (this.p[this.i] !== ')') {
      throw new PatternError('missing ), unterminated subpattern', start);
    }
    this.i++;
  }

  /** `(?i:...)`, `(?-i:...)`; or `(?i)` past the start, which Python 3.11 rejects. */
  private scopedFlags(start: number): string | null {
    const m = /^\?([aiLmsux]*)(?:-([imsx]*))?([:)])?/.exec(this.p.slice(this.i));
    const on = m?.[1] ?? '';
    const off = m?.[2] ?? '';
    if (m === null || m[3] === undefined || (on === '' && off === '' && m[3] === ')')) {
      const at = this.i + (m === null ? 1 : m[0].length);
      const ch = this.p[at];
      if (m !== null && m[0].length > 1 && ch !== undefined) {
        throw new PatternError(ch === undefined ? 'missing -, : or )' : `unknown flag`, at);
      }
      if (ch === undefined) throw new PatternError('missing -, : or )', at);
      const shown = this.p.slice(this.i + 1, this.i + (this.p[this.i + 1] === '<' ? 3 : 2));
      if (shown === '<') throw new PatternError('unexpected end of pattern', this.i + 2);
      throw new PatternError(`unknown extension ?${shown}`, start + 1);
    }
    if (m[3] === ')') {
      throw new PatternError('global flags not at the start of the expression', start);
    }
    let flags = this.flags;
    for (const c of on) flags |= INLINE[c];
    for (const c of off) flags &= ~INLINE[c];
    if ((flags & RE_FLAGS.IGNORECASE) !== (this.flags & RE_FLAGS.IGNORECASE) && !this.foldAtoms) {
      throw new ScopedCaseFound();
    }
    const saved = this.flags;
    this.flags = flags;
    this.i += m[0].length;
    const body = this.alternation();
    this.close(start);
    this.flags = saved;
    return `(?:${body})`;
  }

  private backreference(g: number, at: number): string {
    if (this.open.includes(g)) throw new PatternError('cannot refer to an open group', at);
    if (this.foldAtoms && this.has(RE_FLAGS.IGNORECASE)) {
      // A JS backreference repeats the text exactly; Python's under IGNORECASE folds case.
      throw new UntranslatableError(
        'a backreference under IGNORECASE in a pattern with a scoped (?i:...) or (?-i:...) is not supported by ToyGrad',
      );
    }
    return `(?:\\${this.jsGroup[g]})`;
  }

  private escape(): string {
    const start = this.i;
    const c = this.p[this.i + 1];
    if (c === undefined) throw new PatternError('bad escape (end of pattern)', start);
    const set = classEscape(c, this.ascii);
    if (set !== null) {
      this.i += 2;
      return this.folded(set.startsWith('[') ? set : `[${set}]`);
    }
    const word = `[${this.ascii ? WORD_ASCII : WORD_UNICODE}]`;
    switch (c) {
      case 'A':
        this.i += 2;
        return '(?<![\\s\\S])';
      case 'Z':
        this.i += 2;
        return '(?![\\s\\S])';
      case 'b':
        this.i += 2;
        return `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))`;
      case 'B':
        this.i += 2;
        return `(?:(?<=${word})(?=${word})|(?<!${word})(?!${word}))`;
    }
    if (c >= '1' && c <= '9') {
      const m = /^\\([1-7][0-7]{2}|\d{1,2})/.exec(this.p.slice(this.i));
      const digits = m![1];
      this.i += 1 + digits.length;
      if (digits.length === 3) return literal(parseInt(digits, 8));
      const g = Number(digits);
      if (g > this.groups) throw new PatternError(`invalid group reference ${g}`, start + 1);
      return this.backreference(g, start);
    }
    return this.folded(literal(charEscape(this)));
  }
}

/** Python's pattern with its flags, as a RegExp source; throws PatternError/UntranslatableError. */
export function translatePattern(
  pattern: string,
  flags: number,
  /** JS groups that open before the pattern's own (a wrapper's). */
  reservedGroups = 0,
): TranslatedPattern {
  if ((flags & RE_FLAGS.LOCALE) !== 0) {
    throw new PatternError('cannot use LOCALE flag with a str pattern', null);
  }
  if ((flags & RE_FLAGS.ASCII) !== 0 && (flags & RE_FLAGS.UNICODE) !== 0) {
    throw new PatternError('ASCII and UNICODE flags are incompatible', null);
  }
  try {
    return new Translator(pattern, flags, reservedGroups, false).translate();
  } catch (e) {
    if (!(e instanceof ScopedCaseFound)) throw e;
    return new Translator(pattern, flags, reservedGroups, true).translate();
  }
}
