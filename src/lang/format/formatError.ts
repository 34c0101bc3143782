/** Python raises these two kinds while formatting; the interpreter reports them under the same names. */
export type FormatErrorKind = 'ValueError' | 'OverflowError';

/**
 * A format spec or value Python would refuse (`f"{1.5:d}"`, `f"{x:,s}"`). The message is
 * Python's own text; the interpreter adds the source position of the f-string or call.
 */
export class FormatError extends Error {
  constructor(
    readonly kind: FormatErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'FormatError';
  }
}

/**
 * Python would build strings of any size; a runaway width or precision in a learner's
 * f-string must not take the host's memory, so fields past this are refused.
 */
export const MAX_FIELD_SIZE = 100_000;

export function fieldTooLarge(what: 'width' | 'precision', size: number): FormatError {
  return new FormatError(
    'ValueError',
    `format ${what} ${size} is too large (ToyGrad allows up to ${MAX_FIELD_SIZE})`,
  );
}

/** Python's text for a presentation type the value's type does not have. */
export function unknownFormatCode(type: string, typeName: string): FormatError {
  return new FormatError(
    'ValueError',
    `Unknown format code '${printableCode(type)}' for object of type '${typeName}'`,
  );
}

/** Python prints the offending type character as is when it is visible ASCII, else as `\x..`. */
export function printableCode(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code > 32 && code < 128 ? ch : `\\x${code.toString(16)}`;
}
