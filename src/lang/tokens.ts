// Tokens the lexer hands the parser. Positions are 1-based file positions; `endCol` is
// exclusive. `start`/`end` index the source text (f-string fields are re-lexed from them).

export type TokenKind =
  | 'name'
  | 'number'
  | 'string'
  | 'fstring'
  | 'op'
  | 'newline'
  | 'indent'
  | 'dedent'
  | 'eof'
  /** Where lexing failed: the parser throws the lexer's error on reaching it. */
  | 'error';

/** A replacement field of an f-string: `{expr!conv:spec}`, or `{expr=}`. */
export interface FStringField {
  /** The expression's source range and the file position of its first character. */
  exprStart: number;
  exprEnd: number;
  line: number;
  /** Index in the source of the start of `line` (columns are counted from it). */
  lineStart: number;
  conversion: 'r' | 's' | 'a' | null;
  /** The format spec's parts (literal text and nested fields), or null without `:`. */
  spec: FStringPart[] | null;
  /** For `{x=}`: the text `x=` (with its spaces) printed before the value. */
  debugText: string | null;
  /** Position of the `{` … `}` of the field, for errors in the spec. */
  fieldLine: number;
  fieldCol: number;
  fieldEndLine: number;
  fieldEndCol: number;
}

export type FStringPart = string | FStringField;

export interface Token {
  kind: TokenKind;
  /** The token's text (for names and operators), or the decoded text of a string. */
  text: string;
  /** A number literal's value: bigint for ints, number for floats. */
  number: bigint | number;
  /** An f-string's parts. */
  parts: FStringPart[] | null;
  /** A bytes literal's bytes (its kind is 'string'); null for every other token. */
  bytes: Uint8Array | null;
  /**
   * An f-string whose field CPython 3.11 refuses (a backslash or a '#' in it): the message,
   * which the parser raises where CPython does, at the token after the adjacent strings.
   */
  fieldRefusal?: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  start: number;
  end: number;
}

/** Python keywords: never names. */
export const KEYWORDS = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);
