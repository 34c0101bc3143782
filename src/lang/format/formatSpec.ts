import { decimalDigitValue } from './decimalDigitValue';
import { FormatError, printableCode } from './formatError';

export type Align = '<' | '>' | '^' | '=';

/**
 * One parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`, as Python's
 * `parse_internal_render_format_spec` reads it before it knows the value's type.
 */
export interface FormatSpec {
  /** The padding character: the given fill, else '0' after the zero flag, else a space. */
  readonly fill: string;
  /** Alignment of numbers: the given one, else '=' after the zero flag, else '>'. */
  readonly numberAlign: Align;
  /** Alignment of strings: the given one, else '<' (the zero flag only changes the fill). */
  readonly stringAlign: Align;
  readonly sign: '+' | '-' | ' ' | '';
  /** The `z` flag: `-0.0` and values rounding to it print without the sign. */
  readonly noNegZero: boolean;
  readonly alternate: boolean;
  /** -1 when absent. */
  readonly width: number;
  readonly grouping: ',' | '_' | '';
  /** -1 when absent. */
  readonly precision: number;
  /** One code point, or '' when absent (each value type has its own default). */
  readonly type: string;
}

/** A spec Python rejects whatever the value; the message may name the value's type. */
interface SpecFailure {
  readonly failure: (typeName: string) => FormatError;
}

const SSIZE_MAX = 9223372036854775807n;

function tooManyDigits(): FormatError {
  return new FormatError('ValueError', 'Too many decimal digits in format string');
}

function parse(spec: string): FormatSpec | SpecFailure {
  const cs = Array.from(spec);
  const end = cs.length;
  let pos = 0;
  let fill = ' ';
  let fillGiven = false;
  let align: Align | '' = '';
  const isAlign = (c: string | undefined): c is Align =>
    c === '<' || c === '>' || c === '^' || c === '=';

  if (end >= 2 && isAlign(cs[1])) {
    fill = cs[0];
    fillGiven = true;
    align = cs[1];
    pos = 2;
  } else if (end >= 1 && isAlign(cs[0])) {
    align = cs[0];
    pos = 1;
  }
  let sign: FormatSpec['sign'] = '';
  const s = cs[pos];
  if (s === '+' || s === '-' || s === ' ') {
    sign = s;
    pos++;
  }
  let noNegZero = false;
  if (cs[pos] === 'z') {
    noNegZero = true;
    pos++;
  }
  let alternate = false;
  if (cs[pos] === '#') {
    alternate = true;
    pos++;
  }
  let zeroFlag = false;
  if (!fillGiven && cs[pos] === '0') {
    zeroFlag = true;
    pos++;
  }

  // Width and precision accept any Unicode decimal digits and stop at Py_ssize_t.
  const readInteger = (): number | null | FormatError => {
    let text = '';
    while (pos < end) {
      const d = decimalDigitValue(cs[pos].codePointAt(0) ?? -1);
      if (d < 0) break;
      text += d;
      pos++;
      if (BigInt(text) > SSIZE_MAX) return tooManyDigits();
    }
    return text === '' ? null : Number(text);
  };

  const width = readInteger();
  if (width instanceof FormatError) return { failure: () => width };

  let grouping: FormatSpec['grouping'] = '';
  const bothSeparators = (): SpecFailure => ({
    failure: () => new FormatError('ValueError', "Cannot specify both ',' and '_'."),
  });
  if (cs[pos] === ',') {
    grouping = ',';
    pos++;
  }
  if (cs[pos] === '_') {
    if (grouping !== '') return bothSeparators();
    grouping = '_';
    pos++;
  }
  if (cs[pos] === ',' && grouping === '_') return bothSeparators();

  let precision: number | null = null;
  if (cs[pos] === '.') {
    pos++;
    const p = readInteger();
    if (p instanceof FormatError) return { failure: () => p };
    if (p === null) {
      return {
        failure: () => new FormatError('ValueError', 'Format specifier missing precision'),
      };
    }
    precision = p;
  }

  if (end - pos > 1) {
    return {
      failure: (typeName) =>
        new FormatError(
          'ValueError',
          `Invalid format specifier '${spec}' for object of type '${typeName}'`,
        ),
    };
  }
  const type = end - pos === 1 ? cs[pos] : '';

  return {
    fill: fillGiven ? fill : zeroFlag ? '0' : ' ',
    numberAlign: align !== '' ? align : zeroFlag ? '=' : '>',
    stringAlign: align !== '' ? align : '<',
    sign,
    noNegZero,
    alternate,
    width: width ?? -1,
    grouping,
    precision: precision ?? -1,
    type,
  };
}

// Specs come from f-string literals, so a handful repeat; the bound only guards against
// programs that build specs dynamically.
const cache = new Map<string, FormatSpec | SpecFailure>();
const CACHE_LIMIT = 512;

/** The parsed spec, or Python's error for a malformed one (which names `typeName`). */
export function parseFormatSpec(spec: string, typeName: string): FormatSpec {
  let parsed = cache.get(spec);
  if (parsed === undefined) {
    parsed = parse(spec);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(spec, parsed);
  }
  if ('failure' in parsed) throw parsed.failure(typeName);
  return parsed;
}

/**
 * The digit-group size the spec's separator asks for with presentation type `type` (the
 * value type's default already applied): 0 for none, 3 for decimal, 4 for `_` in b/o/x/X.
 * Python checks this before anything type-specific.
 */
export function groupSize(spec: FormatSpec, type: string): number {
  if (spec.grouping === '') return 0;
  switch (type) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case '':
    case '\0':
      return 3;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      if (spec.grouping === '_') return 4;
  }
  throw new FormatError(
    'ValueError',
    `Cannot specify '${spec.grouping}' with '${printableCode(type)}'.`,
  );
}
