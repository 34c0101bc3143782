// Heap bytes per node of a micrograd-style graph built by the interpreter from USER classes
// (engine.py's Value: data, grad, a _backward closure, set(_children), _op), with and without
// `__slots__`: what a program's graph costs the session, measured with full collections.

import { Interpreter } from '../src/lang/interpreter';
import { MICROGRAD, silent } from './userEngine';

/** engine.py's Value with `__slots__` naming its five attributes. */
const SLOTS_LINE = `    __slots__ = ('data', 'grad', '_backward', '_prev', '_op')\n`;

function withSlots(program: string): string {
  const head = 'class Value:\n    """ stores a single scalar value and its gradient """\n';
  if (!program.includes(head)) throw new Error('engine.py changed: no Value class header');
  return program.replace(head, head + SLOTS_LINE);
}

/**
 * Heap bytes per node of `count` nodes made by `v = v * w + b` (two nodes a round, each with
 * its closure, set of children and tuple of operands gone), the graph kept alive by `v`.
 * Null without --expose-gc.
 */
export function userBytesPerNode(slots: boolean, count: number): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return null;
  const interpreter = new Interpreter(silent);
  const setup = interpreter.runCell(
    (slots ? withSlots(MICROGRAD) : MICROGRAD) +
      'w = Value(1.0000001)\nb = Value(0.0)\nv = Value(1.0)\n',
    1,
  );
  if (setup.error !== null) throw new Error(`setup failed: ${setup.error.toString()}`);
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const build = interpreter.runCell(`for _ in range(${count / 2}):\n    v = v * w + b\n`, 2);
  if (build.error !== null) throw new Error(`graph failed: ${build.error.toString()}`);
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  const check = interpreter.runCell(`len(v._prev)`, 3);
  if (check.result !== 2n) throw new Error('the graph was not kept');
  return (after - before) / count;
}
