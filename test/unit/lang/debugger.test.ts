// The debugger inside the language: a scripted host answers each pause at once with the
// next action, and records where the program stopped and what it could see there.

import { strict as assert } from 'node:assert';
import { Debugger, type DebugHost } from '../../../src/lang/debug/debugger';
import type {
  InspectAnswer,
  InspectRequest,
  ResumeAction,
  StopInfo,
  VariableInfo,
} from '../../../src/lang/debug/protocol';
import { Interpreter } from '../../../src/lang/interpreter';
import { RecordingHost } from './runProgram';

type Inspect = (r: InspectRequest) => InspectAnswer;

/** A host that answers each pause with `onPause(stop, inspect)`; logpoints go to `logs`. */
function hostWith(onPause: (stop: StopInfo, inspect: Inspect) => ResumeAction): {
  logs: string[];
  debugHost: DebugHost;
} {
  const logs: string[] = [];
  const debugHost: DebugHost = {
    attention: new Int32Array(1),
    attend: () => {},
    paused: onPause,
    output: (t) => logs.push(t),
  };
  return { logs, debugHost };
}

function vars(inspect: Inspect, ref: number, start?: number, count?: number): VariableInfo[] {
  const a = inspect({ what: 'variables', variablesReference: ref, start, count });
  assert.equal(a.what, 'variables');
  return a.what === 'variables' ? a.variables : [];
}

function scopeVars(inspect: Inspect, frameId: number, scope: string): VariableInfo[] {
  const a = inspect({ what: 'scopes', frameId });
  assert.equal(a.what, 'scopes');
  const s = a.what === 'scopes' ? a.scopes.find((x) => x.name === scope) : undefined;
  assert.ok(s, `scope ${scope}`);
  return vars(inspect, s.variablesReference);
}

function evaluate(inspect: Inspect, expression: string, frameId = 0): string {
  const a = inspect({ what: 'evaluate', expression, frameId });
  return a.what === 'evaluate' ? a.result.result : '';
}

function stack(inspect: Inspect): string[] {
  const a = inspect({ what: 'stackTrace' });
  return a.what === 'stackTrace' ? a.frames.map((f) => `${f.name}:${f.line}`) : [];
}

const NEURON = [
  'x1 = Value(2.0, label="x1")', // 1
  'w1 = Value(-3.0, label="w1")', // 2
  'def mul(a, b):', // 3
  '    out = a * b', // 4
  '    return out', // 5
  'x1w1 = mul(x1, w1)', // 6
  'n = x1w1 + 1', // 7
  'o = n.tanh()', // 8
  'o.backward()', // 9
].join('\n');

