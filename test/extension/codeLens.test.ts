// The lenses above every code cell of the examples, through VS Code's own command.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, codeLenses, workspaceFile } from './toygradHelpers';

const expected = [
  ['Run Forward', 'toygrad.runCell'],
  ['Run Backward', 'toygrad.runBackward'],
  ['Debug Cell', 'toygrad.debugCell'],
  ['Graph', 'toygrad.showGraph'],
  ['Run Above', 'toygrad.runAbove'],
];

/** Marker lines of code cells that hold code, read straight from the text. */
function codeCellMarkers(document: vscode.TextDocument): number[] {
  const markers: number[] = [];
  for (let i = 0; i < document.lineCount; i++) {
    const text = document.lineAt(i).text;
    if (!/^#\s*%%/.test(text) || /\[(markdown|md)\]/.test(text)) continue;
    let j = i + 1;
    let hasCode = false;
    while (j < document.lineCount && !/^#\s*%%/.test(document.lineAt(j).text)) {
      const t = document.lineAt(j).text.trim();
      if (t !== '' && !t.startsWith('#')) hasCode = true;
      j++;
    }
    if (hasCode) markers.push(i);
  }
  return markers;
}

describe('ToyGrad: CodeLens', () => {
  before(activate);

  for (const name of ['lecture.tgrad', 'micrograd_demo.tgrad']) {
    it(`shows Run Forward, Run Backward, Debug Cell, Graph and Run Above above every code cell of ${name}`, async () => {
      const document = await vscode.workspace.openTextDocument(workspaceFile(name));
      assert.equal(document.languageId, 'tgrad');
      const lenses = await codeLenses(document);
      const markers = codeCellMarkers(document);
      assert.ok(markers.length >= 5, `${name} has ${markers.length} code cells`);
      assert.equal(lenses.length, 5 * markers.length, 'five lenses per code cell');
      for (const line of markers) {
        const here = lenses.filter((l) => l.range.start.line === line);
        assert.deepEqual(
          here.map((l) => [l.command?.title, l.command?.command]),
          expected,
          `lenses above line ${line + 1}`,
        );
        for (const l of here) {
          assert.equal(String(l.command?.arguments?.[0]), String(document.uri));
          assert.equal(typeof l.command?.arguments?.[1], 'number');
        }
      }
    });
  }

  it('keeps the lenses in place while the file does not parse', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'tgrad',
      content: '# %% one\nx = (1 +\n# %% two\ny = ]]\n',
    });
    const lenses = await codeLenses(document);
    assert.deepEqual(
      lenses.map((l) => l.range.start.line),
      [0, 0, 0, 0, 0, 2, 2, 2, 2, 2],
    );
  });

  it('shows only the lenses toygrad.codeLens.show asks for', async () => {
    const config = vscode.workspace.getConfiguration('toygrad');
    let t = Date.now();
    await config.update(
      'codeLens.show',
      ['runForward', 'graph'],
      vscode.ConfigurationTarget.Global,
    );
    console.log(`    setting update took ${Date.now() - t} ms`);
    try {
      const document = await vscode.workspace.openTextDocument({
        language: 'tgrad',
        content: '# %%\na = 1\n',
      });
      t = Date.now();
      const lenses = await codeLenses(document);
      console.log(`    lenses took ${Date.now() - t} ms`);
      assert.deepEqual(
        lenses.map((l) => l.command?.title),
        ['Run Forward', 'Graph'],
      );
    } finally {
      await config.update('codeLens.show', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
