// The syntax tree of a tgrad cell. Every node carries its 1-based file span (endCol
// exclusive), so errors and inline values point at the exact source.

import type { Span } from './errors';

export type BinaryOperator =
  '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '&' | '|' | '^' | '<<' | '>>';
export type UnaryOperator = '-' | '+' | 'not' | '~';
export type CompareOperator =
  '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in' | 'is' | 'is not';

interface Node extends Span {
  /** Nesting depth of the expression (1 for a leaf), to refuse trees too deep to evaluate. */
  depth: number;
}

export interface Name extends Node {
  type: 'Name';
  name: string;
}
export interface Constant extends Node {
  type: 'Constant';
  /** A bytes literal's value is its bytes. */
  value: bigint | number | string | boolean | null | Uint8Array;
  /** Written as an f-string without fields (`f"x"`): CPython's error messages say so. */
  fstring?: true;
}
export interface FormattedValue extends Node {
  type: 'FormattedValue';
  value: Expr;
  conversion: 'r' | 's' | 'a' | null;
  spec: JoinedStr | null;
  /** `{x=}`: the text before the value. */
  debugText: string | null;
}
export interface JoinedStr extends Node {
  type: 'JoinedStr';
  parts: (string | FormattedValue)[];
}
export interface ListExpr extends Node {
  type: 'List';
  elts: Expr[];
}
export interface TupleExpr extends Node {
  type: 'Tuple';
  elts: Expr[];
}
export interface SetExpr extends Node {
  type: 'Set';
  elts: Expr[];
}
export interface DictExpr extends Node {
  type: 'Dict';
  /** null for a `**mapping` entry. */
  keys: (Expr | null)[];
  values: Expr[];
}
export interface BinOp extends Node {
  type: 'BinOp';
  op: BinaryOperator;
  left: Expr;
  right: Expr;
}
export interface UnaryOp extends Node {
  type: 'UnaryOp';
  op: UnaryOperator;
  operand: Expr;
}
export interface BoolOp extends Node {
  type: 'BoolOp';
  op: 'and' | 'or';
  values: Expr[];
}
export interface Compare extends Node {
  type: 'Compare';
  left: Expr;
  ops: CompareOperator[];
  comparators: Expr[];
}
export interface IfExp extends Node {
  type: 'IfExp';
  test: Expr;
  body: Expr;
  orelse: Expr;
}
export interface Keyword extends Span {
  /** null for `**mapping`. */
  name: string | null;
  value: Expr;
}
export interface Call extends Node {
  type: 'Call';
  func: Expr;
  /** Positional arguments; `*xs` arrives as a Starred. */
  args: Expr[];
  keywords: Keyword[];
}
export interface Attribute extends Node {
  type: 'Attribute';
  value: Expr;
  attr: string;
}
export interface Subscript extends Node {
  type: 'Subscript';
  value: Expr;
  index: Expr;
}
export interface Slice extends Node {
  type: 'Slice';
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}
export interface Starred extends Node {
  type: 'Starred';
  value: Expr;
}
export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}
export interface ListComp extends Node {
  type: 'ListComp' | 'SetComp' | 'GeneratorExp';
  elt: Expr;
  generators: Comprehension[];
}
export interface DictComp extends Node {
  type: 'DictComp';
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}
export interface Parameters {
  /** Positional parameters, in order: the first `posonly` of them before a `/`. */
  args: Param[];
  posonly: number;
  /** Defaults of the last `defaults.length` positional parameters. */
  defaults: Expr[];
  vararg: Param | null;
  kwonly: Param[];
  /** One per keyword-only parameter; null where it has no default. */
  kwDefaults: (Expr | null)[];
  kwarg: Param | null;
}
export interface Param extends Span {
  name: string;
  /** `x: T` in a def: T, evaluated when the def runs (a lambda's parameters have none). */
  annotation: Expr | null;
}
export interface Lambda extends Node {
  type: 'Lambda';
  params: Parameters;
  body: Expr;
}

/** `yield value` (value null for a bare `yield`): the enclosing function is a generator. */
export interface Yield extends Node {
  type: 'Yield';
  value: Expr | null;
}
/** `yield from iterable`. */
export interface YieldFrom extends Node {
  type: 'YieldFrom';
  value: Expr;
}

/** `(name := value)`: binds `name` (in the enclosing function, from a comprehension). */
export interface NamedExpr extends Node {
  type: 'NamedExpr';
  target: Name;
  value: Expr;
}

/** `...` (Ellipsis): `tuple[int, ...]`, `Callable[..., T]`, a body of `...`. */
export interface EllipsisExpr extends Node {
  type: 'Ellipsis';
}

export type Expr =
  | Name
  | EllipsisExpr
  | NamedExpr
  | Constant
  | JoinedStr
  | FormattedValue
  | ListExpr
  | TupleExpr
  | SetExpr
  | DictExpr
  | BinOp
  | UnaryOp
  | BoolOp
  | Compare
  | IfExp
  | Call
  | Attribute
  | Subscript
  | Slice
  | Starred
  | ListComp
  | DictComp
  | Lambda
  | Yield
  | YieldFrom;

interface StmtNode extends Span {
  /** End of the statement's first line (header), for highlighting `if x:` without its body. */
  headerEndLine?: number;
}

export interface ExprStmt extends StmtNode {
  type: 'ExprStmt';
  value: Expr;
}
export interface Assign extends StmtNode {
  type: 'Assign';
  /** `a = b = value` has two targets. */
  targets: Expr[];
  value: Expr;
}
export interface AugAssign extends StmtNode {
  type: 'AugAssign';
  target: Expr;
  op: BinaryOperator;
  value: Expr;
}
/**
 * `x: float = 1.0` or `x: float` alone. The annotation runs only in a class body, where it is
 * stored in the class's `__annotations__` (dataclasses read it); elsewhere it is not evaluated.
 */
