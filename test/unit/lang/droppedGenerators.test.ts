// Generators closed when their only holder lets go of them (runtime/droppedGenerators.ts), as
// CPython closes them when it frees them; and left open whenever something may still hold
// them. The expected outputs are CPython 3.11's on the same text.

import * as assert from 'node:assert/strict';
import { output, py, run } from './runProgram';

const NUMBERS = py`
  def numbers(tag):
      try:
          yield 1
          yield 2
      finally:
          print(tag, "closed")
`;

describe('dropped generators', () => {
  it('next() on a temporary closes it right after the call, before the print', () => {
    const code = `${NUMBERS}\nprint("got", next(numbers("temp")))\nprint("after")\n`;
    assert.equal(output(code), 'temp closed\ngot 1\nafter\n');
  });

  it('del and rebinding of the only name close it there', () => {
    const code = `${NUMBERS}\n${py`
      g = numbers("del")
      next(g)
      del g
      print("after del")
      g = numbers("none")
      g.send(None)
      g = None
      print("after None")
      g = numbers("old")
      next(g)
      g = numbers("new")
      print("after replacing")
    `}`;
    assert.equal(
      output(code),
      'del closed\nafter del\nnone closed\nafter None\nold closed\nafter replacing\n',
    );
  });

  it("a function's local is closed when the function returns", () => {
    const code = `${NUMBERS}\n${py`
      def f():
          mine = numbers("local")
          next(mine)
          return "returned"
      print(f())
    `}`;
    assert.equal(output(code), 'local closed\nreturned\n');
  });

  it('a generator copied elsewhere, or looped over while deleted, stays open', () => {
    const code = `${NUMBERS}\n${py`
      g = numbers("copied")
      next(g)
      other = g
      del g
      print("still", next(other))
      h = numbers("looped")
      for x in h:
          print("x", x)
          if x == 1:
              del h
    `}`;
    assert.equal(output(code), 'still 2\nx 1\nx 2\nlooped closed\n');
  });

  it("a program's own next() may keep the generator: it is not closed", () => {
    const code = `${NUMBERS}\n${py`
      kept = []
      def next(it):
          kept.append(it)
          return "mine"
      g = numbers("kept")
      print(next(g))
      g.send(None)
      del g
      print("open", kept[0].send(None))
    `}`;
    assert.equal(output(code), 'mine\nopen 2\n');
  });

  it("the program's end closes what its globals alone hold, in order", () => {
    const code = `${NUMBERS}\n${py`
      a = numbers("a")
      next(a)
      b = numbers("b")
      next(b)
      c = numbers("never started")
      print("end")
    `}`;
    const r = run(code);
    assert.equal(r.out, 'end\n');
    r.interpreter.endProgram();
    assert.equal(r.host.rec.out, 'end\na closed\nb closed\n');
  });
});
