// A shared .py program (no `# %%` markers, a file read beside it, a Value class of its own)
// opened from disk, where VS Code gives it the Python language mode, then "Open in ToyGrad":
// the same document in ToyGrad's mode, one cell with its lenses, run with CPython's output,
// hovers on the program's own Value, and the file on disk untouched.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  activate,
  closeAllEditors,
  codeLenses,
  hoverText,
  inspect,
  lineOf,
} from './toygradHelpers';
import { FIT_PROGRAM, FIT_DATA, FIT_OUTPUT } from '../fixtures/fitProgram';

type Outcome = { status: string; error: { kind: string; message: string; line: number } | null };

/** Runs the file's one cell (a file without markers), expects it to succeed: the output. */
async function runOnlyCell(document: vscode.TextDocument): Promise<string> {
  const outcome = (await vscode.commands.executeCommand<Outcome>(
    'toygrad.runCell',
    document.uri,
    0,
  ))!;
  assert.equal(outcome.status, 'ok', JSON.stringify(outcome));
  return (await inspect(document.uri)).output;
}

describe('ToyGrad: Open in ToyGrad on a Python file', () => {
  let file: string;

  before(async () => {
    await activate();
    await closeAllEditors();
    const dir = mkdtempSync(join(tmpdir(), 'toygrad-open-py-'));
    file = join(dir, 'fit.py');
    writeFileSync(file, FIT_PROGRAM);
    writeFileSync(join(dir, 'data.txt'), FIT_DATA);
  });

  after(closeAllEditors);

  it('turns the open .py file into a ToyGrad document that runs as python3 runs it', async () => {
    const python = await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument(vscode.Uri.file(file)),
    );
    assert.equal(python.document.languageId, 'python');
    assert.deepEqual(await codeLenses(python.document), [], 'no ToyGrad lenses on a Python file');

    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('toygrad.openInToyGrad');
    assert.ok(editor);
    const document = editor.document;
    assert.equal(document.uri.fsPath, file);
    assert.equal(document.languageId, 'tgrad');
    assert.equal(vscode.window.activeTextEditor?.document, document);

    // A file without markers is one cell: its lenses sit on the first line.
    const titles = (await codeLenses(document))
      .filter((l) => l.range.start.line === 0)
      .map((l) => l.command?.title);
    assert.ok(titles.includes('Run Forward'), String(titles));

    const output = await runOnlyCell(document);
    // Between the run's header and its timing line: exactly what python3 printed.
    assert.ok(output.includes(`── fit.py · cell 1 · `), output);
    assert.ok(output.includes(`──\n${FIT_OUTPUT}✓ done in `), output);

    const w = await hoverText(document, new vscode.Position(lineOf(document, 'w = Value(0.5)'), 0));
    assert.match(w, /`w` · Value/, w);
    assert.match(w, /data \*\*1\.9357\*\*/, w);

    assert.equal(document.isDirty, false);
    assert.equal(readFileSync(file, 'utf8'), FIT_PROGRAM);
  });

  it('reads a tab-indented .py file as python3 does: no syntax errors, runs, scopes its locals', async () => {
    await closeAllEditors();
    const tabbed = join(file, '..', 'tabbed.py');
    const program = [
      'out = 10',
      'class Neuron:',
      '\tdef __init__(self, w):',
      '\t\tself.w = w',
      '\tdef fire(self, x):',
      '\t\tout = self.w * x',
      '\t\treturn out',
      'print(Neuron(3).fire(2), out)',
      '',
    ].join('\n');
    writeFileSync(tabbed, program);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(
      'toygrad.openInToyGrad',
      vscode.Uri.file(tabbed),
    );
    const document = editor!.document;
    assert.equal(document.languageId, 'tgrad');
    const output = await runOnlyCell(document);
    assert.ok(output.includes('──\n6 10\n✓ done in '), output);
    // The syntax check follows the file's tab rule: nothing in Problems.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.deepEqual(
      vscode.languages.getDiagnostics(document.uri).map((d) => d.message),
      [],
    );
    // `out` inside fire() is its local: no hover from the session's global `out = 10`.
    const local = await hoverText(document, new vscode.Position(5, 3));
    assert.doesNotMatch(local, /10/, local);
    const global = await hoverText(document, new vscode.Position(0, 0));
    assert.match(global, /10/, global);
  });

  it('opens a .py file given by the explorer straight in ToyGrad', async () => {
    await closeAllEditors();
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(
      'toygrad.openInToyGrad',
      vscode.Uri.file(file),
    );
    assert.ok(editor);
    assert.equal(editor.document.uri.fsPath, file);
    assert.equal(editor.document.languageId, 'tgrad');
  });
});
