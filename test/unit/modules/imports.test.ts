import { strict as assert } from 'node:assert';
import { readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KernelEvent } from '../../../src/kernel/protocol';
import { Session } from '../../../src/kernel/session';
import { notebook, project, runFile, tgradRun, write } from './project';

// Every expected output below is what python3 (CPython 3.11) printed for the same files.

const PACKAGE = {
  'micrograd/__init__.py': 'print("micrograd package", __name__)\n',
  'micrograd/engine.py':
    'import math\nprint("engine runs", __name__)\ndef tanh(x):\n    return math.tanh(x)\ndef add(a, b):\n    return a + b\n',
  'micrograd/nn.py':
    'from .engine import add, tanh\nfrom . import engine\ndef neuron(ws, xs, b):\n    total = b\n    for w, x in zip(ws, xs):\n        total = add(total, w * x)\n    return tanh(total)\nprint("nn runs", __name__, engine.__name__)\n',
  'nspkg/tools.py': 'def double(x):\n    return 2 * x\n',
  'helpers.tgrad': '# %% a .tgrad module\nSCALE = 10\ndef scaled(x):\n    return SCALE * x\n',
  'data/words.txt': 'alpha\nbeta\r\ngamma',
};

const MAIN = `import micrograd.nn as nn
from micrograd.engine import add
import micrograd.engine
import micrograd
print(nn.neuron([0.5, -1.0], [2.0, 0.25], 0.1), add(2, 3))
print(micrograd.engine.add is add, micrograd.nn is nn, nn.__name__)
from nspkg.tools import double
print(double(21))
f = open("data/words.txt")
print(repr(f.readline()), f.readlines())
f.close()
with_lines = [line.strip() for line in open("data/words.txt", "r", encoding="utf-8")]
print(with_lines, open("data/words.txt").read().split())
import os
print(os.path.exists("data/words.txt"), os.path.isdir("data"), os.path.isfile("data"), os.path.exists("nope.txt"))
`;

const MAIN_OUT = `micrograd package micrograd
engine runs micrograd.engine
nn runs micrograd.nn micrograd.engine
0.6910694698329305 5
True True micrograd.nn
42
'alpha\\n' ['beta\\n', 'gamma']
['alpha', 'beta', 'gamma'] ['alpha', 'beta', 'gamma']
True True False False
`;

const RANDOM = `import random
random.seed(1337)
print(random.uniform(-1, 1), random.uniform(-1, 1))
print([random.gauss(0, 1) for _ in range(3)])
print(random.random(), random.randint(1, 100), random.randrange(10), random.randrange(5, 50, 5), random.randrange(10, 0, -3))
print(random.choice([1, 2, 3]), random.choices("abcde", k=4), random.choices("abc", weights=[5, 1, 1], k=4), random.choices("abc", cum_weights=[1, 2, 10], k=3))
xs = list(range(10))
random.shuffle(xs)
print(xs, random.sample(range(1000000), 3), random.sample(["a", "b", "c", "d"], 2), random.sample(range(100), 30)[:5])
print(random.getrandbits(100), random.getrandbits(7))
random.seed(42)
g = [random.gauss(0.5, 2.0) for _ in range(400)]
print(sum(g), g[-1])
`;

const RANDOM_OUT = `0.23550571390294128 0.06653114721000164
[-0.8833109857747158, 0.9912180893337817, 0.9424983732594854]
0.38370480861420864 47 4 35 7
3 ['e', 'b', 'c', 'd'] ['c', 'a', 'a', 'c'] ['c', 'c', 'c']
[9, 4, 6, 2, 8, 7, 3, 1, 5, 0] [632725, 277721, 843045] ['b', 'c'] [8, 81, 67, 79, 73]
729980599341041885719309759025 124
265.0305024696361 -1.347769656419826
`;

const MATH = `import math
from math import erf, erfc
xs = [0.1 * i - 3.05 for i in range(61)]
print(math.fsum(math.exp(x) for x in xs), math.fsum(math.log(abs(x)) for x in xs), math.fsum(math.log(abs(x), 3) for x in xs))
print([math.erf(x) for x in (-2.5, -1.0, -0.3, 0.0, 0.2, 0.9, 1.3, 3.0, 7.0)])
print([math.erfc(x) for x in (-2.5, -1.0, -0.3, 0.2, 0.9, 1.3, 3.0, 7.0, 30.0)])
print(math.pow(1.5, 2.5), math.pow(-2, 3), math.sqrt(2), math.tanh(0.75), math.sin(1e6), math.cos(-3.0))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.prod([0.5, 4, 3]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1, rel_tol=0.2), math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7))
print(math.log2(8), math.log10(0.001), math.factorial(20), math.gcd(48, 36, 120), math.isqrt(10**20 + 1), math.copysign(3, -0.0))
print(math.inf, -math.inf, math.nan, math.tau, math.e, math.degrees(math.pi), math.hypot(3, 4))
`;

