import { FormatError, unknownFormatCode } from './formatError';
import { formatFloatSpec } from './formatFloat';
import { groupSize, parseFormatSpec } from './formatSpec';
import { decimalIntDigits, intRepr } from './intRepr';
import { numberField } from './numberField';

const C_LONG_MAX = 9223372036854775807n;

/** Python's `format(x, spec)` for an int. */
export function formatInt(x: bigint, spec: string): string {
  if (spec === '') return intRepr(x);
  return formatInteger(x, spec, 'int');
}

/** Python's `int.__format__` for a non-empty spec; `typeName` is what errors call the value. */
export function formatInteger(x: bigint, specText: string, typeName: string): string {
  const spec = parseFormatSpec(specText, typeName);
  const type = spec.type === '' ? 'd' : spec.type;
  const group = groupSize(spec, type);
  let base = 10;
  switch (type) {
    case 'b':
      base = 2;
      break;
    case 'o':
      base = 8;
      break;
    case 'x':
    case 'X':
      base = 16;
      break;
    case 'c':
    case 'd':
    case 'n':
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
      const value = Number(x);
      if (value === Infinity || value === -Infinity) {
        throw new FormatError('OverflowError', 'int too large to convert to float');
      }
      return formatFloatSpec(value, spec);
    }
    default:
      throw unknownFormatCode(type, typeName);
  }
  if (spec.precision !== -1) {
    throw new FormatError('ValueError', 'Precision not allowed in integer format specifier');
  }
  if (spec.noNegZero) {
    throw new FormatError(
      'ValueError',
      'Negative zero coercion (z) not allowed in integer format specifier',
    );
  }
  if (type === 'c') {
    if (spec.sign !== '') {
      throw new FormatError('ValueError', "Sign not allowed with integer format specifier 'c'");
    }
    if (spec.alternate) {
      throw new FormatError(
        'ValueError',
        "Alternate form (#) not allowed with integer format specifier 'c'",
      );
    }
    if (x > C_LONG_MAX || x < -C_LONG_MAX - 1n) {
      throw new FormatError('OverflowError', 'Python int too large to convert to C long');
    }
    if (x < 0n || x > 0x10ffffn) {
      throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
    }
    return numberField(false, '', '', String.fromCodePoint(Number(x)), spec, 0, 1);
  }

  const negative = x < 0n;
  const abs = negative ? -x : x;
  let digits: string;
  if (base === 10) digits = decimalIntDigits(abs);
  else {
    digits = abs.toString(base);
    if (type === 'X') digits = digits.toUpperCase();
  }
  let prefix = '';
  if (spec.alternate && base !== 10) {
    prefix = base === 2 ? '0b' : base === 8 ? '0o' : type === 'X' ? '0X' : '0x';
  }
  return numberField(negative, prefix, digits, '', spec, group);
}
