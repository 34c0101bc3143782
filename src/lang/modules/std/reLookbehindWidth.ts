// Whether a look-behind's pattern has one width, as CPython's compiler requires of it
// ("look-behind requires fixed-width pattern"): the widths sre_parse's getwidth() gives each
// part of Python's syntax, read from the pattern's own text. Anything this reader does not
// know (a backreference, a conditional) counts as fixed, so that only a pattern CPython
// surely refuses is refused.

/** [least, most] characters a part matches; most is Infinity for an unbounded repeat. */
type Width = [number, number];

const UNKNOWN = null;

class WidthReader {
  i = 0;
  constructor(private readonly p: string) {}

  alternation(): Width | null {
    let w = this.sequence();
    while (w !== UNKNOWN && this.p[this.i] === '|') {
      this.i++;
      const next = this.sequence();
      if (next === UNKNOWN) return UNKNOWN;
      w = [Math.min(w[0], next[0]), Math.max(w[1], next[1])];
    }
    return w;
  }

  private sequence(): Width | null {
    let lo = 0;
    let hi = 0;
    for (;;) {
      const c = this.p[this.i];
      if (c === undefined || c === '|' || c === ')') return [lo, hi];
      const atom = this.atom();
      if (atom === UNKNOWN) return UNKNOWN;
      const [min, max] = this.repeat();
      lo += atom[0] * min;
      hi += atom[1] === 0 ? 0 : atom[1] * max;
    }
  }

  /** The repeat after an atom as [min, max] (Python's {m,n}, *, +, ?), its lazy or possessive mark read. */
  private repeat(): Width {
    const c = this.p[this.i];
    let r: Width = [1, 1];
    if (c === '*') r = [0, Infinity];
    else if (c === '+') r = [1, Infinity];
    else if (c === '?') r = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d*)(?:(,)(\d*))?\}/.exec(this.p.slice(this.i));
      if (m === null || (m[1] === '' && m[2] === undefined)) return r;
      const min = m[1] === '' ? 0 : Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
      r = [min, max];
    } else return r;
    this.i++;
    if (this.p[this.i] === '?' || this.p[this.i] === '+') this.i++;
    return r;
  }

  private atom(): Width | null {
    const c = this.p[this.i];
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') {
      this.i++;
      return [0, 0];
    }
    const cp = this.p.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return [1, 1];
  }

  private group(): Width | null {
    const rest = this.p.slice(this.i + 1);
    let zero = false;
    if (rest.startsWith('?#')) {
      const end = this.p.indexOf(')', this.i);
      if (end < 0) return UNKNOWN;
      this.i = end + 1;
      return [0, 0];
    }
    if (/^\?(?:=|!|<=|<!)/.test(rest)) zero = true;
    else if (/^\?(?:P=|\()/.test(rest)) return UNKNOWN;
    const open = /^\?(?:P<[^>]*>|<=|<!|[:=!>]|[aiLmsux]*(?:-[imsx]*)?:)/.exec(rest);
    if (rest.startsWith('?') && open === null) return UNKNOWN;
    this.i += 1 + (open === null ? 0 : open[0].length);
    const inner = this.alternation();
    if (inner === UNKNOWN || this.p[this.i] !== ')') return UNKNOWN;
    this.i++;
    return zero ? [0, 0] : inner;
  }

  private charClass(): Width | null {
    let j = this.i + 1;
    if (this.p[j] === '^') j++;
    if (this.p[j] === ']') j++;
    while (j < this.p.length && this.p[j] !== ']') j += this.p[j] === '\\' ? 2 : 1;
    if (j >= this.p.length) return UNKNOWN;
    this.i = j + 1;
    return [1, 1];
  }

  private escape(): Width | null {
    const c = this.p[this.i + 1];
    if (c === undefined) return UNKNOWN;
    if ('AZbB'.includes(c)) {
      this.i += 2;
      return [0, 0];
    }
    // A backreference (\1…\99, not an octal escape) has its group's width: not read here.
    if (/[1-9]/.test(c) && !/^[0-7]{3}/.test(this.p.slice(this.i + 1))) return UNKNOWN;
    const m =
      /^\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|0[0-7]{0,2}|[0-7]{3})/.exec(
        this.p.slice(this.i),
      );
    if (m !== null) this.i += m[0].length;
    else {
      const cp = this.p.codePointAt(this.i + 1)!;
      this.i += cp > 0xffff ? 3 : 2;
    }
    return [1, 1];
  }
}

/** False when `body`, a look-behind's pattern, surely matches texts of different lengths. */
export function lookbehindFixed(body: string): boolean {
  const reader = new WidthReader(body);
  const w = reader.alternation();
  return w === UNKNOWN || reader.i !== body.length || w[0] === w[1];
}
