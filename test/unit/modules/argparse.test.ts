// argparse as scripts use it: parsing, the Namespace, help and usage text, and errors that
// print on stderr and end the program with status 2. Each expectation is what CPython 3.11
// prints for the same program.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Interpreter } from '../../../src/lang/interpreter';
import { py, RecordingHost } from '../lang/runProgram';

/** A host that keeps what went to stderr apart from what went to stdout. */
class StreamsHost extends RecordingHost {
  stderr = '';
  override print(text: string, stream?: 'stderr'): void {
    if (stream === 'stderr') this.stderr += text;
    else super.print(text);
  }
}

function run(code: string): { out: string; err: string; error: string | null } {
  const host = new StreamsHost();
  const outcome = new Interpreter(host).runCell(code);
  const e = outcome.error;
  return {
    out: host.rec.out,
    err: host.stderr,
    error: e === null ? null : `${e.kind}: ${e.message}`,
  };
}

const PARSER = py`
  import argparse
  p = argparse.ArgumentParser(prog="train", description="Train a model.")
  p.add_argument("data", help="input file")
  p.add_argument("--lr", type=float, default=0.1, help="learning rate (default: %(default)s)")
  p.add_argument("-e", "--epochs", type=int, default=3, metavar="N")
  p.add_argument("-v", "--verbose", action="count", default=0)
  p.add_argument("--mode", choices=["fast", "slow"], default="fast")
  p.add_argument("--tag", action="append")
  p.add_argument("--dry-run", action="store_true")
`;

describe('argparse', () => {
  it('parses a list of words into a Namespace shown as CPython shows it', () => {
    const r = run(
      PARSER +
        py`
          ns = p.parse_args(["x.csv", "--lr", "0.5", "-vv", "--tag", "a", "--tag=b", "--dry-run", "-e4"])
          print(ns)
          print(vars(ns)["lr"] * 2, ns.epochs + 1, "tag" in ns)
        `,
    );
    assert.equal(r.error, null);
    assert.equal(
      r.out,
      "Namespace(data='x.csv', lr=0.5, epochs=4, verbose=2, mode='fast', tag=['a', 'b'], dry_run=True)\n" +
        '1.0 5 True\n',
    );
  });

  it('formats the help with its usage, sections and help column', () => {
    const r = run(PARSER + 'print(p.format_help(), end="")\n');
    assert.equal(
      r.out,
      [
        'usage: train [-h] [--lr LR] [-e N] [-v] [--mode {fast,slow}] [--tag TAG]',
        '             [--dry-run]',
        '             data',
        '',
        'Train a model.',
        '',
        'positional arguments:',
        '  data                input file',
        '',
        'options:',
        '  -h, --help          show this help message and exit',
        '  --lr LR             learning rate (default: 0.1)',
        '  -e N, --epochs N',
        '  -v, --verbose',
        '  --mode {fast,slow}',
        '  --tag TAG',
        '  --dry-run',
        '',
      ].join('\n'),
    );
  });

  it('prints usage and the error on stderr and raises SystemExit(2)', () => {
    const r = run(
      PARSER +
        py`
          for words in (["x", "--mode", "medium"], ["x", "-e", "many"], []):
              try:
                  p.parse_args(words)
              except SystemExit as e:
                  print("exit", e.code)
        `,
    );
    assert.equal(r.out, 'exit 2\nexit 2\nexit 2\n');
    const usage =
      'usage: train [-h] [--lr LR] [-e N] [-v] [--mode {fast,slow}] [--tag TAG]\n' +
      '             [--dry-run]\n' +
      '             data\n';
    assert.equal(
      r.err,
      usage +
        "train: error: argument --mode: invalid choice: 'medium' (choose from 'fast', 'slow')\n" +
        usage +
        "train: error: argument -e/--epochs: invalid int value: 'many'\n" +
        usage +
        'train: error: the following arguments are required: data\n',
    );
  });

  it('refuses what add_argument refuses, with its messages', () => {
    const r = run(
      PARSER +
        py`
          for kw in (dict(action="store_true", type=int), dict(action="nope")):
              try:
                  p.add_argument("--x", **kw)
              except (TypeError, ValueError) as e:
                  print(type(e).__name__, e)
          p.add_argument("--lr")
        `,
    );
    assert.equal(
      r.out,
      "TypeError _StoreTrueAction.__init__() got an unexpected keyword argument 'type'\n" +
        'ValueError unknown action "nope"\n',
    );
    assert.equal(r.error, 'ArgumentError: argument --lr: conflicting option string: --lr');
  });

  describe('through `tgrad run`', () => {
    const cli = join(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'tgrad-argparse-'));
    const script = py`
      import argparse
      parser = argparse.ArgumentParser(description="Greets someone.")
      parser.add_argument("name", help="who to greet")
      print("parsing")
      args = parser.parse_args()
    `;

    it('ends a script whose required argument is missing with status 2, prog its file name', () => {
      writeFileSync(join(dir, 'greet.py'), script);
      const r = spawnSync(process.execPath, [cli, 'run', 'greet.py'], {
        cwd: dir,
        encoding: 'utf8',
      });
      assert.equal(r.stdout, 'parsing\n');
      assert.equal(
        r.stderr,
        'usage: greet.py [-h] name\ngreet.py: error: the following arguments are required: name\n',
      );
      assert.equal(r.status, 2);
    });

    it('prints the help for -h and exits 0', () => {
      writeFileSync(
        join(dir, 'help.py'),
        script.replace('parser.parse_args()', 'parser.parse_args(["-h"])'),
      );
      const r = spawnSync(process.execPath, [cli, 'run', 'help.py'], {
        cwd: dir,
        encoding: 'utf8',
      });
      assert.equal(
        r.stdout,
        'parsing\nusage: help.py [-h] name\n\nGreets someone.\n\npositional arguments:\n' +
          '  name        who to greet\n\noptions:\n  -h, --help  show this help message and exit\n',
      );
      assert.equal(r.status, 0);
    });
  });
});