describe('debugger (language)', () => {
  it('stops at a breakpoint inside a function, shows the stack, locals and a Value, and keeps the names', () => {
    const seen: string[][] = [];
    let locals: VariableInfo[] = [];
    let valueFields: VariableInfo[] = [];
    const { debugHost } = hostWith((_stop, inspect) => {
      seen.push(stack(inspect));
      locals = scopeVars(inspect, 0, 'Locals');
      const a = locals.find((v) => v.name === 'a')!;
      valueFields = vars(inspect, a.variablesReference);
      return 'continue';
    });
    const d = new Debugger(debugHost);
    d.setBreakpoints(undefined, [{ line: 4 }]);
    const interp = new Interpreter(new RecordingHost());
    const outcome = interp.debugCell(NEURON, 1, d);
    assert.equal(outcome.status, 'ok', outcome.error?.message);
    assert.deepEqual(seen, [['mul:4', '<cell>:6']]);
    assert.deepEqual(
      locals.map((v) => v.name),
      ['a', 'b'],
    );
    assert.match(locals[0].value, /data=2\.0/);
    const byName = Object.fromEntries(valueFields.map((v) => [v.name, v.value]));
    assert.equal(byName.data, '2.0');
    assert.equal(byName.grad, '0.0');
    assert.equal(byName.label, "'x1'");
    assert.ok(interp.names().has('o'), 'the names a debugged cell binds stay');
  });

  it('steps over statements and calls; step out of the top level runs to the end', () => {
    const lines: string[] = [];
    const script: ResumeAction[] = ['next', 'stepIn', 'next', 'stepOut'];
    const { debugHost } = hostWith((stop, inspect) => {
      lines.push(`${stop.reason}@${stack(inspect).join('<')}`);
      return script.shift() ?? 'continue';
    });
    const d = new Debugger(debugHost);
    d.setBreakpoints(undefined, [{ line: 2 }]);
    const text = NEURON.replace('x1w1 = mul(x1, w1)', 'x1w1 = mul(x1, w1); x1w1 = mul(x1, w1)');
    const outcome = new Interpreter(new RecordingHost()).debugCell(text, 1, d);
    assert.equal(outcome.status, 'ok');
    assert.deepEqual(lines, [
      'breakpoint@<cell>:2',
      'step@<cell>:3', // over line 2
      'step@<cell>:6', // into `def`: it runs no body, so the next statement
      'step@<cell>:6', // over the call: the second statement of line 6
    ]);
  });

  it('steps from a match statement through each case line tried, then into the body', () => {
    const lines: number[] = [];
    const { debugHost } = hostWith((stop) => {
      lines.push(stop.line);
      return 'next';
    });
    const d = new Debugger(debugHost);
    d.setBreakpoints(undefined, [{ line: 2 }]);
    const text = [
      'point = (0, 3)',
      'match point:',
      '    case (0, 0):',
      '        where = "origin"',
      '    case (0, y):',
      '        where = f"y={y}"',
      'print(where)',
    ].join('\n');
    const outcome = new Interpreter(new RecordingHost()).debugCell(text, 1, d);
    assert.equal(outcome.status, 'ok');
    assert.deepEqual(lines, [2, 3, 5, 6, 7]);
  });

  it('steps into a function and out to its caller', () => {
    const lines: string[] = [];
    const script: ResumeAction[] = ['stepIn', 'next', 'stepOut', 'continue'];
    const { debugHost } = hostWith((_stop, inspect) => {
      lines.push(stack(inspect).join('<'));
      return script.shift() ?? 'continue';
    });
    const d = new Debugger(debugHost);
    d.setBreakpoints(undefined, [{ line: 6 }]);
    new Interpreter(new RecordingHost()).debugCell(NEURON, 1, d);
    assert.deepEqual(lines, ['<cell>:6', 'mul:4<<cell>:6', 'mul:5<<cell>:6', '<cell>:7']);
  });

  it("steps through a dataclass's generated __init__ into its __post_init__", () => {
    const code = [
      'from dataclasses import dataclass', // 1
      '@dataclass', // 2
      'class V:', // 3
      '    data: float', // 4
      '    grad: float = 0.0', // 5
      '    def __post_init__(self):', // 6
      '        self.twice = self.data * 2', // 7
      'v = V(2.0)', // 8
      'print(v, v.twice)', // 9
    ].join('\n');
    const lines: string[] = [];
    const script: ResumeAction[] = ['stepIn', 'stepOut', 'continue'];
    const { debugHost } = hostWith((_stop, inspect) => {
      lines.push(stack(inspect).join('<'));
      return script.shift() ?? 'continue';
    });
    const d = new Debugger(debugHost);
    d.setBreakpoints(undefined, [{ line: 8 }]);
    const host = new RecordingHost();
    const outcome = new Interpreter(host).debugCell(code, 1, d);
    assert.equal(outcome.status, 'ok');
    assert.deepEqual(lines, ['<cell>:8', '__post_init__:7<<cell>:8', '<cell>:9']);
    assert.equal(host.rec.out, 'V(data=2.0, grad=0.0) 4.0\n');
  });

  it("steps into a user's _backward closure, reads the grads it writes, and out again", () => {
    const code = [
      'class V:', // 1
      '    def __init__(self, data, children=()):', // 2
      '        self.data = data', // 3
      '        self.grad = 0.0', // 4
      '        self._backward = lambda: None', // 5
      '        self._prev = children', // 6
      '    def __mul__(self, other):', // 7
      '        out = V(self.data * other.data, (self, other))', // 8
      '        def _backward():', // 9
      '            self.grad += other.data * out.grad', // 10
      '            other.grad += self.data * out.grad', // 11
      '        out._backward = _backward', // 12
      '        return out', // 13
      'x = V(2.0)', // 14
      'y = V(-3.0)', // 15
      'z = x * y', // 16
      'z.grad = 1.0', // 17
      'z._backward()', // 18
      'done = x.grad + y.grad', // 19
    ].join('\n');
    const stops: string[] = [];
    const script: ResumeAction[] = ['stepIn', 'next', 'stepOut'];
    let selfFields: string[] = [];
    const { debugHost } = hostWith((_stop, inspect) => {
      const where = stack(inspect).join('<');
      stops.push(
        where.startsWith('_backward')
          ? `${where} self.grad=${evaluate(inspect, 'self.grad')}`
          : where,
      );
      if (where.startsWith('_backward:11')) {
        // The closure's `self` is a user Value-like: it opens into its attributes.
        const self = scopeVars(inspect, 0, 'Locals').find((v) => v.name === 'self');
        selfFields = self
          ? vars(inspect, self.variablesReference).map((v) => `${v.name}=${v.value}`)
          : [];
      }
      return script.shift() ?? 'continue';
    });
    const d = new Debugger(debugHost);
    d.setBreakpoints(undefined, [{ line: 18 }]);
    const outcome = new Interpreter(new RecordingHost()).debugCell(code, 1, d);
    assert.equal(outcome.status, 'ok', outcome.error?.message);
    assert.deepEqual(stops, [
      '<cell>:18',
      '_backward:10<<cell>:18 self.grad=0.0',
      '_backward:11<<cell>:18 self.grad=-3.0',
      '<cell>:19',
    ]);
    assert.ok(
      selfFields.includes('data=2.0') && selfFields.includes('grad=-3.0'),
      selfFields.join(', '),
    );
  });

  it('breaks in a function compiled by an earlier, plain run', () => {
    const interp = new Interpreter(new RecordingHost());
    assert.equal(interp.runCell('def sq(x):\n    y = x * x\n    return y', 1).status, 'ok');
    const stops: string[] = [];
    const { debugHost } = hostWith((_stop, inspect) => {
      stops.push(`${stack(inspect).join('<')} y=${evaluate(inspect, 'x * 10')}`);
      return 'continue';
    });
    const d = new Debugger(debugHost);
    d.setBreakpoints(undefined, [{ line: 2 }]);
    assert.equal(interp.debugCell('z = sq(3)', 5, d).status, 'ok');
    assert.deepEqual(stops, ['sq:2<<cell>:5 y=30']);
    // After the debug run the plain body is back: the breakpoint no longer stops.
    assert.equal(interp.runCell('z = sq(4)', 5).status, 'ok');
    assert.equal(stops.length, 1);
  });

  it('honours conditions, hit counts and logpoints', () => {
    const stops: string[] = [];
    const { debugHost, logs } = hostWith((stop, inspect) => {
      stops.push(`${stop.line}:i=${evaluate(inspect, 'i')}`);
      return 'continue';
    });
    const d = new Debugger(debugHost);
    d.setBreakpoints(undefined, [
      { line: 3, condition: 'i % 4 == 3' },
      { line: 4, hitCondition: '2' },
      { line: 5, logMessage: 'i is {i}, twice {i * 2}' },
    ]);
    const code = ['s = 0', 'for i in range(8):', '    s += i', '    t = s', '    u = t'].join('\n');
    const interp = new Interpreter(new RecordingHost());
    assert.equal(interp.debugCell(code, 1, d).status, 'ok');
    assert.deepEqual(stops, ['4:i=1', '3:i=3', '3:i=7']);
    assert.equal(logs.length, 8);
    assert.equal(logs[2], 'i is 2, twice 4\n');
  });

  it('stops on raised and on uncaught exceptions, with the stack where it was raised', () => {
    const code = [
      'def f(x):', // 1
      '    return 1 / x', // 2
      'try:', // 3
      '    f(0)', // 4
      'except ZeroDivisionError:', // 5
      '    pass', // 6
      'f(0)', // 7
    ].join('\n');
    for (const [filters, expected] of [
      [['raised'], ['f:2<<cell>:4 ZeroDivisionError', 'f:2<<cell>:7 ZeroDivisionError']],
      [['uncaught'], ['f:2<<cell>:7 ZeroDivisionError']],
      [[], []],
    ] as const) {
      const stops: string[] = [];
      const { debugHost } = hostWith((stop, inspect) => {
        assert.equal(stop.reason, 'exception');
        stops.push(`${stack(inspect).join('<')} ${stop.text?.split(':')[0]}`);
        assert.equal(evaluate(inspect, 'x + 5'), '5');
        return 'continue';
      });
      const d = new Debugger(debugHost);
      d.setExceptionFilters(filters);
      const outcome = new Interpreter(new RecordingHost()).debugCell(code, 1, d);
      assert.equal(outcome.status, 'error');
      assert.equal(outcome.error?.kind, 'ZeroDivisionError');
      assert.deepEqual(stops, expected, String(filters));
    }
  });

  it('pauses at an uncaught sys.exit with a failing code, not at a successful sys.exit(0)', () => {
    for (const [code, expected] of [
      ['import sys\nsys.exit(0)', []],
      ['import sys\nsys.exit(2)', ['2 SystemExit: 2']],
    ] as const) {
      const stops: string[] = [];
      const { debugHost } = hostWith((stop) => {
        stops.push(`${stop.line} ${stop.text ?? ''}`);
        return 'continue';
      });
      const d = new Debugger(debugHost);
      d.setExceptionFilters(['uncaught']);
      const outcome = new Interpreter(new RecordingHost()).debugCell(code, 1, d);
      assert.deepEqual(stops, expected, code);
      assert.equal(outcome.exit?.status, code.endsWith('(0)') ? 0 : 2);
    }
  });

  it('evaluates in the chosen frame and reports errors as text', () => {
    let answers: string[] = [];
    const { debugHost } = hostWith((_stop, inspect) => {
      answers = [
        evaluate(inspect, 'a.data * b.data', 0),
        evaluate(inspect, 'x1w1', 1),
        evaluate(inspect, 'nope + 1', 0),
        evaluate(inspect, 'len([x1, w1])', 1),
      ];
      return 'continue';
    });
    const d = new Debugger(debugHost);
    d.setBreakpoints(undefined, [{ line: 5 }]);
    new Interpreter(new RecordingHost()).debugCell(NEURON, 1, d);
    assert.equal(answers[0], '-6.0');
    assert.match(answers[1], /NameError/);
    assert.match(answers[2], /^NameError: name 'nope' is not defined/);
    assert.equal(answers[3], '2');
  });

  it("reads a method's private names as written there: `self.__count` is `self._Counter__count`", () => {
    const program = [
      'class _Counter:', // 1
      '    def __init__(self):', // 2
      '        self.__count = 4.0', // 3
      '    def bump(self):', // 4
      '        __step = 1.5', // 5
      '        def inner():', // 6
      '            return self.__count + __step', // 7
      '        total = inner()', // 8
      '        return total', // 9
      'k = _Counter()', // 10
      'k.bump()', // 11
    ].join('\n');
    const answers: string[][] = [];
    const { debugHost } = hostWith((_stop, inspect) => {
      answers.push([
        evaluate(inspect, 'self.__count', 0),
        evaluate(inspect, '__step', 0),
        evaluate(inspect, 'self.__count', 1),
        evaluate(inspect, 'k.__count', 2),
        evaluate(inspect, 'k._Counter__count', 2),
      ]);
      const set = inspect({
        what: 'evaluate',
        expression: 'self.__count = 7.0',
        frameId: 1,
        statements: true,
      });
      assert.equal(set.what, 'evaluate');
      return 'continue';
    });
    const d = new Debugger(debugHost);
    d.setBreakpoints(undefined, [{ line: 7 }]);
    const interp = new Interpreter(new RecordingHost());
    const outcome = interp.debugCell(program, 1, d);
    assert.equal(outcome.status, 'ok', outcome.error?.message);
    // CPython: inside the class both names are mangled; outside, `k.__count` is not.
    assert.deepEqual(answers, [
      ['4.0', '1.5', '4.0', "AttributeError: '_Counter' object has no attribute '__count'", '4.0'],
    ]);
    assert.equal(interp.runCell('k._Counter__count', 12).result, 7.0, 'the console line set it');
  });

  it('pages a long list and opens dicts, tuples and instances', () => {
    let page: VariableInfo[] = [];
    let all: VariableInfo[] = [];
    const { debugHost } = hostWith((_stop, inspect) => {
      all = scopeVars(inspect, 0, 'Globals');
      const xs = all.find((v) => v.name === 'xs')!;
      assert.equal(xs.indexedVariables, 1000);
      page = vars(inspect, xs.variablesReference, 100, 3);
      const d = all.find((v) => v.name === 'd')!;
      assert.deepEqual(
        vars(inspect, d.variablesReference).map((v) => `${v.name}=${v.value}`),
        ["'a'=1", "'b'=(2, 3)"],
      );
      const p = all.find((v) => v.name === 'p')!;
      assert.deepEqual(
        vars(inspect, p.variablesReference).map((v) => `${v.name}=${v.value}`),
        ['x=1', "name='p'"],
      );
      return 'continue';
    });
    const d = new Debugger(debugHost);
    d.setBreakpoints(undefined, [{ line: 6 }]);
    const code = [
      'xs = list(range(1000))',
      "d = {'a': 1, 'b': (2, 3)}",
      'class P:',
      '    def __init__(self): self.x = 1; self.name = "p"',
      'p = P()',
      'done = True',
    ].join('\n');
    new Interpreter(new RecordingHost()).debugCell(code, 1, d);
    assert.deepEqual(
      page.map((v) => `${v.name}=${v.value}`),
      ['100=100', '101=101', '102=102'],
    );
    assert.match(all.find((v) => v.name === 'xs')!.value, /^\[0, 1, 2, 3, 4, … 1000 items\]$/);
  });

  it("shows sets in print's order and a set or dict of the user's Values without their __repr__", () => {
    let all: VariableInfo[] = [];
    let members: string[] = [];
    const { debugHost } = hostWith((_stop, inspect) => {
      all = scopeVars(inspect, 0, 'Globals');
      const s = all.find((v) => v.name === 's')!;
      members = vars(inspect, s.variablesReference).map((v) => `${v.name}=${v.value}`);
      return 'continue';
    });
    const d = new Debugger(debugHost);
    d.setBreakpoints(undefined, [{ line: 10 }]);
    const code = [
      'class V:',
      '    def __init__(self, data): self.data = data; self.grad = 0.0',
      '    def __repr__(self):',
      '        global calls',
      '        calls += 1',
      '        return f"V({self.data:.4f})"',
      'calls = 0',
      's = {3, 1, 2, 100, 7}',
      'a = V(2.0); seen = {a}; by = {"a": a}; pair = (a,)',
      'done = calls',
    ].join('\n');
    const host = new RecordingHost();
    new Interpreter(host).debugCell(code, 1, d);
    const shown = (name: string) => all.find((v) => v.name === name)!.value;
    assert.equal(shown('s'), '{1, 2, 3, 100, 7}');
    assert.deepEqual(members, ['0=1', '1=2', '2=3', '3=100', '4=7']);
    assert.equal(shown('seen'), '{V(data=2.0, grad=0.0)}');
    assert.equal(shown('by'), "{'a': V(data=2.0, grad=0.0)}");
    assert.equal(shown('pair'), '(V(data=2.0, grad=0.0),)');
    assert.equal(shown('calls'), '0');
  });

  it('pauses when asked while running, and Stop ends the run keeping earlier names', () => {
    let polls = 0;
    const stops: string[] = [];
    const host: DebugHost = {
      attention: new Int32Array(1),
      attend: (d) => {
        host.attention[0] = 0;
        d.requestPause();
      },
      paused: (stop) => {
        stops.push(stop.reason);
        return 'stop';
      },
      output: () => {},
    };
    const d = new Debugger(host);
    const interp = new Interpreter(new RecordingHost());
    assert.equal(interp.runCell('k = 1', 1).status, 'ok');
    host.attention[0] = 1;
    const outcome = interp.debugCell('while True:\n    polls = 1', 2, d);
    polls = stops.length;
    assert.equal(outcome.status, 'stopped');
    assert.deepEqual(stops, ['pause']);
    assert.equal(polls, 1);
    assert.equal(interp.names().get('k'), 1n);
  });
});
