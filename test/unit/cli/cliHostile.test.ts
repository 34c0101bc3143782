// The CLI facing hostile input and a hostile environment: odd bytes in the source, output
// that cannot be written, control sequences meant for the user's terminal, odd options.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeControls, OutputStream, type Sink } from '../../../src/cli/outputStream';
import { decodeSource } from '../../../src/cli/sourceFile';

const repo = join(__dirname, '../../../..');
const cli = join(repo, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'tgrad-hostile-'));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function tgrad(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a shell command line (for redirections to /dev/full). */
function sh(command: string) {
  const r = spawnSync('sh', ['-c', command], { encoding: 'utf8', cwd: dir });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

class FakeStream implements Sink {
  written = '';
  private listener: ((e: NodeJS.ErrnoException) => void) | null = null;
  constructor(
    readonly isTTY: boolean,
    private readonly failWith: string | null = null,
  ) {}
  write(text: string): boolean {
    if (this.failWith !== null) {
      const e: NodeJS.ErrnoException = new Error(`${this.failWith}: write`);
      e.code = this.failWith;
      throw e;
    }
    this.written += text;
    return true;
  }
  on(_event: 'error', listener: (e: NodeJS.ErrnoException) => void): this {
    this.listener = listener;
    return this;
  }
  emitError(code: string): void {
    const e: NodeJS.ErrnoException = new Error(code);
    e.code = code;
    this.listener?.(e);
  }
}

describe('tgrad CLI against hostile files and streams', function () {
  this.timeout(60000);

  it('escapes control characters for a terminal, keeps bytes exact for a file', () => {
    const evil = 'a\x1b]0;title\x07b\x1b[2Jc\x9bd\re\r\nf\tg\n';
    const tty = new FakeStream(true);
    new OutputStream(tty, () => assert.fail('no failure')).text(evil);
    assert.equal(tty.written, 'a\\x1b]0;title\\x07b\\x1b[2Jc\\x9bd\\re\r\nf\tg\n');
    const piped = new FakeStream(false);
    new OutputStream(piped, () => assert.fail('no failure')).text(evil);
    assert.equal(piped.written, evil);
    assert.equal(escapeControls('plain text ✓'), 'plain text ✓');
  });

  it('reports a failed write once, whether it throws or is reported later', () => {
    const failures: string[] = [];
    const full = new OutputStream(new FakeStream(false, 'ENOSPC'), (e) =>
      failures.push(e.code ?? ''),
    );
    full.text('x');
    full.text('y');
    assert.deepEqual(failures, ['ENOSPC']);
    const later = new FakeStream(false);
    const stream = new OutputStream(later, (e) => failures.push(e.code ?? ''));
    later.emitError('EIO');
    stream.text('after');
    assert.deepEqual(failures, ['ENOSPC', 'EIO']);
    assert.equal(later.written, '');
  });

  it('run > /dev/full: one line on stderr and exit status 1, no stack trace', function () {
    if (!existsSync('/dev/full')) this.skip();
    const f = file('hello.tgrad', 'for i in range(1000):\n    print("hello", i)\n');
    const r = sh(`"${process.execPath}" "${cli}" run "${f}" > /dev/full`);
    assert.equal(r.status, 1);
    assert.equal(
      r.stderr,
      'tgrad: cannot write to standard output: no space left on the device (ENOSPC)\n',
    );
    const e = file('fails.tgrad', 'print(1)\nx = 1 / 0\n');
    const both = sh(`"${process.execPath}" "${cli}" run "${e}" 2> /dev/full`);
    assert.equal(both.status, 1);
    assert.equal(
      both.stdout,
      '1\ntgrad: cannot write to standard error: no space left on the device (ENOSPC)\n',
    );
  });

  it('shows a program’s control sequences escaped on a terminal, exact when redirected', function () {
    const f = file(
      'ctl.tgrad',
      'print("\\x1b]0;pwned\\x07hello")\nx = Value(1.0, label="\\x1b[31mred")\nprint(x.label)\ny = 1 / 0 # \x1b[2J\n',
    );
    const piped = tgrad('run', f);
    assert.equal(piped.stdout, '\x1b]0;pwned\x07hello\n\x1b[31mred\n');
    const tty = spawnSync('script', ['-qec', `${process.execPath} ${cli} run ${f}`, '/dev/null'], {
      encoding: 'utf8',
    });
    if (tty.error !== undefined) this.skip();
    assert.ok(!tty.stdout.includes('\x1b]0;'), JSON.stringify(tty.stdout));
    assert.ok(!tty.stdout.includes('\x1b[2J'), JSON.stringify(tty.stdout));
    assert.match(tty.stdout, /\\x1b\]0;pwned\\x07hello/);
    assert.match(tty.stdout, /\\x1b\[31mred/);
    // The echoed source line is escaped too, and the caret still points at `1 / 0`.
    const lines = tty.stdout.split(/\r?\n/);
    const at = lines.findIndex((l) => l.includes('ZeroDivisionError'));
    assert.equal(lines[at + 1], '    y = 1 / 0 # \\x1b[2J');
    assert.equal(lines[at + 2], '        ^^^^^');
  });

  it('reads a file with a UTF-8 byte-order mark as CPython does', () => {
    const f = file(
      'bom.tgrad',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('print(1)\n')]),
    );
    assert.deepEqual(tgrad('run', f), { status: 0, stdout: '1\n', stderr: '' });
    assert.equal(tgrad('check', f).status, 0);
  });

  it('rejects a file that is not UTF-8 with a SyntaxError at the bad byte', () => {
    const f = file('latin1.tgrad', Buffer.from('x = 1\nprint("caf\xe9")\n', 'latin1'));
    const r = tgrad('run', f);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '', 'nothing runs');
    assert.match(
      r.stderr,
      new RegExp(`^${f}:2:11: SyntaxError: this file is not UTF-8: byte '\\\\xe9' on line 2`),
    );
    assert.equal(tgrad('check', f).status, 1);
    assert.deepEqual(decodeSource(Buffer.from('a\n\xf0\x9f\x98\x80\xff', 'latin1')).error, {
      line: 2,
      col: 3,
      message: `this file is not UTF-8: byte '\\xff' on line 2 is not part of any character (save the file as UTF-8)`,
    });
  });

  it('rejects a fractional --max-nodes, as --cell', () => {
    const f = file('one.tgrad', 'print(1)\n');
    const r = tgrad('run', f, '--max-nodes', '0.5');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--max-nodes needs a whole number/);
    assert.equal(tgrad('run', f, '--max-nodes', '10').status, 0);
  });

  it('prints a legal 10,000,000-character string, and several in one print', () => {
    const f = file('big.tgrad', 's = "x" * 10000000\nprint(s)\nprint(s, s, sep="-")\n');
    const r = spawnSync(process.execPath, [cli, 'run', f], { encoding: 'utf8', maxBuffer: 1e9 });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.equal(r.stdout.length, 10_000_001 + 20_000_002);
  });
});
