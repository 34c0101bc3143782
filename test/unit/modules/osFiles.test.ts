// os as a program meets it in a notebook's folder: listdir and getsize read only inside the
// folders a program may read, and the functions that change files are refused as open()
// refuses writing. Expected outputs of plain Python are what python3 (CPython 3.11) printed.

import * as assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { notebook, project } from './project';

function folder() {
  return project({
    'main.py': '',
    'data/names.txt': 'alice\nbob\n',
    'data/sub/deep.txt': 'deep\n',
  });
}

describe('os: files inside the notebook folder', () => {
  it('lists a folder (sorted) and gives a file size, as CPython prints them', () => {
    const { run } = notebook(folder());
    const r = run(
      [
        'import os',
        'print(os.listdir("data"), os.listdir(), os.path.getsize("data/names.txt"))',
        'print(os.path.relpath("data/sub/deep.txt", "data"), os.path.relpath(os.path.abspath("data")))',
      ].join('\n'),
    );
    assert.equal(r.error, null);
    assert.equal(r.stdout, "['names.txt', 'sub'] ['data', 'main.py'] 10\nsub/deep.txt data\n");
  });

  it('refuses every change with PermissionError, as open(..., "w") does', () => {
    const { run } = notebook(folder());
    for (const call of [
      'makedirs("out", exist_ok=True)',
      'mkdir("out")',
      'remove("data/names.txt")',
      'rename("a", "b")',
    ]) {
      const r = run(`import os\nos.${call}`);
      assert.equal(r.error?.kind, 'PermissionError', call);
      assert.match(r.error!.message, /may read files but never change them/);
    }
  });

  it('lists and sizes nothing outside the readable folders, even through a symlink', () => {
    const outside = project({ 'secret.txt': 'top secret\n' });
    const dir = folder();
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'link.txt'));
    const { run } = notebook(dir);
    assert.equal(run('import os\nprint(os.listdir("."))').stdout, "['data', 'main.py']\n");
    for (const call of [`listdir(${JSON.stringify(outside)})`, 'path.getsize("link.txt")']) {
      const r = run(`import os\nos.${call}`);
      assert.equal(r.error?.kind, 'PermissionError', call);
    }
    const missing = run('import os\nos.listdir("nope")');
    assert.equal(missing.error?.message, "[Errno 2] No such file or directory: 'nope'");
    const notDir = run('import os\nos.listdir("data/names.txt")');
    assert.equal(notDir.error?.message, "[Errno 20] Not a directory: 'data/names.txt'");
  });
});
