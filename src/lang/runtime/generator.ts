// Generator objects: what calling a function whose body yields returns. The body runs as a
// JS generator (compile/generatorStatements.ts) over the call's frame; every resume counts
// as a call for the recursion limit and restores the caller's position afterwards, as a
// call does. A generator is a PyIterator, so everything that iterates takes it unchanged.

import { noteUnwind } from './tracebacks';
import { setCurrentSite } from '../../engine';
import { TgradError } from '../errors';
import { RETURN } from './completion';
import { exceptionOf } from './exceptions';
import { str } from './repr';
import { at, fail, rt, typeError } from './state';
import { PyIterator, type PyValue } from './values';
import type { SoleHolder } from './droppedGenerators';

/** A generator body: yields values, receives what `send` passes, returns a completion code. */
export type GeneratorBody = Generator<PyValue, number, PyValue>;

type GeneratorState = 'created' | 'suspended' | 'running' | 'done';

/** How many generators have been made: tells which ones an expression has just made. */
let made = 0;

export function generatorsMade(): number {
  return made;
}

export class PyGenerator extends PyIterator {
  private state: GeneratorState;
  /** The value of the `return` that just ended the body (StopIteration's value), else None. */
  returnValue: PyValue;
  private readonly body: GeneratorBody;
  /** The node the body was at when it last suspended: where a thrown-in error starts. */
  private pos = 0;
  /** The variable that alone holds it (runtime/droppedGenerators.ts), else null. */
  holder: SoleHolder | null = null;
  /** How many `for` loops over a variable's generator are running it: it is held meanwhile. */
  loops = 0;
  /**
   * The exceptions its body is handling while it is suspended (in an except block or an
   * __exit__ at a yield): they leave rt.handling then and come back when it resumes, as CPython
   * keeps a generator's exception state with its frame (the caller's sys.exc_info(), bare
   * `raise` and implicit __context__ do not see them).
   */
  private handled: TgradError[] = [];
  /** Runs each resume of the body: the debugger's, which shows the body as a stack frame. */
  private around: (<T>(resume: () => T) => T) | null = null;

  constructor(
    /** The function's name (`__name__`). */
    readonly name: string,
    body: GeneratorBody,
    /** The function's qualified name (`__qualname__`): `Model.batches`, `f.<locals>.<genexpr>`. */
    readonly qualname: string = name,
  ) {
    const self: { g: PyGenerator | null } = { g: null };
    super('generator', () => self.g!.send(null));
    self.g = this;
    this.body = body;
    this.state = 'created';
    this.returnValue = null;
    this.serial = ++made;
    this.depth = rt.depth;
  }

  /** Its number in the order generators were made. */
  readonly serial: number;
  /** The call depth of the generator function's call that made it. */
  readonly depth: number;

  /** Not started yet: nothing has run the body. */
  get fresh(): boolean {
    return this.state === 'created';
  }

  get finished(): boolean {
    return this.state === 'done';
  }

  get running(): boolean {
    return this.state === 'running';
  }

  /** Paused at a `yield` (3.11's `gi_suspended`). */
  get suspended(): boolean {
    return this.state === 'suspended';
  }

  /**
   * Resumes the body with `sent` as the value of the pending `yield`: the next value, or
   * undefined once the body has ended (then `returnValue` holds what it returned).
   */
  send(sent: PyValue): PyValue | undefined {
    const state = this.state;
    if (state === 'done') {
      this.returnValue = null;
      return undefined;
    }
    if (state === 'running') throw fail('ValueError', 'generator already executing');
    if (state === 'created' && sent !== null) {
      throw typeError("can't send non-None value to a just-started generator");
    }
    return this.resume(sent, null);
  }

  /**
   * `throw(err)`: raises `err` where the body is suspended, as CPython's gen.throw does. The
   * next value the body yields, or undefined when it returned (then `returnValue` holds it).
   * A generator that has not started, or has ended, raises `err` at once and is done.
   */
  throwIn(err: TgradError): PyValue | undefined {
    if (this.state === 'running') throw fail('ValueError', 'generator already executing');
    if (this.state !== 'suspended') {
      this.state = 'done';
      throw err;
    }
    return this.resume(null, err);
  }

