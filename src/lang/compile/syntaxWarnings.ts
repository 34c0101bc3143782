// The SyntaxWarnings CPython 3.11's compiler gives a file before it runs a line of it: `is`
// or `is not` with a literal (`x is 1`, `name is "a"`), which tests identity where `==` was
// meant. CPython folds constants first, so `x is -1`, `x is 1 + 1` and `x is (1, None)` are
// literals too, while None, True, False and `...` are not (they are singletons).

import type * as A from '../ast';

export interface SyntaxWarningAt {
  line: number;
  col: number;
  message: string;
}

const IS_MESSAGE = '"is" with a literal. Did you mean "=="?';
const IS_NOT_MESSAGE = '"is not" with a literal. Did you mean "!="?';

/** The module's SyntaxWarnings, in source order (CPython shows every one of them). */
export function syntaxWarnings(
  module: A.Module,
  code: string,
  firstLine: number,
): SyntaxWarningAt[] {
  const scan: Scan = { found: [], lines: code.split('\n'), firstLine };
  walk(module.body, scan);
  // The tokenizer's come first: CPython's parser meets them before its compiler runs.
  const compiled = scan.found.sort((a, b) => a.line - b.line || a.col - b.col);
  return [...(module.tokenWarnings ?? []), ...compiled];
}

/**
 * One module's check: the warnings found so far, and its text (an f-string without fields
 * parses to a str constant, which only the text tells from a plain string).
 */
interface Scan {
  found: SyntaxWarningAt[];
  lines: string[];
  firstLine: number;
}

function walk(node: unknown, scan: Scan): void {
  if (Array.isArray(node)) {
    for (const x of node) walk(x, scan);
    return;
  }
  if (typeof node !== 'object' || node === null || node instanceof Uint8Array) return;
  const n = node as { type?: unknown };
  if (n.type === 'Compare') checkCompare(node as A.Compare, scan);
  else if (n.type === 'Call') checkCaller(node as A.Call, scan);
  else if (n.type === 'Subscript') checkSubscripter(node as A.Subscript, scan);
  for (const value of Object.values(node)) {
    if (typeof value === 'object' && value !== null) walk(value, scan);
  }
}

/** CPython's check_compare: each `is`/`is not` whose either side is a literal. */
function checkCompare(e: A.Compare, scan: Scan): void {
  let left = literal(e.left, scan);
  for (let i = 0; i < e.ops.length; i++) {
    const right = literal(e.comparators[i], scan);
    const op = e.ops[i];
    if ((op === 'is' || op === 'is not') && (left || right)) {
      scan.found.push({
        line: e.line,
        col: e.col,
        message: op === 'is' ? IS_MESSAGE : IS_NOT_MESSAGE,
      });
    }
    left = right;
  }
}

/** CPython's check_caller: calling a literal or a display (`None()`, `(1, 2)(3)`). */
function checkCaller(e: A.Call, scan: Scan): void {
  const f = e.func;
  if (!NOT_CALLABLE.has(f.type)) return;
  const message = `'${inferredType(f, scan)}' object is not callable; perhaps you missed a comma?`;
  scan.found.push({ line: e.line, col: e.col, message });
}

const NOT_CALLABLE = new Set([
  'Constant',
  'Ellipsis',
  'Tuple',
  'List',
  'ListComp',
  'Dict',
  'DictComp',
  'Set',
  'SetComp',
  'GeneratorExp',
  'JoinedStr',
]);

/** CPython's check_subscripter: indexing a number, None, `...`, a set or a lambda (`5[0]`). */
function checkSubscripter(e: A.Subscript, scan: Scan): void {
  const v = e.value;
  const c = v.type === 'Constant' || v.type === 'UnaryOp' ? folded(v, scan) : undefined;
  const scalar =
    c === null || typeof c === 'number' || typeof c === 'bigint' || typeof c === 'boolean';
  const unsubscriptable = new Set(['Ellipsis', 'Set', 'SetComp', 'GeneratorExp', 'Lambda']);
  if (!scalar && !unsubscriptable.has(v.type)) {
    checkIndex(e, scan);
    return;
  }
  const message = `'${inferredType(v, scan)}' object is not subscriptable; perhaps you missed a comma?`;
  scan.found.push({ line: e.line, col: e.col, message });
}

/**
 * CPython's check_index: a sequence literal (a str, bytes or tuple constant, a list, a list
 * comprehension, an f-string) indexed by a literal that is not an int or a slice (`[1][1.0]`,
 * `"ab"["a"]`), as when a comma was left out between two literals.
 */
