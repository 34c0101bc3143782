// Generators, global, __name__ and the recursion-limit hook, as a program meets them. The
// expected outputs are CPython 3.11's on the same text (the conformance corpus holds more:
// test/conformance/programs/gen_*, global_*, err_gen_*, err_global_*, err_yield_*).

import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { KERNEL_RESOURCE_LIMITS } from '../../../src/kernel/kernelClient';
import { Interpreter } from '../../../src/lang/interpreter';
import { getRecursionLimit, setRecursionLimit } from '../../../src/lang/runtime/recursion';
import { errorOf, output, py, RecordingHost } from './runProgram';

describe('generators', () => {
  it('are lazy iterators that every consumer takes, infinite ones included', () => {
    const code = py`
      def naturals():
          n = 0
          while True:
              print("make", n)
              yield n
              n += 1

      g = naturals()
      print("nothing ran yet")
      for x in g:
          if x == 1:
              break
      print(next(g), list(zip(g, "ab")))
    `;
    assert.equal(
      output(code),
      "nothing ran yet\nmake 0\nmake 1\nmake 2\nmake 3\nmake 4\nmake 5\n2 [(3, 'a'), (4, 'b')]\n",
    );
  });

  it('resume with what send() passes, and yield from returns the inner return value', () => {
    const code = py`
      def inner():
          got = yield "first"
          total = 0
          while got is not None:
              total += got
              got = yield total
          return total * 10

      def outer():
          result = yield from inner()
          yield ("inner returned", result)

      g = outer()
      print(next(g), g.send(1), g.send(2), g.send(None))
      print(next(g, "exhausted"))
    `;
    assert.equal(output(code), "first 1 3 ('inner returned', 30)\nexhausted\n");
  });

  it('keep their locals between resumes, with closures and nested generators', () => {
    const code = py`
      def counter(step):
          count = 0
          def bump():
              nonlocal count
              count += step
              return count
          while count < 10:
              yield bump()

      def pairs(xs):
          for i, x in enumerate(xs):
              for y in xs[i + 1:]:
                  yield x + y

      print(list(counter(3)), sum(pairs([1, 2, 3, 4])), sorted(pairs([3, 1, 2]), reverse=True))
    `;
    assert.equal(output(code), '[3, 6, 9, 12] 30 [5, 4, 3]\n');
  });

  it('report errors inside the body at the body line, and StopIteration at next()', () => {
    assert.equal(
      errorOf('def g():\n    yield 1\n    yield 1 / 0\nfor x in g():\n    pass'),
      'ZeroDivisionError: division by zero @3:11',
    );
    assert.equal(
      errorOf('def g():\n    yield 1\n    return "done"\nit = g()\nnext(it)\nnext(it)'),
      'StopIteration: done @6:1',
    );
    assert.equal(
      errorOf('def g():\n    yield next(iter([]))\nprint(list(g()))'),
      'RuntimeError: generator raised StopIteration @3:7',
    );
    assert.equal(errorOf('y = yield 1'), "SyntaxError: 'yield' outside function @1:5");
  });

  it('count against the recursion limit while they run', () => {
    const code = py`
      def down(n):
          yield n
          yield from down(n + 1)
      print(sum(down(0)))
    `;
    assert.match(errorOf(code), /^RecursionError: maximum recursion depth exceeded @3:/);
  });
});

describe('global', () => {
  it('rebinds the notebook name from a function, and CPython refuses a late declaration', () => {
    const code = py`
      total = 0
      def add(x):
          global total
          total += x
      add(2)
      add(3)
      print(total)
    `;
    assert.equal(output(code), '5\n');
    assert.equal(
      errorOf('def f():\n    x = 1\n    global x'),
      "SyntaxError: name 'x' is assigned to before global declaration @3:5",
    );
    assert.equal(
      errorOf('def f(x):\n    global x'),
      "SyntaxError: name 'x' is parameter and global @2:5",
    );
  });
});