export interface AnnAssign extends StmtNode {
  type: 'AnnAssign';
  target: Expr;
  annotation: Expr;
  value: Expr | null;
}
export interface If extends StmtNode {
  type: 'If';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface While extends StmtNode {
  type: 'While';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface For extends StmtNode {
  type: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface FunctionDef extends StmtNode {
  type: 'FunctionDef';
  name: string;
  params: Parameters;
  /** `-> T`, or null. */
  returns: Expr | null;
  body: Stmt[];
  /** `@expr` lines above the def, outermost first. */
  decorators: Expr[];
}
export interface ClassDef extends StmtNode {
  type: 'ClassDef';
  name: string;
  bases: Expr[];
  /** `class C(Base, metaclass=ABCMeta, flag=1)`: the metaclass, and what __init_subclass__ gets. */
  keywords: Keyword[];
  body: Stmt[];
  decorators: Expr[];
}
export interface ExceptHandler extends Span {
  /** null for a bare `except:`. */
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}
export interface Try extends StmtNode {
  type: 'Try';
  body: Stmt[];
  /** `except*` clauses (PEP 654): a try has them all of one kind. */
  star: boolean;
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Raise extends StmtNode {
  type: 'Raise';
  exc: Expr | null;
  cause: Expr | null;
}
export interface Assert extends StmtNode {
  type: 'Assert';
  test: Expr;
  msg: Expr | null;
}
export interface WithItem {
  context: Expr;
  target: Expr | null;
}
export interface With extends StmtNode {
  type: 'With';
  items: WithItem[];
  body: Stmt[];
}
export interface Return extends StmtNode {
  type: 'Return';
  value: Expr | null;
}
export interface Del extends StmtNode {
  type: 'Del';
  targets: Expr[];
}
export interface Nonlocal extends StmtNode {
  type: 'Nonlocal';
  names: string[];
}
export interface Global extends StmtNode {
  type: 'Global';
  names: string[];
}
/** `a.b as c` in an import; `*` alone for `from m import *`. */
export interface ImportAlias extends Span {
  name: string;
  asname: string | null;
  /** The name the import binds (`a` for `import a.b`); null for `*`. */
  target: Name | null;
}
/** `import a.b as c, d`. */
export interface Import extends StmtNode {
  type: 'Import';
  names: ImportAlias[];
}
/** `from ..pkg.mod import a, b as c`: `level` counts the leading dots. */
export interface ImportFrom extends StmtNode {
  type: 'ImportFrom';
  /** null for `from . import m`. */
  module: string | null;
  level: number;
  names: ImportAlias[];
}
/**
 * A `case` pattern. Names a pattern binds are Name nodes, resolved like assignment targets;
 * `_` binds nothing (a MatchCapture or MatchStar with target null).
 */
export type Pattern =
  | MatchValue
  | MatchSingleton
  | MatchCapture
  | MatchSequence
  | MatchStar
  | MatchMapping
  | MatchClass
  | MatchAs
  | MatchOr;
/** A literal (`1`, `-2.5`, `"a"`) or a dotted name (`Color.RED`): matches an equal subject. */
export interface MatchValue extends Span {
  type: 'MatchValue';
  value: Expr;
}
/** `None`, `True`, `False`: matches that very object. */
export interface MatchSingleton extends Span {
  type: 'MatchSingleton';
  value: null | boolean;
}
/** `x` (binds the subject) or `_` (target null): always matches. */
export interface MatchCapture extends Span {
  type: 'MatchCapture';
  target: Name | null;
}
/** `[a, *rest]`, `(a, b)`, `a, b`. */
export interface MatchSequence extends Span {
  type: 'MatchSequence';
  patterns: Pattern[];
}
/** `*rest` or `*_` inside a sequence pattern. */
export interface MatchStar extends Span {
  type: 'MatchStar';
  target: Name | null;
}
/** `{"k": v, **rest}`. */
export interface MatchMapping extends Span {
  type: 'MatchMapping';
  keys: Expr[];
  patterns: Pattern[];
  rest: Name | null;
}
/** `Point(x, y=0)`, `int(n)`. */
export interface MatchClass extends Span {
  type: 'MatchClass';
  cls: Expr;
  patterns: Pattern[];
  kwdNames: string[];
  kwdPatterns: Pattern[];
}
/** `pattern as name`. */
export interface MatchAs extends Span {
  type: 'MatchAs';
  pattern: Pattern;
  target: Name;
}
/** `p1 | p2 | …`: the first alternative that matches. */
export interface MatchOr extends Span {
  type: 'MatchOr';
  patterns: Pattern[];
}
export interface MatchCase extends Span {
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}
export interface Match extends StmtNode {
  type: 'Match';
  subject: Expr;
  cases: MatchCase[];
}
export interface SimpleStmt extends StmtNode {
  type: 'Pass' | 'Break' | 'Continue';
}

export type Stmt =
  | ExprStmt
  | Assign
  | AugAssign
  | AnnAssign
  | If
  | While
  | For
  | FunctionDef
  | ClassDef
  | Try
  | Raise
  | Assert
  | With
  | Return
  | Del
  | Nonlocal
  | Global
  | Import
  | ImportFrom
  | Match
  | SimpleStmt;

export interface Module {
  body: Stmt[];
  /** The tokenizer's SyntaxWarnings (`[1for x in y]`), shown before the compiler's. */
  tokenWarnings?: { line: number; col: number; message: string }[];
}
