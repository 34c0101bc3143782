import * as assert from 'node:assert/strict';
import { errorOf, py, run } from './runProgram';

describe('errors: kind, Python’s message, file position', () => {
  const cases: [string, string][] = [
    ['x = undefined_name', "NameError: name 'undefined_name' is not defined @1:5"],
    ['prnt("x")', "NameError: name 'prnt' is not defined. Did you mean: 'print'? @1:1"],
    [
      'learning_rate = 0.1\nx = learning_rat * 2',
      "NameError: name 'learning_rat' is not defined. Did you mean: 'learning_rate'? @2:5",
    ],
    ['x = 1 + "a"', "TypeError: unsupported operand type(s) for +: 'int' and 'str' @1:5"],
    ['x = "a" + 1', 'TypeError: can only concatenate str (not "int") to str @1:5'],
    ['x = [1, 2][5]', 'IndexError: list index out of range @1:5'],
    ['x = "abc"[10]', 'IndexError: string index out of range @1:5'],
    ['cfg = {"lr": 1}\nx = cfg["lrr"]', "KeyError: 'lrr' @2:5"],
    ['x = 1 / 0', 'ZeroDivisionError: division by zero @1:5'],
    ['x = 1.0 / 0', 'ZeroDivisionError: float division by zero @1:5'],
    ['x = 1 // 0', 'ZeroDivisionError: integer division or modulo by zero @1:5'],
    ['x = 0 ** -1', 'ZeroDivisionError: 0.0 cannot be raised to a negative power @1:5'],
    ['x = int("abc")', "ValueError: invalid literal for int() with base 10: 'abc' @1:5"],
    ['x = [].pop()', 'IndexError: pop from empty list @1:5'],
    ['x = [1].index(5)', 'ValueError: 5 is not in list @1:5'],
    ['x = len(5)', "TypeError: object of type 'int' has no len() @1:5"],
    ['x = 5()', "TypeError: 'int' object is not callable @1:5"],
    ['x = None.data', "AttributeError: 'NoneType' object has no attribute 'data' @1:5"],
    [
      'x = [1].apend(2)',
      "AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'? @1:5",
    ],
    ['def f(a, b): pass\nf(1)', "TypeError: f() missing 1 required positional argument: 'b' @2:1"],
    [
      'def f(a, b): pass\nf(1, 2, 3)',
      'TypeError: f() takes 2 positional arguments but 3 were given @2:1',
    ],
    ['def f(a): pass\nf(1, b=2)', "TypeError: f() got an unexpected keyword argument 'b' @2:1"],
    [
      'def f():\n    y = x\n    x = 1\nf()',
      "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value @2:9",
    ],
    ['a, b = [1, 2, 3]', 'ValueError: too many values to unpack (expected 2) @1:1'],
    ['a, b, c = [1, 2]', 'ValueError: not enough values to unpack (expected 3, got 2) @1:1'],
    ['a, b = 5', 'TypeError: cannot unpack non-iterable int object @1:1'],
    [
      'x = sorted([1, "a"])',
      "TypeError: '<' not supported between instances of 'str' and 'int' @1:5",
    ],
    ['x = range(1.5)', "TypeError: 'float' object cannot be interpreted as an integer @1:5"],
    ['x = {[1]: 2}', "TypeError: unhashable type: 'list' @1:5"],
    ['x = (1, 2)\nx[0] = 5', "TypeError: 'tuple' object does not support item assignment @2:1"],
    ['for i in 5:\n    pass', "TypeError: 'int' object is not iterable @1:10"],
    ['x = f"{1.5:d}"', "ValueError: Unknown format code 'd' for object of type 'float' @1:5"],
    ['x = "%d" % "a"', 'TypeError: %d format: a real number is required, not str @1:5'],
    ['x = [1, 2, 3][1:2:0]', 'ValueError: slice step cannot be zero @1:5'],
    ['x = max([])', 'ValueError: max() arg is an empty sequence @1:5'],
    [
      'x = Value(1.0)\ny = x.dta',
      "AttributeError: 'Value' object has no attribute 'dta'. Did you mean: 'data'? @2:5",
    ],
    ['v = Value(0.0)\nw = v / 0', 'ZeroDivisionError: float division by zero @2:5'],
    [
      'v = Value(-1.0)\nw = v.log()',
      'ValueError: log() needs a positive number, got -1.0 (math domain error) @2:5',
    ],
    ['w = sqrt(-1)', 'ValueError: math domain error @1:5'],
    ['w = log(0)', 'ValueError: math domain error @1:5'],
    [
      'v = Value(2.0)\nv.op = "+"',
      "AttributeError: property 'op' of 'Value' object has no setter @2:1",
    ],
    [
      'm = MLP(2, [3, 1])\ny = m([1.0, 2.0, 3.0])',
      'ValueError: this MLP expects 2 inputs, got a list of 3 @2:5',
    ],
    [
      'm = MLP(2, [3, 1], act="relux")',
      'ValueError: MLP(): unknown act \'relux\': choose one of "tanh", "relu", "sigmoid", "linear" @1:5',
    ],
  ];
  for (const [code, expected] of cases) {
    it(code.replace(/\n/g, ' ⏎ '), () => assert.equal(errorOf(code), expected));
  }

  it('points inside a function at the innermost line being executed', () => {
    const code = py`
      def inner(xs):
          total = 0
          for x in xs:
              total += 1 / x
          return total

      def outer():
          return inner([1, 2, 0])

      print(outer())
    `;
    assert.equal(errorOf(code, 20), 'ZeroDivisionError: division by zero @23:18');
  });

  it('counts lines in the file, not in the cell', () => {
    assert.equal(errorOf('x = 1\ny = x + z', 41), "NameError: name 'z' is not defined @42:9");
    const r = run('x = 1\ny = "a" - x', 100);
    const e = r.outcome.error!;
    assert.deepEqual([e.line, e.col, e.endLine, e.endCol], [101, 5, 101, 12]);
  });

  it('gives the end of the offending node too', () => {
    const e = run('total = 1 +  "two"').outcome.error!;
    assert.deepEqual([e.line, e.col, e.endLine, e.endCol], [1, 9, 1, 19]);
  });

  it('positions an error raised inside a built-in’s callback at the callback', () => {
    assert.equal(
      errorOf('def key(x):\n    return 1 / x\nys = sorted([1, 0], key=key)'),
      'ZeroDivisionError: division by zero @2:12',
    );
    assert.equal(
      errorOf('xs = list(map(lambda x: x.data, [1]))'),
      "AttributeError: 'int' object has no attribute 'data' @1:25",
    );
  });

  it('keeps the names bound before the failing line', () => {
    const r = run('a = 1\nb = 2\nc = b / 0\nd = 4');
    assert.equal(r.outcome.status, 'error');
    assert.deepEqual([...r.interpreter.names().keys()], ['a', 'b']);
  });

  it('reports a syntax error of a cell at its file position without running anything', () => {
    const r = run('print("ran")\nx = (1,', 10);
    assert.equal(r.out, '');
    assert.equal(r.outcome.error?.kind, 'SyntaxError');
    assert.equal(r.outcome.error?.line, 11);
  });
});
