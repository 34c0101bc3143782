// input() and sys.stdin: the program's standard input, read a line at a time from the host
// as the program asks; CPython's results and errors (each checked against python3 with the
// same text piped in).

import { strict as assert } from 'node:assert';
import { Interpreter } from '../../../src/lang/interpreter';
import { py, RecordingHost, run } from './runProgram';

/** A host whose input is `lines`, noting the prompt each read was asked with. */
class InputHost extends RecordingHost {
  readonly prompts: string[] = [];
  /** What had been printed when each line was asked for. */
  readonly printedBefore: string[] = [];
  constructor(private readonly lines: string[]) {
    super();
  }
  readLine(prompt: string): string | null {
    this.prompts.push(prompt);
    this.printedBefore.push(this.rec.out);
    return this.lines.shift() ?? null;
  }
}

function withInput(code: string, lines: string[]) {
  const host = new InputHost(lines);
  const outcome = new Interpreter(host).runCell(code, 1);
  return { host, out: host.rec.out, error: outcome.error };
}

describe('standard input: input() and sys.stdin', () => {
  it('input() prints its prompt first, then reads one line without its end', () => {
    const r = withInput(
      py`
        n = int(input("how many? "))
        nums = [int(t) for t in input().split()]
        print(n, sum(nums))
      `,
      ['3\n', '1 2 3\n'],
    );
    assert.equal(r.error, null);
    assert.equal(r.out, 'how many? 3 6\n');
    assert.deepEqual(r.host.prompts, ['how many? ', '']);
    // The prompt is out before the line it asks for is read.
    assert.deepEqual(r.host.printedBefore, ['how many? ', 'how many? ']);
  });

  it('reads nothing until the program asks, and a last line may have no end', () => {
    const r = withInput('print("start")\nprint(repr(input()))\n', ['last']);
    assert.equal(r.out, "start\n'last'\n");
    // A line without its end is whole only once the input says it has ended.
    assert.deepEqual(r.host.printedBefore, ['start\n', 'start\n']);
  });

  it('raises EOFError at the end of the input, at the call', () => {
    const r = withInput('a = input()\nb = input("more? ")\n', ['only\n']);
    assert.equal(r.out, 'more? ');
    assert.equal(r.error?.kind, 'EOFError');
    assert.equal(r.error?.message, 'EOF when reading a line');
    assert.deepEqual([r.error?.line, r.error?.col], [2, 5]);
  });

  it('a host without input (the editor) is a program whose input has ended', () => {
    const r = run('try:\n    input("name? ")\nexcept EOFError as e:\n    print("no input:", e)\n');
    assert.equal(r.outcome.error, null);
    assert.equal(r.out, 'name? no input: EOF when reading a line\n');
  });

  it('sys.stdin reads the same input: readline, iteration, read, with input() between', () => {
    const r = withInput(
      py`
        import sys
        first = sys.stdin.readline()
        second = input()
        rest = [line.rstrip("\\n") for line in sys.stdin]
        print(repr(first), repr(second), rest, repr(sys.stdin.read()), repr(sys.stdin.readline()))
        print(sys.stdin.name, sys.stdin.mode, sys.stdin.readable(), sys.stdin is sys.__stdin__)
      `,
      ['a\n', 'b\r\n', 'c\n', 'd'],
    );
    assert.equal(r.error, null);
    assert.equal(r.out, "'a\\n' 'b\\r' ['c', 'd'] '' ''\n<stdin> r True True\n");
  });

  it('open(0) is a file over the same input, as CPython opens file descriptor 0', () => {
    const r = withInput(
      'first = input()\nf = open(0)\nprint(f, f.name, f.read().split(), repr(first))\n',
      ['a b\n', '1 2\n', '3'],
    );
    assert.equal(r.error, null);
    assert.equal(
      r.out,
      "<_io.TextIOWrapper name=0 mode='r' encoding='UTF-8'> 0 ['1', '2', '3'] 'a b'\n",
    );
  });

  it('sys.stdin.buffer reads the same input as bytes (UTF-8)', () => {
    const r = withInput(
      'import sys\nreadline = sys.stdin.buffer.readline\nn = int(readline())\nprint(n * 2, sys.stdin.buffer, sys.stdin.buffer.read())\n',
      ['21\n', 'é\n'],
    );
    assert.equal(r.error, null);
    assert.equal(r.out, "42 <_io.BufferedReader name='<stdin>'> b'\\xc3\\xa9\\n'\n");
  });

  it('read() takes the rest of the input; read(n) only what it needs', () => {
    const r = withInput(
      'import sys\nprint(repr(sys.stdin.read(3)))\nprint(repr(sys.stdin.read()))\n',
      ['ab\n', 'cd\n', 'e'],
    );
    assert.equal(r.out, "'ab\\n'\n'cd\\ne'\n");
    assert.deepEqual(r.host.prompts.length, 4);
  });

  it('input() reads whatever sys.stdin is now, and writes its prompt to sys.stdout', () => {
    const r = withInput(
      py`
        import io, sys
        sys.stdin = io.StringIO("x\\ny")
        print(input("> "), input())
        sys.stdin = sys.__stdin__
        buf = io.StringIO()
        sys.stdout = buf
        v = input("hidden? ")
        sys.stdout = sys.__stdout__
        print(repr(buf.getvalue()), repr(v))
        sys.stdin = None
        input()
      `,
      ['from the host\n'],
    );
    assert.equal(r.out, "> x y\n'hidden? ' 'from the host'\n");
    assert.equal(r.error?.kind, 'RuntimeError');
    assert.equal(r.error?.message, 'input(): lost sys.stdin');
    assert.equal(r.error?.line, 11);
  });

  it("input()'s argument errors and a prompt that is not a str, as CPython's", () => {
    const r = withInput(
      py`
        for call in (lambda: input(1, 2), lambda: input(prompt="x")):
            try:
                call()
            except TypeError as e:
                print(e)
        print(input(42))
      `,
      ['ok\n'],
    );
    assert.equal(
      r.out,
      'input expected at most 1 argument, got 2\ninput() takes no keyword arguments\n42ok\n',
    );
  });
});