function checkIndex(e: A.Subscript, scan: Scan): void {
  const index = literalType(e.index, scan);
  if (index === null || index === 'int' || index === 'bool') return;
  const v = e.value;
  if (v.type === 'Constant') {
    const c = folded(v, scan);
    if (typeof c !== 'string' && !(c instanceof Uint8Array)) return;
  } else if (!['Tuple', 'List', 'ListComp', 'JoinedStr'].includes(v.type)) return;
  const message = `${inferredType(v, scan)} indices must be integers or slices, not ${index}; perhaps you missed a comma?`;
  scan.found.push({ line: e.line, col: e.col, message });
}

/** CPython's infer_type for an index: the type of a literal, else null (unknown until run). */
function literalType(e: A.Expr, scan: Scan): string | null {
  if (e.type === 'Slice') return null;
  const displays = ['Tuple', 'List', 'ListComp', 'Dict', 'DictComp', 'Set', 'SetComp'];
  const shown = ['GeneratorExp', 'Lambda', 'JoinedStr', 'Ellipsis'];
  if (displays.includes(e.type) || shown.includes(e.type)) return inferredType(e, scan);
  return folded(e, scan) === undefined ? null : inferredType(e, scan);
}

/** The type name CPython's infer_type gives an expression the compiler can see through. */
function inferredType(e: A.Expr, scan: Scan): string {
  const byNode: Record<string, string> = {
    Tuple: 'tuple',
    List: 'list',
    ListComp: 'list',
    Dict: 'dict',
    DictComp: 'dict',
    Set: 'set',
    SetComp: 'set',
    GeneratorExp: 'generator',
    Lambda: 'function',
    JoinedStr: 'str',
    Ellipsis: 'ellipsis',
  };
  const known = byNode[e.type];
  if (known !== undefined) return known;
  const v = folded(e, scan);
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'string') return 'str';
  if (v instanceof Uint8Array) return 'bytes';
  return 'object';
}

/** A constant after CPython's folding that is not None, a bool or `...`. */
function literal(e: A.Expr, scan: Scan): boolean {
  const v = folded(e, scan);
  return v !== undefined && v !== null && typeof v !== 'boolean' && v !== ELLIPSIS;
}

/** True when a str constant was written with an f-string among its pieces (CPython: JoinedStr). */
function writtenAsFString(e: A.Constant, scan: Scan): boolean {
  const { lines, firstLine } = scan;
  let text = '';
  for (let l = e.line; l <= e.endLine; l++) {
    const line = lines[l - firstLine] ?? '';
    text += line.slice(l === e.line ? e.col - 1 : 0, l === e.endLine ? e.endCol - 1 : undefined);
    text += '\n';
  }
  return /(?:^|[\s(])(?:[rR]?[fF]|[fF][rR])['"]/.test(text);
}

const ELLIPSIS = Symbol('...');
const TUPLE = Symbol('tuple');
type Folded = A.Constant['value'] | typeof ELLIPSIS | typeof TUPLE;

/** The constant an expression folds to (numbers exactly enough to tell bools), or undefined. */
function folded(e: A.Expr, scan: Scan): Folded | undefined {
  switch (e.type) {
    case 'Constant':
      return typeof e.value === 'string' && writtenAsFString(e, scan) ? undefined : e.value;
    case 'Ellipsis':
      return ELLIPSIS;
    case 'Tuple':
      return e.elts.every((x) => folded(x, scan) !== undefined) ? TUPLE : undefined;
    case 'UnaryOp': {
      const v = folded(e.operand, scan);
      if (v === undefined) return undefined;
      // `not 1` folds to False, a singleton; `-1`, `+1`, `~1` stay numbers.
      if (e.op === 'not') return false;
      if (typeof v === 'number') return 0;
      return typeof v === 'bigint' || typeof v === 'boolean' ? 0n : undefined;
    }
    case 'BinOp': {
      const a = folded(e.left, scan);
      const b = folded(e.right, scan);
      if (a === undefined || b === undefined) return undefined;
      const numeric = (v: Folded): boolean =>
        typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
      // Sums, differences and products of numbers, and str or bytes joined, fold as CPython's
      // optimizer does; anything that might fail (a division by zero) is left to run.
      if (numeric(a) && numeric(b) && (e.op === '+' || e.op === '-' || e.op === '*')) {
        return typeof a === 'number' || typeof b === 'number' ? 0 : 0n;
      }
      if (typeof a === 'string' && typeof b === 'string' && e.op === '+') return '';
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The warnings as CPython writes them to stderr for a file it runs: `FILE:LINE: SyntaxWarning:
 * message` and the stripped source line (none for `<string>`, a program without a file).
 */
export function syntaxWarningText(
  warnings: readonly SyntaxWarningAt[],
  code: string,
  firstLine: number,
  path: string,
): string {
  const lines = code.split('\n');
  let out = '';
  for (const w of warnings) {
    out += `${path}:${w.line}: SyntaxWarning: ${w.message}\n`;
    const source = path === '<string>' ? '' : (lines[w.line - firstLine] ?? '').trim();
    if (source !== '') out += `  ${source}\n`;
  }
  return out;
}
