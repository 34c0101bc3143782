import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitCells } from '../../../src/kernel/documentModel';
import type { KernelEvent } from '../../../src/kernel/protocol';
import { Session } from '../../../src/kernel/session';
import { toPython } from '../../../src/kernel/pythonExport';

const repo = join(__dirname, '..', '..', '..', '..');
const hasPython = spawnSync('python3', ['--version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'tgrad-py-'));
copyFileSync(join(repo, 'python', 'toygrad_builtins.py'), join(dir, 'toygrad_builtins.py'));

/** The exported program's body (after the import header). */
function body(text: string): string {
  const r = toPython(text, 'x.tgrad');
  assert.ok(r.ok);
  return r.text.slice(r.text.indexOf('\n\n') + 2);
}

function python(text: string): string {
  const r = toPython(text, 'p.tgrad');
  assert.ok(r.ok);
  writeFileSync(join(dir, 'p.py'), r.text);
  const run = spawnSync('python3', ['p.py'], { cwd: dir, encoding: 'utf8' });
  assert.equal(run.stderr, '');
  return run.stdout;
}

/** What ToyGrad prints for a program (cells run in one session, as the CLI runs them). */
function toygrad(source: string): string {
  let stdout = '';
  const emit = (e: KernelEvent): void => {
    if (e.type === 'stdout') stdout += e.text;
    else if (e.type === 'result') stdout += `${e.text}\n`;
    else if (e.type === 'error') assert.fail(e.error.message);
  };
  const session = new Session({ emit, maxGraphNodes: 5_000_000, maxRunMillis: 600_000 });
  splitCells(source)
    .filter((c) => c.kind === 'code' && c.hasCode)
    .forEach((cell, i) =>
      session.run({
        type: 'run',
        runId: i + 1,
        cellId: String(i + 1),
        code: cell.body,
        firstLine: cell.firstLine,
      }),
    );
  return stdout;
}

describe('pythonExport', () => {
  it('imports the built-ins and keeps the cells, markdown and comments as written', () => {
    const text = '# %% [markdown]\n# # Hi\n\n# %% A\na = Value(2.0)  # two\nprint(a)\n';
    const r = toPython(text, 'demo.tgrad');
    assert.ok(r.ok);
    assert.match(r.text, /^# Exported by ToyGrad from demo\.tgrad/);
    assert.match(
      r.text,
      /\nfrom toygrad_builtins import \*.*\nimport toygrad_builtins as toygrad\n\n/,
    );
    assert.equal(body(text), text);
  });

  it('shows a cell’s last expression, not calls that give None', () => {
    assert.equal(
      body('# %%\nx = 1\nx + 1\n# %%\nx, 2\n# %%\nprint(x)\n# %%\nl = []\nl.append(1)\n'),
      '# %%\nx = 1\ntoygrad.show(x + 1)\n# %%\ntoygrad.show((x, 2))\n# %%\nprint(x)\n# %%\nl = []\nl.append(1)\n',
    );
    assert.equal(body('a = 1; a\n'), 'a = 1; toygrad.show(a)\n');
  });

  it('writes log(...) statements as loss-curve points, unless the program defines log', () => {
    assert.equal(
      body('for i in range(2):\n    log(i)\ny = log(2.0)\n'),
      'for i in range(2):\n    toygrad.log_point(i)\ny = log(2.0)\n',
    );
    assert.equal(
      body('def log(x):\n    return x\nlog(3)\n'),
      'def log(x):\n    return x\ntoygrad.show(log(3))\n',
    );
  });

  it('labels Values after their variables only in programs that read .label', () => {
    assert.equal(body('a = Value(1.0)\nb = a * 2\n'), 'a = Value(1.0)\nb = a * 2\n');
    assert.equal(
      body('a = Value(1.0)\nif a.data > 0: b, c = a * 2, a\nprint(b.label)\n'),
      "a = Value(1.0); toygrad.label(a, 'a')\nif a.data > 0: b, c = a * 2, a; toygrad.label(b, 'b'); toygrad.label(c, 'c')\nprint(b.label)\n",
    );
  });

  it('uses another name for the module when the program has a toygrad of its own', () => {
    assert.match(body('toygrad = 3\ntoygrad\n'), /^toygrad = 3\n_toygrad\.show\(toygrad\)\n$/);
  });

  it('refuses a file with a syntax error, with its position in the file', () => {
    const r = toPython('# %%\nx = 1\n# %%\ny = (\n', 'x.tgrad');
    assert.ok(!r.ok);
    assert.equal(r.error.kind, 'SyntaxError');
    assert.equal(r.error.line, 4);
  });

  it('ships a module CPython 3.9 can read, named in the VSIX allowlist', function () {
    const ignore = readFileSync(join(repo, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!python\/toygrad_builtins\.py$/m);
    if (!hasPython) this.skip();
    const check = spawnSync(
      'python3',
      [
        '-c',
        'import ast,sys; ast.parse(open(sys.argv[1]).read(), feature_version=(3, 9))',
        join(repo, 'python', 'toygrad_builtins.py'),
      ],
      { encoding: 'utf8' },
    );
    assert.equal(check.status, 0, check.stderr);
  });

  it('prints under CPython what ToyGrad prints (labels, results, log statements)', function () {
    if (!hasPython) this.skip();
    const program =
      '# %%\na = Value(2.0)\nb = Value(-3.0)\nc = a * b\nc.backward()\nprint(c.label, a.grad)\n' +
      'c\n# %%\nfor i in range(3):\n    log(i * 0.5)\nd = {"k": [1, 2.5]}\nd\n# %%\n1, "two", None\n';
    const expected = toygrad(program);
    assert.match(expected, /^c -3\.0\nValue\(data=-6\.0/);
    assert.equal(python(program), expected);
  });
});
