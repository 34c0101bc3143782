// Generator objects: what calling a function whose body yields returns. The body runs as a
// JS generator (compile/generatorStatements.ts) over the call's frame; every resume counts
// as a call for the recursion limit and restores the caller's position afterwards, as a
// call does. A generator is a PyIterator, so everything that iterates takes it unchanged.

import { setCurrentSite } from '../../engine';
import { TgradError } from '../errors';
import { RETURN } from './completion';
import { str } from './repr';
import { fail, rt, typeError } from './state';
import { PyIterator, type PyValue } from './values';

/** A generator body: yields values, receives what `send` passes, returns a completion code. */
export type GeneratorBody = Generator<PyValue, number, PyValue>;

type GeneratorState = 'created' | 'suspended' | 'running' | 'done';

export class PyGenerator extends PyIterator {
  private state: GeneratorState;
  /** The value of the `return` that just ended the body (StopIteration's value), else None. */
  returnValue: PyValue;
  private readonly body: GeneratorBody;
  /** Runs each resume of the body: the debugger's, which shows the body as a stack frame. */
  private around: (<T>(resume: () => T) => T) | null = null;

  constructor(
    /** The function's name (`__name__`). */
    readonly name: string,
    body: GeneratorBody,
  ) {
    const self: { g: PyGenerator | null } = { g: null };
    super('generator', () => self.g!.send(null));
    self.g = this;
    this.body = body;
    this.state = 'created';
    this.returnValue = null;
  }

  get finished(): boolean {
    return this.state === 'done';
  }

  get running(): boolean {
    return this.state === 'running';
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
    if (++rt.depth > rt.maxDepth) throw fail('RecursionError', 'maximum recursion depth exceeded');
    this.state = 'running';
    const saved = rt.pos;
    let r: IteratorResult<PyValue, number>;
    try {
      r = this.around === null ? this.body.next(sent) : this.around(() => this.body.next(sent));
    } catch (e) {
      this.state = 'done';
      if (e instanceof TgradError && e.kind === 'StopIteration') {
        // PEP 479, reported where the generator was resumed, as CPython's traceback does.
        rt.pos = saved;
        setCurrentSite(saved);
        throw fail('RuntimeError', 'generator raised StopIteration');
      }
      throw e;
    }
    rt.depth--;
    rt.pos = saved;
    setCurrentSite(saved);
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

  /** `close()`: ends the body where it stands (a suspended body runs its `finally` blocks). */
  close(): void {
    if (this.state === 'running') throw fail('ValueError', 'generator already executing');
    if (this.state === 'suspended') {
      const saved = rt.pos;
      this.state = 'running';
      try {
        if (this.around === null) this.body.return(RETURN);
        else this.around(() => this.body.return(RETURN));
      } finally {
        this.state = 'done';
      }
      rt.pos = saved;
      setCurrentSite(saved);
    }
    this.state = 'done';
    this.returnValue = null;
  }
}

/** Python's StopIteration for an exhausted iterator (with the generator's return value). */
export function stopIteration(value: PyValue): TgradError {
  const err = fail('StopIteration', value === null ? '' : str(value));
  // e.value is the return value (args[0]).
  if (value !== null) err.args = [value];
  return err;
}