  /**
   * `close()`: raises GeneratorExit where the body is suspended, so its `finally` blocks and
   * handlers run; a body that yields again instead is a RuntimeError, as in CPython.
   */
  close(): void {
    if (this.state === 'running') throw fail('ValueError', 'generator already executing');
    if (this.state !== 'suspended') {
      this.state = 'done';
      this.returnValue = null;
      return;
    }
    let yielded: PyValue | undefined;
    try {
      yielded = this.resume(null, fail('GeneratorExit', ''));
    } catch (e) {
      if (e instanceof TgradError && (e.kind === 'GeneratorExit' || e.kind === 'StopIteration')) {
        this.returnValue = null;
        return;
      }
      throw e;
    }
    this.returnValue = null;
    if (yielded !== undefined) throw fail('RuntimeError', 'generator ignored GeneratorExit');
  }

  /** Runs the body to its next yield, sending `sent` or raising `thrown` at the pending one. */
  private resume(sent: PyValue, thrown: TgradError | null): PyValue | undefined {
    if (++rt.depth >= rt.maxDepth) throw fail('RecursionError', 'maximum recursion depth exceeded');
    this.state = 'running';
    const saved = rt.pos;
    rt.callers[rt.depth] = saved;
    rt.frameNames[rt.depth] = this.name;
    const handlingBase = rt.handling.length;
    if (this.handled.length > 0) {
      rt.handling.push(...this.handled);
      this.handled = [];
    }
    let r: IteratorResult<PyValue, number>;
    try {
      if (thrown === null) {
        r = this.around === null ? this.body.next(sent) : this.around(() => this.body.next(sent));
      } else {
        // The error starts at the suspended `yield`, as CPython's traceback shows it.
        at(this.pos);
        r =
          this.around === null
            ? this.body.throw(thrown)
            : this.around(() => this.body.throw(thrown));
      }
    } catch (e) {
      this.state = 'done';
      rt.depth--;
      rt.handling.length = handlingBase;
      if (e instanceof TgradError) noteUnwind(e, this.name, saved);
      if (e instanceof TgradError && e.kind === 'StopIteration') {
        // PEP 479, reported where the generator was resumed, as CPython's traceback does.
        rt.pos = saved;
        setCurrentSite(saved);
        throw stopIterationEscaped(e);
      }
      throw e;
    }
    rt.depth--;
    this.pos = rt.pos;
    rt.pos = saved;
    setCurrentSite(saved);
    if (rt.handling.length > handlingBase) this.handled = rt.handling.splice(handlingBase);
    if (r.done === true) {
      this.state = 'done';
      this.returnValue = r.value === RETURN ? rt.returnValue : null;
      rt.returnValue = null;
      return undefined;
    }
    this.state = 'suspended';
    return r.value;
  }

  /** The debugger runs every resume of this generator's body inside `around`. */
  resumeWithin(around: <T>(resume: () => T) => T): void {
    this.around = around;
  }
}

/**
 * PEP 479: the RuntimeError a StopIteration escaping a generator's body becomes, raised `from`
 * it, as CPython's wrapping sets __cause__.
 */
export function stopIterationEscaped(e: TgradError): TgradError {
  const wrapped = fail('RuntimeError', 'generator raised StopIteration');
  const stop = exceptionOf(e);
  const obj = exceptionOf(wrapped);
  obj.cause = stop;
  obj.context = stop;
  obj.suppressContext = true;
  return wrapped;
}

/** Python's StopIteration for an exhausted iterator (with the generator's return value). */
export function stopIteration(value: PyValue): TgradError {
  const err = fail('StopIteration', value === null ? '' : str(value));
  // e.value is the return value (args[0]).
  if (value !== null) err.args = [value];
  return err;
}