const MATH_OUT = `200.3213995241122 7.722248493466 7.029093496512752
[-0.999593047982555, -0.8427007929497149, -0.3286267594591274, 0.0, 0.22270258921047847, 0.7969082124228322, 0.9340079449406524, 0.9999779095030014, 1.0]
[1.999593047982555, 1.842700792949715, 1.3286267594591274, 0.7772974107895215, 0.20309178757716786, 0.06599205505934755, 2.2090496998585438e-05, 4.183825607779414e-23, 0.0]
2.7556759606310752 -8.0 1.4142135623730951 0.6351489523872873 -0.34999350217129294 -0.9899924966004454
1.0 1e-100 6.0
True True -1 0 -2
3.0 -3.0 2432902008176640000 12 10000000000 -3.0
inf -inf nan 6.283185307179586 2.718281828459045 180.0 5.0
`;

describe('imports: local modules and packages, standard modules', function () {
  this.timeout(60000);

  it('runs a package with relative imports, a namespace package and open() as CPython does', () => {
    const dir = project({ ...PACKAGE, 'main.py': MAIN });
    assert.deepEqual(runFile(dir, 'main.py', MAIN), { stdout: MAIN_OUT, error: null });
    assert.deepEqual(tgradRun(dir, 'main.py'), { status: 0, stdout: MAIN_OUT, stderr: '' });
  });

  it('imports a .tgrad module and runs each module once per session', () => {
    const dir = project({ ...PACKAGE, 'nb.tgrad': '' });
    const { run } = notebook(dir, 'nb.tgrad');
    assert.deepEqual(run('import helpers\nprint(helpers.scaled(4), helpers.__name__)'), {
      stdout: '40 helpers\n',
      error: null,
    });
    assert.deepEqual(
      run('import micrograd.engine\nimport micrograd.engine as e\nprint(e.add(1, 2))'),
      {
        stdout: 'micrograd package micrograd\nengine runs micrograd.engine\n3\n',
        error: null,
      },
    );
    // A second import, in another cell, finds the cached module: nothing runs again.
    assert.deepEqual(run('from micrograd import engine\nprint(engine.add(3, 4))'), {
      stdout: '7\n',
      error: null,
    });
    assert.deepEqual(run('print(__name__)'), { stdout: '__main__\n', error: null });
  });

  it("gives random's stream exactly as CPython (seed, uniform, gauss, choices, sample, shuffle, getrandbits)", () => {
    const dir = project({ 'r.py': RANDOM });
    assert.deepEqual(runFile(dir, 'r.py', RANDOM), { stdout: RANDOM_OUT, error: null });
  });

  it("gives math's results exactly as CPython (correctly rounded exp/log/pow/sin/cos, glibc's erf)", () => {
    const dir = project({ 'm.py': MATH });
    assert.deepEqual(runFile(dir, 'm.py', MATH), { stdout: MATH_OUT, error: null });
  });

  it('runs an import when it is reached: a branch that does not run imports nothing', () => {
    const dir = project({});
    const { run } = notebook(dir);
    const r = run(
      'if False:\n    import urllib.request\ndef f():\n    import math\n    return math.sqrt(9)\nprint(f())',
    );
    assert.deepEqual(r, { stdout: '3.0\n', error: null });
    const missing = run('x = 1\nif x:\n    import urllib.request');
    assert.equal(missing.error?.kind, 'ModuleNotFoundError');
    assert.equal(missing.error?.line, 3);
    assert.equal(missing.error?.col, 5);
    assert.match(
      missing.error?.message ?? '',
      /^No module named 'urllib' \(a ToyGrad program has no network/,
    );
  });

  it('tells ImportError and ModuleNotFoundError apart as CPython words them', () => {
    const dir = project({ 'engine.py': 'VALUE = 3\n' });
    const { run } = notebook(dir);
    const cases: [string, string, string][] = [
      [
        'from engine import nothing',
        'ImportError',
        `cannot import name 'nothing' from 'engine' (${join(dir, 'engine.py')})`,
      ],
      [
        'from . import engine',
        'ImportError',
        'attempted relative import with no known parent package',
      ],
      ['import engine.sub', 'ModuleNotFoundError', "No module named 'engine.sub'"],
      [
        'from math import nothing',
        'ImportError',
        "cannot import name 'nothing' from 'math' (unknown location)",
      ],
    ];
    for (const [code, kind, message] of cases) {
      const r = run(code);
      assert.equal(r.error?.kind, kind, code);
      assert.ok(r.error?.message.startsWith(message), `${code}: ${r.error?.message}`);
      assert.deepEqual([r.error?.line, r.error?.col], [1, 1], code);
    }
  });
});

describe('imports: errors inside a module point into its file', function () {
  this.timeout(60000);

  const files = {
    'pkg/__init__.py': '',
    'pkg/broken.py': 'x = 1\ny = (2 +\n',
    'pkg/runtime_err.py': 'def g(v):\n    return v + undefined_thing\nVALUE = 3\n',
    'main.py': 'print("start")\nfrom pkg.runtime_err import g\ng(1)\n',
  };

  it('a runtime error in a module function: FILE is the module, relative to the notebook', () => {
    const dir = project(files);
    const r = runFile(dir, 'main.py', files['main.py']);
    assert.equal(r.stdout, 'start\n');
    assert.deepEqual(r.error, {
      kind: 'NameError',
      message: "name 'undefined_thing' is not defined",
      line: 2,
      col: 16,
      endLine: 2,
      endCol: 31,
      file: 'pkg/runtime_err.py',
    });
    const cli = tgradRun(dir, 'main.py');
    assert.equal(cli.status, 1);
    assert.equal(
      cli.stderr,
      "pkg/runtime_err.py:2:16: NameError: name 'undefined_thing' is not defined\n        return v + undefined_thing\n                   ^^^^^^^^^^^^^^^\n",
    );
  });

  it("a syntax error in a module is reported in the module's file, and the module is not kept", () => {
    const dir = project(files);
    const { run } = notebook(dir);
    const r = run('import pkg.broken');
    assert.equal(r.error?.kind, 'SyntaxError');
    assert.equal(r.error?.file, 'pkg/broken.py');
    assert.equal(r.error?.line, 2);
    write(dir, { 'pkg/broken.py': 'x = 1\ny = (2 +\n 3)\n' });
    assert.deepEqual(run('import pkg.broken\nprint(pkg.broken.y)'), { stdout: '5\n', error: null });
  });
});

describe('imports: a changed module runs again at its next import', function () {
  this.timeout(60000);

  it('re-runs a module whose file changed, says so, and leaves an unchanged one cached', () => {
    const dir = project({
      'engine.py': 'print("engine v1")\nX = 1\n',
      'nn.py': 'import engine\nY = engine.X * 10\n',
    });
    const { run } = notebook(dir);
    assert.deepEqual(run('import engine\nprint(engine.X)'), {
      stdout: 'engine v1\n1\n',
      error: null,
    });
    assert.deepEqual(run('import engine\nprint(engine.X)'), { stdout: '1\n', error: null });
    write(dir, { 'engine.py': 'print("engine v2")\nX = 2\n' });
    assert.deepEqual(run('import engine\nprint(engine.X)'), {
      stdout: '(reloaded engine.py: it changed since it was last imported)\nengine v2\n2\n',
      error: null,
    });
    assert.deepEqual(run('import nn\nprint(nn.Y)'), { stdout: '20\n', error: null });
    write(dir, { 'engine.py': 'X = 3\n' });
    // nn imported engine: it runs again too, and sees the new engine.
    assert.deepEqual(run('import nn\nprint(nn.Y)'), {
      stdout:
        '(reloaded nn.py: engine.py, which it imports, changed)\n(reloaded engine.py: it changed since it was last imported)\n30\n',
      error: null,
    });
  });

  it("sees the editor's unsaved text of a module instead of the disk's", () => {
    const dir = project({ 'engine.py': 'X = "on disk"\n' });
    const { run } = notebook(dir, 'main.py', [
      { path: join(dir, 'engine.py'), text: 'X = "unsaved"\n' },
    ]);
    assert.deepEqual(run('import engine\nprint(engine.X)'), { stdout: 'unsaved\n', error: null });
  });
});

describe('open() and imports read only inside the allowed folders', function () {
  this.timeout(60000);

  it('refuses writes, paths outside, .. and symlinks out, huge files; missing files as CPython', () => {
    const root = project({
      'outside/secret.txt': 'secret\n',
      'outside/evil.py': 'X = 1\n',
      'nb/fine.txt': 'ok\n',
      'nb/sub/inner.txt': 'inner\n',
      'nb/folder/.keep': '',
    });
    const dir = join(root, 'nb');
    // Symlinks inside the notebook's folder that lead out of it.
    symlinkSync(join(root, 'outside/secret.txt'), join(dir, 'link.txt'));
    symlinkSync(join(root, 'outside/evil.py'), join(dir, 'evil.py'));
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 51 * 1024 * 1024);
    const { run } = notebook(dir);
    const refused: [string, string, RegExp][] = [
      ['open("fine.txt", "w")', 'PermissionError', /may read files but never write them/],
      ['open("fine.txt", "a")', 'PermissionError', /never write/],
      ['open("fine.txt", mode="r+")', 'PermissionError', /never write/],
      ['open("fine.txt", "x")', 'PermissionError', /never write/],
      [
        'open("../outside/secret.txt")',
        'PermissionError',
        /^\[Errno 13\] Permission denied: '..\/outside\/secret.txt' \(a program may read only files in the notebook's folder/,
      ],
      ['open("sub/../../outside/secret.txt")', 'PermissionError', /Permission denied/],
      ['open("link.txt")', 'PermissionError', /this path leads to .*outside\/secret.txt/],
      ['open("/etc/passwd")', 'PermissionError', /Permission denied: '\/etc\/passwd'/],
      [
        'open("huge.txt")',
        'LimitError',
        /'huge.txt' is 51.0 MB, more than the 50.0 MB a program may read from one file/,
      ],
      [
        'open("missing.txt")',
        'FileNotFoundError',
        /^\[Errno 2\] No such file or directory: 'missing.txt'$/,
      ],
      ['open("folder")', 'IsADirectoryError', /^\[Errno 21\] Is a directory: 'folder'$/],
      ['import evil', 'PermissionError', /Permission denied: 'evil.py'/],
    ];
    for (const [code, kind, message] of refused) {
      const r = run(`print("before")\nf = ${code.startsWith('import') ? '1\n' + code : code}`);
      assert.equal(r.stdout, 'before\n', code);
      assert.equal(r.error?.kind, kind, `${code}: ${r.error?.kind} ${r.error?.message}`);
      assert.match(r.error?.message ?? '', message, code);
      assert.equal(r.error?.line, code.startsWith('import') ? 3 : 2, code);
    }
    assert.deepEqual(
      run(
        'print(open("sub/inner.txt").read(), end="")\nprint(open("sub/../fine.txt").read(), end="")',
      ),
      {
        stdout: 'inner\nok\n',
        error: null,
      },
    );
    // A closed file cannot be read, as in Python.
    const closed = run('f = open("fine.txt")\nf.close()\nf.read()');
    assert.deepEqual(
      [closed.error?.kind, closed.error?.message, closed.error?.line],
      ['ValueError', 'I/O operation on closed file.', 3],
    );
  });

  it('a document without a folder reads nothing', () => {
    const events: KernelEvent[] = [];
    const s = new Session({
      emit: (e) => events.push(e),
      maxGraphNodes: 1000,
      maxRunMillis: 10_000,
    });
    s.handle({ type: 'run', runId: 1, cellId: 'a', code: 'open("x.txt")', firstLine: 1 });
    const event = events.find((e) => e.type === 'error');
    const error = event?.type === 'error' ? event.error : undefined;
    assert.equal(error?.kind, 'PermissionError');
    assert.match(error?.message ?? '', /no folder to read from/);
  });
});

describe('tgrad run FILE.py', function () {
  this.timeout(60000);

  it('runs a .py file without cell markers as one cell, importing from its folder', () => {
    const dir = project({
      'proj/engine.py': 'def f(x):\n    return x * 2\n',
      'proj/train.py': 'from engine import f\nimport sys\nprint(f(21), sys.argv)\n',
    });
    const r = tgradRun(dir, 'proj/train.py');
    assert.deepEqual(r, { status: 0, stdout: "42 ['proj/train.py']\n", stderr: '' });
    assert.equal(readFileSync(join(dir, 'proj/train.py'), 'utf8').includes('# %%'), false);
  });
});
