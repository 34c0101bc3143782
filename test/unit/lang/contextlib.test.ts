// contextlib as a program meets it: generator-based context managers (enter, exit, an
// exception thrown in at the yield), their misuse errors, suppress, nullcontext and closing.
// Expected outputs are what python3 (CPython 3.11) printed for the same text.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('contextlib.contextmanager', () => {
  it('runs the code before yield on enter and after it on exit, binding the yielded value', () => {
    const out = output(py`
      from contextlib import contextmanager
      @contextmanager
      def tag(name):
          print('open', name)
          yield name * 2
          print('close', name)
      with tag('a') as t:
          print('body', t)
    `);
    assert.equal(out, 'open a\nbody aa\nclose a\n');
  });

  it('restores a global in finally when the body raises (the no_grad pattern)', () => {
    const out = output(py`
      from contextlib import contextmanager
      GRAD = True
      @contextmanager
      def no_grad():
          global GRAD
          prev = GRAD
          GRAD = False
          try:
              yield
          finally:
              GRAD = prev
      try:
          with no_grad():
              print(GRAD)
              raise ValueError('x')
      except ValueError:
          print('caught', GRAD)
      @no_grad()
      def f(x):
          return x, GRAD
      print(f(1), f(2), GRAD)
    `);
    assert.equal(out, 'False\ncaught True\n(1, False) (2, False) True\n');
  });

  it('suppresses the exception when the generator handles it', () => {
    const out = output(py`
      from contextlib import contextmanager
      @contextmanager
      def quiet():
          try:
              yield
          except KeyError as e:
              print('handled', repr(e))
      with quiet():
          raise KeyError('k')
      print('after')
    `);
    assert.equal(out, "handled KeyError('k')\nafter\n");
  });

  it("raises RuntimeError: generator didn't yield at the with statement", () => {
    const err = errorOf(py`
      from contextlib import contextmanager
      @contextmanager
      def empty():
          return
          yield
      with empty():
          pass
    `);
    assert.equal(err, "RuntimeError: generator didn't yield @6:1");
  });

  it("raises RuntimeError: generator didn't stop when it yields twice", () => {
    const err = errorOf(py`
      from contextlib import contextmanager
      @contextmanager
      def twice():
          yield
          yield
      with twice():
          pass
    `);
    assert.match(err, /^RuntimeError: generator didn't stop @6:/);
  });

  it('lets an exception the generator does not handle through, where the body raised it', () => {
    const err = errorOf(py`
      from contextlib import contextmanager
      @contextmanager
      def cm():
          yield
      with cm():
          x = 1
          raise TypeError('bad')
    `);
    assert.equal(err, 'TypeError: bad @7:5');
  });
});

describe('contextlib: suppress, nullcontext, closing', () => {
  it('suppress swallows the listed kinds (and subclasses) only', () => {
    const out = output(py`
      from contextlib import suppress
      with suppress(LookupError):
          {}['k']
      print('ok')
      try:
          with suppress(KeyError):
              1 / 0
      except ZeroDivisionError:
          print('through')
    `);
    assert.equal(out, 'ok\nthrough\n');
  });

  it('nullcontext gives its enter_result and closing calls close()', () => {
    const out = output(py`
      from contextlib import nullcontext, closing
      with nullcontext(5) as a, nullcontext() as b:
          print(a, b)
      class R:
          def close(self):
              print('closed')
      with closing(R()) as r:
          print(type(r).__name__)
    `);
    assert.equal(out, '5 None\nR\nclosed\n');
  });
});

describe('contextlib.ExitStack', () => {
  it('exits what it entered last first, and a suppressing exit ends the exception', () => {
    const out = output(py`
      from contextlib import ExitStack
      class R:
          def __init__(self, n): self.n = n
          def __enter__(self): return self.n
          def __exit__(self, t, e, tb):
              print('exit', self.n, t.__name__ if t else None)
              return self.n == 0
      with ExitStack() as st:
          print([st.enter_context(R(i)) for i in range(2)])
          st.callback(print, 'cb')
          raise KeyError(1)
      print('after')
    `);
    assert.equal(out, '[0, 1]\ncb\nexit 1 KeyError\nexit 0 KeyError\nafter\n');
  });

  it('refuses what is not a context manager, where enter_context is called', () => {
    const err = errorOf(py`
      from contextlib import ExitStack
      with ExitStack() as st:
          st.enter_context(3)
    `);
    assert.equal(
      err,
      "TypeError: 'builtins.int' object does not support the context manager protocol @3:5",
    );
  });
});