describe('__name__', () => {
  it('is "__main__" in a notebook, and not listed among its names', () => {
    const interpreter = new Interpreter(new RecordingHost());
    interpreter.runCell('if __name__ == "__main__":\n    ran = True');
    assert.deepEqual([...interpreter.names().keys()], ['ran']);
    interpreter.reset();
    assert.equal(interpreter.runCell('x = __name__').error, null);
    assert.equal(interpreter.names().get('x'), '__main__');
  });
});

describe('the recursion-limit hook (sys.setrecursionlimit)', () => {
  /** A host whose print("limit N") sets the limit, as sys.setrecursionlimit(N) will. */
  class LimitHost extends RecordingHost {
    override print(text: string): void {
      const m = /^limit (\d+)\n$/.exec(text);
      if (m !== null) setRecursionLimit(BigInt(m[1]));
      else if (text === 'get\n') super.print(`${getRecursionLimit()}\n`);
      else super.print(text);
    }
  }

  it('raises the limit for the rest of the session; a restart restores 1000', () => {
    const host = new LimitHost();
    const interpreter = new Interpreter(host);
    const deep = 'def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(1100))';
    assert.equal(interpreter.runCell(deep).error?.kind, 'RecursionError');
    assert.equal(interpreter.runCell('print("get")\nprint("limit 5000")').error, null);
    const r = interpreter.runCell(`print("get")\n${deep}`);
    assert.equal(r.error, null);
    interpreter.reset();
    assert.equal(interpreter.runCell('print("get")').error, null);
    assert.equal(host.rec.out, '1000\n5000\n1100\n1000\n');
  });

  it("refuses CPython's bad limits with CPython's messages", () => {
    const host = new LimitHost();
    const interpreter = new Interpreter(host);
    const e1 = interpreter.runCell('print("limit 0")').error!;
    assert.equal(
      `${e1.kind}: ${e1.message}`,
      'ValueError: recursion limit must be greater or equal than 1',
    );
    const e2 = interpreter.runCell('def f():\n    print("limit 3")\ndef g():\n    f()\ng()').error!;
    assert.equal(
      `${e2.kind}: ${e2.message} @${e2.line}`,
      'RecursionError: cannot set the recursion limit to 3 at the recursion depth 4: the limit is too low @2',
    );
    assert.throws(
      () => setRecursionLimit(2.5),
      /'float' object cannot be interpreted as an integer/,
    );
  });

  it("runs micrograd's recursive build_topo 3000 deep in the kernel worker's stack, and ends a deeper one with RecursionError", async () => {
    // The kernel worker's stack (KERNEL_RESOURCE_LIMITS); the limit as raised to 10,000, then
    // far past what the stack holds.
    const program = (n: number): string => py`
      x = Value(1.0)
      for i in range(${n}):
          x = x + 1
      topo = []
      visited = set()
      def build_topo(v):
          if v not in visited:
              visited.add(v)
              for child in v.inputs:
                  build_topo(child)
              topo.append(v)
      build_topo(x)
      print(len(topo))
    `;
    const interpreterPath = join(__dirname, '../../../src/lang/interpreter.js');
    const source = `
      const { parentPort, workerData } = require('node:worker_threads');
      const { Interpreter } = require(${JSON.stringify(interpreterPath)});
      const results = workerData.runs.map(([code, maxDepth]) => {
        let out = '';
        const host = { print: (t) => { out += t; }, log() {}, draw() {}, plot() {},
          boundary() {}, trainStep() {}, warn() {}, shouldStop: () => false };
        const e = new Interpreter(host, { maxDepth }).runCell(code).error;
        return e === null ? out : e.kind + ': ' + e.message + ' @' + e.line + ':' + e.col;
      });
      parentPort.postMessage(results);
    `;
    const results = await new Promise<string[]>((resolve, reject) => {
      const worker = new Worker(source, {
        eval: true,
        workerData: {
          runs: [
            [program(3000), 10_000],
            ['def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(10 ** 7))', 10 ** 8],
          ],
        },
        resourceLimits: KERNEL_RESOURCE_LIMITS,
      });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    assert.equal(results[0], '6001\n');
    // The JS stack runs out long before the limit: still a RecursionError, on f's line.
    assert.match(results[1], /^RecursionError: maximum recursion depth exceeded @2:\d+$/);
  }).timeout(60_000);
});
