// Compiles a cell's syntax tree into closures (see closures.ts), after scopes.ts has
// resolved every name to a global, a frame slot or a cell. The node kinds are compiled by
// the neighbouring modules; this class holds what they share: the environment, the
// function being compiled, and the node ids that position errors and new Values.

import type * as A from '../ast';
import type { Span } from '../errors';
import type { Ev, Ex, Store } from './closures';
import type { CompileEnvironment } from './environment';
import type { DebugHooks, SuspendableStatement } from '../debug/hooks';
import type { FunctionInfo, Resolution } from './scopeModel';
import { resolveScopes } from './scopes';
import { compileExpression } from './expressions';
import { compileStatement, compileBlock, compileCellBody } from './statements';
import { compileTarget } from './targets';

export interface CompiledCell {
  run: Ex;
  /** Slots of the cell's own frame (for its top-level comprehensions). */
  frameSize: number;
}

export class Compiler {
  /** The function whose body is being compiled, or null at the top level of the cell. */
  fn: FunctionInfo | null = null;
  /** What the `__qualname__` of a def compiled here starts with: `C.`, `f.<locals>.`. */
  qualPrefix = '';

  constructor(
    readonly env: CompileEnvironment,
    readonly res: Resolution,
  ) {}

  /** Registers a node's span; the id positions errors and marks the Values it makes. */
  site(span: Span): number {
    return this.env.positions.add(span);
  }

  /** The name of the code being compiled, as a traceback names its frames (co_name). */
  get codeName(): string {
    if (this.fn === null) return '<module>';
    const p = this.qualPrefix;
    const own = p.endsWith('.<locals>.') ? p.slice(0, -'.<locals>.'.length) : p.slice(0, -1);
    return own.slice(own.lastIndexOf('.') + 1);
  }

  get topLevel(): boolean {
    return this.fn === null;
  }

  expr(e: A.Expr): Ev {
    return compileExpression(this, e);
  }

  /** An omitted part (a slice bound) evaluates to None. */
  optional(e: A.Expr | null): Ev {
    return e === null ? () => null : compileExpression(this, e);
  }

  stmt(s: A.Stmt): Ex {
    return this.hooked(compileStatement(this, s), s);
  }

  /** In the debug tree, the statement with the debugger's hook before it; else as it is. */
  hooked(ex: Ex, s: A.Stmt): Ex {
    const debug = this.env.debug;
    return debug === undefined ? ex : debug.statement(ex, s.line, s.file);
  }

  /** `hooked` for a generator's statement that yields (see debug/hooks.ts). */
  hookedSuspendable(gex: SuspendableStatement, s: A.Stmt): SuspendableStatement {
    const debug = this.env.debug;
    return debug === undefined ? gex : debug.suspendable(gex, s.line, s.file);
  }

  /** `hooked` for `yield x` alone on its line, run as its operand `x`. */
  hookedYield(ev: Ev, s: A.Stmt): Ev {
    const debug = this.env.debug;
    return debug === undefined ? ev : debug.yieldOperand(ev, s.line, s.file);
  }

  block(body: A.Stmt[]): Ex {
    return compileBlock(this, body);
  }

  /** A store for an assignment target; `label` names unlabelled Values after the variable. */
  target(e: A.Expr, label: boolean): Store {
    return compileTarget(this, e, label);
  }

  /** A compiler of the debug tree for the same cell, at the same place (a body recompiled). */
  forDebug(hooks: DebugHooks): Compiler {
    const c = new Compiler({ ...this.env, debug: hooks }, this.res);
    c.fn = this.fn;
    c.qualPrefix = this.qualPrefix;
    return c;
  }

  /** Compiles `body` as the inside of a function (or class), whose defs are qualified by `qualPrefix`. */
  inFunction<T>(info: FunctionInfo, body: () => T, qualPrefix = this.qualPrefix): T {
    const saved = this.fn;
    const savedPrefix = this.qualPrefix;
    this.fn = info;
    this.qualPrefix = qualPrefix;
    try {
      return body();
    } finally {
      this.fn = saved;
      this.qualPrefix = savedPrefix;
    }
  }
}

export function compileCell(module: A.Module, env: CompileEnvironment): CompiledCell {
  const res = resolveScopes(module);
  const c = new Compiler(env, res);
  const run = compileCellBody(c, module.body);
  const debug = env.debug;
  if (debug === undefined) return { run, frameSize: res.module.size };
  const file = module.body.length > 0 ? module.body[0].file : undefined;
  const name = env.package === null ? '<cell>' : '<module>';
  const info = { name, file, vars: null, globals: env.globals, privatePrefix: null };
  return { run: debug.body(run, info), frameSize: res.module.size };
}
