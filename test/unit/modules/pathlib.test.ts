// pathlib as a program meets it in a notebook's folder: paths read only inside the folders a
// program may read, writes refused as open() refuses them, and paths accepted by open() and
// os.path. Expected outputs of plain Python are what python3 (CPython 3.11) printed.

import * as assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { notebook, project } from './project';

function folder() {
  return project({
    'main.py': '',
    'data/names.txt': 'alice\nbob\n',
    'data/table.csv': 'a,b\n1,2\n',
    'data/sub/deep.txt': 'deep\n',
  });
}

describe('pathlib: reading inside the notebook folder', () => {
  it('reads a file and lists a folder, as CPython prints them', () => {
    const { run } = notebook(folder());
    const r = run(
      [
        'from pathlib import Path',
        'p = Path("data") / "names.txt"',
        'print(repr(p), p.name, p.stem, p.suffix, p.parent, p.exists(), p.is_file())',
        'print(p.read_text().splitlines(), sorted(Path("data").iterdir()))',
        'print(sorted(Path("data").rglob("*.txt")))',
        'with open(p) as f: print(f.readline().strip())',
      ].join('\n'),
    );
    assert.equal(r.error, null);
    assert.equal(
      r.stdout,
      "PosixPath('data/names.txt') names.txt names .txt data True True\n" +
        "['alice', 'bob'] [PosixPath('data/names.txt'), PosixPath('data/sub'), PosixPath('data/table.csv')]\n" +
        "[PosixPath('data/names.txt'), PosixPath('data/sub/deep.txt')]\n" +
        'alice\n',
    );
  });

  it('refuses every write with PermissionError, as open(..., "w") does', () => {
    const { run } = notebook(folder());
    for (const call of ['write_text("x")', 'mkdir()', 'unlink()', 'touch()']) {
      const r = run(`from pathlib import Path\nPath("data/names.txt").${call}`);
      assert.equal(r.error?.kind, 'PermissionError', call);
      assert.match(r.error!.message, /may read files but never change them/);
    }
    const w = run('from pathlib import Path\nPath("data/names.txt").open("w")');
    assert.equal(w.error?.kind, 'PermissionError');
  });

  it('sees nothing outside the readable folders, even through a symlink', () => {
    const outside = project({ 'secret.txt': 'top secret\n' });
    const dir = folder();
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'link.txt'));
    const { run } = notebook(dir);
    const r = run(
      [
        'from pathlib import Path',
        `print(Path(${JSON.stringify(join(outside, 'secret.txt'))}).exists(), Path("link.txt").exists())`,
        'print([p.name for p in Path(".").iterdir()])',
      ].join('\n'),
    );
    assert.equal(r.stdout, "False False\n['data', 'main.py']\n");
    const read = run('from pathlib import Path\nPath("link.txt").read_text()');
    assert.equal(read.error?.kind, 'PermissionError');
  });

  it('is a path to open(), os.path and os.fspath, and cwd() is the notebook folder', () => {
    const dir = folder();
    const { run } = notebook(dir);
    const r = run(
      [
        'import os',
        'from pathlib import Path',
        'print(os.path.join(Path("data"), "x"), os.path.isdir(Path("data")), os.fspath(Path("a")))',
        'print(Path.cwd() == Path(os.getcwd()), Path("data").resolve() == Path.cwd() / "data")',
        'print(len({Path("a"), Path("./a/"), Path("a//")}), Path("a") == "a")',
      ].join('\n'),
    );
    assert.equal(r.error, null);
    assert.equal(r.stdout, 'data/x True a\nTrue True\n1 False\n');
  });

  it('says which path is missing and which one is not a folder', () => {
    const { run } = notebook(folder());
    const missing = run('from pathlib import Path\nPath("nope.txt").read_text()');
    assert.equal(missing.error?.kind, 'FileNotFoundError');
    assert.equal(missing.error?.message, "[Errno 2] No such file or directory: 'nope.txt'");
    const notDir = run('from pathlib import Path\nlist(Path("data/names.txt").iterdir())');
    assert.equal(notDir.error?.kind, 'NotADirectoryError');
    assert.equal(notDir.error?.message, "[Errno 20] Not a directory: 'data/names.txt'");
  });
});
