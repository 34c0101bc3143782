import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(__dirname, '../../../..');
const cli = join(repo, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'tgrad-cli-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function tgrad(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tgrad CLI', function () {
  this.timeout(60000);

  it('run: stdout is what the program prints plus each cell’s non-None result, in order', () => {
    const f = file(
      'a.tgrad',
      '# %% first\nx = 3\nprint("hello", x)\nx * 2\n# %% [markdown]\n# not run: print("no")\n# %% second\nprint(1e-5, 2.0, len([1, 2]))\nNone\n# %%\n[x, 0.1]\n',
    );
    const r = tgrad('run', f);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'hello 3\n6\n1e-05 2.0 2\n[3, 0.1]\n');
  });

  it('run: a .py script (no # %% markers) echoes no expression, as python3; one with cells does', () => {
    const script = tgrad('run', file('script.py', 'x = 3\nprint("a")\nx * 2\n'));
    assert.equal(script.status, 0);
    assert.equal(script.stdout, 'a\n');
    const cells = tgrad('run', file('cells.py', '# %% one\nx = 3\nprint("a")\nx * 2\n'));
    assert.equal(cells.stdout, 'a\n6\n');
    const notebook = tgrad('run', file('plain.tgrad', 'x = 3\nx * 2\n'));
    assert.equal(notebook.stdout, '6\n');
  });

  it('run: what the program writes to sys.stderr goes to standard error, not standard output', () => {
    const f = file(
      'stderr.py',
      'import sys\nprint("a")\nprint("warn", file=sys.stderr)\nsys.stderr.write("half\\n")\nprint("b")\n',
    );
    const r = tgrad('run', f);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'a\nb\n');
    assert.equal(r.stderr, 'warn\nhalf\n');
  });

  it('run: an uncaught KeyboardInterrupt exits 130, as CPython (killed by SIGINT)', () => {
    const f = file('ki.py', 'print("a")\nraise KeyboardInterrupt\n');
    const r = tgrad('run', f);
    assert.equal(r.status, 130);
    assert.equal(r.stdout, 'a\n');
    assert.match(r.stderr, /ki\.py:2:1: KeyboardInterrupt\n/);
  });

  it("run: an uncaught exception's add_note() notes follow the error, one a line, as CPython's", () => {
    const f = file(
      'notes.py',
      'e = ValueError("bad")\ne.add_note("first note")\ne.add_note("two\\nlines")\nraise e\n',
    );
    const r = tgrad('run', f);
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      /notes\.py:4:1: ValueError: bad\n {4}raise e\n {4}\^+\nfirst note\ntwo\nlines\n$/,
    );
  });

  it('run: a failing cell stops the run with FILE:LINE:COL, the line and a caret, exit 1', () => {
    const f = file(
      'b.tgrad',
      '# %%\na = Value(1.0)\nprint("before")\n# %%\nb = a / 0\nprint("never")\n',
    );
    const r = tgrad('run', f);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, 'before\n');
    assert.equal(
      r.stderr,
      `${f}:5:5: ZeroDivisionError: float division by zero\n    b = a / 0\n        ^^^^^\n`,
    );
    assert.doesNotMatch(r.stderr, /at .*\.js/, 'no stack trace of ours');
  });

  it('run: sys.exit ends the program with its status, quietly, as CPython; later cells do not run', () => {
    const cases: [string, number, string][] = [
      ['sys.exit()', 0, ''],
      ['sys.exit(0)', 0, ''],
      ['sys.exit(3)', 3, ''],
      ['sys.exit(-1)', 255, ''],
      ['sys.exit(256)', 0, ''],
      ['sys.exit(True)', 1, ''],
      ['sys.exit("bad config")', 1, 'bad config\n'],
      ['sys.exit((1, 2))', 1, '(1, 2)\n'],
      ['raise SystemExit(7)', 7, ''],
      ['exit(4)', 4, ''],
      ['quit("bye")', 1, 'bye\n'],
    ];
    for (const [call, status, stderr] of cases) {
      const f = file(
        'exit.py',
        `import sys\ntry:\n    print("start")\n    ${call}\nfinally:\n    print("finally")\nprint("never")\n# %%\nprint("nor this cell")\n`,
      );
      const r = tgrad('run', f);
      assert.deepEqual(r, { status, stdout: 'start\nfinally\n', stderr }, call);
    }
  });

  it('run: `sys.exit(main())` under `if __name__ == "__main__"`, and an exit caught by the program', () => {
    const f = file(
      'main.py',
      'import sys\n\ndef main():\n    try:\n        sys.exit(9)\n    except SystemExit as e:\n        print("caught", e.code)\n    return 2\n\nif __name__ == "__main__":\n    sys.exit(main())\n',
    );
    assert.deepEqual(tgrad('run', f), { status: 2, stdout: 'caught 9\n', stderr: '' });
    // A later cell given with --cell: the exit in a cell run silently before it ends the run.
    const cells = file('cells.py', '# %%\nimport sys\nsys.exit(5)\n# %%\nprint("cell 2")\n');
    assert.deepEqual(tgrad('run', cells, '--cell', '2'), { status: 5, stdout: '', stderr: '' });
  });

  it('run: at the end (also after sys.exit) generators the globals alone hold are closed, as CPython', () => {
    const gen =
      'def gen(tag):\n    try:\n        yield 1\n    finally:\n        print(tag, "closed")\n';
    const ok = tgrad('run', file('genend.py', `${gen}g = gen("g")\nnext(g)\nprint("end")\n`));
    assert.equal(ok.status, 0);
    assert.equal(ok.stdout, 'end\ng closed\n');
    const exited = tgrad(
      'run',
      file(
        'genexit.py',
        `import sys\n${gen}# %%\ng = gen("g")\nnext(g)\nsys.exit(3)\n# %%\nprint("not run")\n`,
      ),
    );
    assert.equal(exited.status, 3);
    assert.equal(exited.stdout, 'g closed\n');
  });

  it('run --cell N runs the cells above silently, then prints cell N', () => {
    const f = file(
      'c.tgrad',
      '# %%\nk = 20\nprint("one")\n# %% [markdown]\n# text\n# %%\nprint(k + 1)\n# %%\nprint("three")\n',
    );
    const r = tgrad('run', f, '--cell', '2');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '21\n');
  });

  it('check: syntax errors only, in the same format', () => {
    const good = file('ok.tgrad', 'x = undefined_name\n');
    assert.deepEqual(tgrad('check', good), { status: 0, stdout: '', stderr: '' });
    const bad = file('bad.tgrad', '# %%\nx = (1 +\n# %%\nimport os as\n');
    const r = tgrad('check', bad);
    assert.equal(r.status, 1);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith(bad));
    assert.equal(lines.length, 2);
    assert.match(lines[1], new RegExp(`^${bad}:4:13: SyntaxError: invalid syntax`));
  });

  it('a file run twice prints the same bytes (every session starts at seed 0)', () => {
    const f = file(
      'd.tgrad',
      'm = MLP(2, [3, 1])\nprint(m([0.5, -0.5]).data, random(), gauss(0, 1))\nxs, ys = moons(5)\nprint(xs[0], ys)\n',
    );
    const a = tgrad('run', f);
    const b = tgrad('run', f);
    assert.equal(a.status, 0, a.stderr);
    assert.equal(a.stdout, b.stdout);
    assert.ok(a.stdout.length > 20);
  });

  it('warns on stderr about a NaN or infinite gradient, naming the node and its line', () => {
    const f = file('e.tgrad', 'x = Value(0.0)\ny = x.sqrt()\ny.backward()\nprint(x.grad)\n');
    const r = tgrad('run', f);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'inf\n');
    assert.match(r.stderr, /:1:\d+: warning: .*'x'.*line 1/);
  });

  it('names the file by its absolute path in warnings when run as sub/file.py', () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    file('sub/w.py', 'import warnings\nx = [1for _ in "a"]\nwarnings.warn("slow")\n');
    const r = tgrad('run', 'sub/w.py');
    const path = join(realpathSync(dir), 'sub', 'w.py');
    assert.equal(r.status, 0);
    assert.ok(r.stderr.includes(`${path}:2: SyntaxWarning: invalid decimal literal`), r.stderr);
    assert.ok(r.stderr.includes(`${path}:3: UserWarning: slow\n  warnings.warn("slow")`), r.stderr);
  });

  it('recurses as deep as Python allows (1000), then gives a RecursionError', () => {
    const f = file(
      'r.tgrad',
      'def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1) * 1 + (0 if n < 0 else 0)\nprint(depth(990))\n' +
        'def forever(n):\n    return forever(n + 1)\nforever(0)\n',
    );
    const r = tgrad('run', f);
    assert.equal(r.stdout, '990\n');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /:5:12: RecursionError: maximum recursion depth exceeded/);
  });

  it('shows train() progress on stderr only when stderr is a terminal', function () {
    const f = file(
      't.tgrad',
      'xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5]]\nys = [1.0, -1.0]\nm = MLP(3, [4, 1])\n' +
        'losses = train(m, xs, ys, steps=500)\nprint(len(losses))\n',
    );
    const plain = tgrad('run', f);
    assert.deepEqual([plain.stdout, plain.stderr], ['500\n', '']);
    // util-linux `script` gives the command a pseudo-terminal.
    const tty = spawnSync('script', ['-qec', `${process.execPath} ${cli} run ${f}`, '/dev/null'], {
      encoding: 'utf8',
    });
    if (tty.error !== undefined) this.skip();
    assert.match(tty.stdout, /step 500\/500 · loss \d/);
    assert.ok(tty.stdout.includes('\x1b[K'), 'the bar is redrawn in place and erased');
  });

  it('gives the program its arguments after FILE, as python3 FILE ARG... does', () => {
    const f = file(
      'args.py',
      [
        'import sys, argparse',
        'print(sys.argv[1:])',
        'p = argparse.ArgumentParser()',
        'p.add_argument("steps", type=int)',
        'p.add_argument("--lr", type=float, default=0.1)',
        'a = p.parse_args()',
        'print(a.steps * 2, a.lr)',
        '',
      ].join('\n'),
    );
    const r = tgrad('run', f, '20', '--lr', '0.5');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, "['20', '--lr', '0.5']\n40 0.5\n");
    // tgrad's own options still work after FILE; after -- everything is the program's.
    const own = tgrad('run', f, '--max-seconds', '60', '3', '--', '--cell', '1');
    assert.equal(own.stdout.split('\n')[0], "['3', '--cell', '1']");
    // Before FILE an unknown option is still a usage mistake.
    assert.equal(tgrad('run', '--lr', f).status, 2);
  });

  it('gives the program its standard input: input() and sys.stdin read what is piped in', () => {
    const f = file(
      'stdin.py',
      'import sys\nn = int(input("n? "))\nrows = [list(map(int, input().split())) for _ in range(n)]\n' +
        'print(sum(map(sum, rows)), repr(sys.stdin.read()))\ninput("more? ")\n',
    );
    const r = spawnSync(process.execPath, [cli, 'run', f], {
      encoding: 'utf8',
      cwd: dir,
      input: '2\n1 2\n3 4\nrest\n',
    });
    // python3 stdin.py prints the same, and ends with the same EOFError at line 5.
    assert.equal(r.stdout, "n? 10 'rest\\n'\nmore? ");
    assert.equal(r.status, 1);
    assert.match(r.stderr, /stdin\.py:5:1: EOFError: EOF when reading a line\n/);
  });

  it('a program that asks for a line waits for it: its prompt is out before', async () => {
    const f = file('ask.py', 'name = input("name? ")\nprint("hello", name)\n');
    const child = spawn(process.execPath, [cli, 'run', f], { cwd: dir });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    const prompted = new Promise<void>((resolve) => {
      child.stdout.on('data', (text: string) => {
        stdout += text;
        if (stdout.includes('name? ')) resolve();
      });
    });
    await prompted;
    assert.equal(stdout, 'name? ');
    child.stdin.end('Ada\n');
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(status, 0);
    assert.equal(stdout, 'name? hello Ada\n');
  });

  it('explains a usage mistake and a missing file', () => {
    assert.equal(tgrad('frobnicate').status, 2);
    const r = tgrad('run', join(dir, 'missing.tgrad'));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot read .*missing\.tgrad: no such file/);
    assert.match(tgrad('--help').stdout, /usage: tgrad run FILE/);
  });

  it('runs the micrograd demo to 100% accuracy', function () {
    this.timeout(300000);
    const r = tgrad('run', join(repo, 'examples/micrograd_demo.tgrad'));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /step 0 loss /);
    assert.match(r.stdout, /final accuracy 100\.0%/);
  });
});
