// A .tgrad file as a plain Python program that CPython 3.9+ runs with the same printed
// output, importing ToyGrad's built-ins from python/toygrad_builtins.py (shipped beside it).
// The text stays the learner's own, cell markers and markdown included; only the language's
// rules that Python lacks are written out, each as a call into that module:
// - a cell's last expression is shown: `toygrad.show(expr)` (left alone for calls that give
//   None, such as `print(...)` or `loss.backward()`, to keep the code as written);
// - `log(...)` as a statement is the loss-curve log: `toygrad.log_point(...)`;
// - an assignment names an unlabelled Value after its variable: `; toygrad.label(x, 'x')`,
//   written only in programs that read `.label` (nothing else can see a label in Python).

import type { Expr, Module, Parameters, Stmt } from '../lang/ast';
import { splitCells } from '../lang/cells';
import { parseCell } from '../lang/checkSyntax';
import { targetNames } from '../lang/compile/boundNames';
import type { TgradError } from '../lang/errors';

/** The file name of the module every exported program imports. */
export const BUILTINS_MODULE = 'toygrad_builtins';

export type PythonExport = { ok: true; text: string } | { ok: false; error: TgradError };

/** Built-in functions that give None: a last expression calling one shows nothing anyway. */
const NONE_FUNCTIONS = new Set(['print', 'draw', 'plot', 'boundary', 'seed', 'shuffle']);
/** Methods of the built-in types that give None (the language has no classes of its own). */
const NONE_METHODS = new Set([
  'backward',
  'zero_grad',
  'step',
  'append',
  'extend',
  'insert',
  'remove',
  'sort',
  'reverse',
  'clear',
  'update',
  'add',
  'discard',
]);

interface Edit {
  from: number;
  to: number;
  text: string;
}

/** Every syntax node under `root` (statements, expressions, parameters), depth first. */
function* nodes(root: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(root)) {
    for (const x of root) yield* nodes(x);
  } else if (root !== null && typeof root === 'object') {
    yield root as Record<string, unknown>;
    for (const v of Object.values(root)) if (typeof v === 'object') yield* nodes(v);
  }
}

/** Every name the program binds anywhere (targets, functions, parameters). */
function boundNames(modules: readonly Module[]): Set<string> {
  const bound = new Set<string>();
  for (const n of nodes(modules)) {
    if (n.type === 'FunctionDef') bound.add(n.name as string);
    const targets = [n.target, ...(Array.isArray(n.targets) ? n.targets : [])];
    for (const t of targets) {
      if (t !== null && typeof t === 'object' && 'type' in t) {
        for (const name of targetNames(t as Expr)) bound.add(name);
      }
    }
    if ('kwonly' in n && 'defaults' in n) {
      const p = n as unknown as Parameters;
      for (const param of [...p.args, ...p.kwonly, p.vararg, p.kwarg]) {
        if (param !== null) bound.add(param.name);
      }
    }
  }
  return bound;
}

function isCallTo(e: Expr, names: ReadonlySet<string>, bound: ReadonlySet<string>): boolean {
  if (e.type !== 'Call') return false;
  if (e.func.type === 'Name') return names.has(e.func.name) && !bound.has(e.func.name);
  return false;
}

function givesNone(e: Expr, bound: ReadonlySet<string>): boolean {
  if (e.type !== 'Call') return false;
  if (isCallTo(e, NONE_FUNCTIONS, bound)) return true;
  return e.func.type === 'Attribute' && NONE_METHODS.has(e.func.attr);
}

/** Offsets of the start of each 1-based line, with the lexer's line endings. */
function lineStarts(text: string): number[] {
  const starts = [0, 0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function header(fileName: string, alias: string): string {
  return (
    `# Exported by ToyGrad from ${fileName}: CPython 3.9+ prints what ToyGrad prints for it.\n` +
    `# ${BUILTINS_MODULE}.py, beside this file, holds ToyGrad's built-ins in plain Python.\n` +
    `from ${BUILTINS_MODULE} import *  # noqa: F401,F403 (Value, MLP, train, ...)\n` +
    `import ${BUILTINS_MODULE} as ${alias}\n\n`
  );
}

/** The Python program of a .tgrad file, or the first syntax error that stops it. */
export function toPython(text: string, fileName: string): PythonExport {
  const modules: { module: Module }[] = [];
  for (const cell of splitCells(text)) {
    if (cell.kind !== 'code' || !cell.hasCode) continue;
    const parsed = parseCell(cell.body, cell.firstLine);
    if (parsed.module === null) return { ok: false, error: parsed.error as TgradError };
    modules.push({ module: parsed.module });
  }
  const all = modules.map((m) => m.module);
  const bound = boundNames(all);
  let alias = 'toygrad';
  while (bound.has(alias) || [...nodes(all)].some((n) => n.type === 'Name' && n.name === alias)) {
    alias = `_${alias}`;
  }
  const readsLabels = [...nodes(all)].some(
    (n) =>
      (n.type === 'Attribute' && n.attr === 'label') || (n.type === 'Name' && n.name === 'getattr'),
  );
  const starts = lineStarts(text);
  const at = (line: number, col: number) => starts[line] + col - 1;
  const edits: Edit[] = [];
  const logIsCurve = !bound.has('log');

  const visit = (stmts: readonly Stmt[]): void => {
    for (const s of stmts) {
      if (readsLabels && (s.type === 'Assign' || s.type === 'AugAssign')) {
        const names = s.type === 'Assign' ? s.targets.flatMap(targetNames) : targetNames(s.target);
        const calls = names.map((n) => `; ${alias}.label(${n}, '${n}')`).join('');
        if (calls !== '')
          edits.push({ from: at(s.endLine, s.endCol), to: at(s.endLine, s.endCol), text: calls });
      }
      if (s.type === 'ExprStmt' && logIsCurve && isCallTo(s.value, new Set(['log']), bound)) {
        const f = (s.value as Extract<Expr, { type: 'Call' }>).func;
        edits.push({
          from: at(f.line, f.col),
          to: at(f.endLine, f.endCol),
          text: `${alias}.log_point`,
        });
      }
      if (s.type === 'If' || s.type === 'While' || s.type === 'For') {
        visit(s.body);
        visit(s.orelse);
      } else if (s.type === 'FunctionDef') {
        visit(s.body);
      }
    }
  };

  for (const module of all) {
    visit(module.body);
    const last = module.body[module.body.length - 1];
    if (last?.type !== 'ExprStmt') continue;
    const e = last.value;
    if (givesNone(e, bound) || (logIsCurve && isCallTo(e, new Set(['log']), bound))) continue;
    const paren = e.type === 'Tuple' ? ['(', ')'] : ['', ''];
    edits.push({
      from: at(e.line, e.col),
      to: at(e.line, e.col),
      text: `${alias}.show(${paren[0]}`,
    });
    edits.push({
      from: at(e.endLine, e.endCol),
      to: at(e.endLine, e.endCol),
      text: `${paren[1]})`,
    });
  }

  // Apply from the end so earlier offsets stay valid; at one offset, closers go first.
  edits.sort((a, b) => b.from - a.from);
  let out = text;
  for (const e of edits) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return { ok: true, text: header(fileName, alias) + out };
}
