// Cells in the Outline and folding by cell, through VS Code's own commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, workspaceFile } from './toygradHelpers';

describe('ToyGrad: outline and folding', () => {
  before(activate);

  it('lists every cell of the lecture in the Outline, by its title or first words', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('lecture.tgrad'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    const markers: number[] = [];
    for (let i = 0; i < document.lineCount; i++)
      if (/^#\s*%%/.test(document.lineAt(i).text)) markers.push(i);
    assert.deepEqual(
      symbols.map((s) => s.range.start.line),
      markers,
      'a symbol at every cell marker',
    );
    for (const s of symbols) {
      assert.notEqual(s.name.trim(), '', `the cell at line ${s.range.start.line + 1} has a name`);
      assert.ok(!s.name.startsWith('#'), `"${s.name}" reads as words, not a comment`);
    }
    const code = symbols.filter((s) => s.kind === vscode.SymbolKind.Module);
    assert.ok(
      code.length >= 5 && code.every((s) => s.detail !== ''),
      'code cells show their first line',
    );
  });

  it('folds a cell to its last line, and a def inside it by indentation', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'tgrad',
      content: '# %% one\ndef f(x):\n    return x\ny = f(1)\n\n# %% two\nz = 2\n',
    });
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>(
      'vscode.executeFoldingRangeProvider',
      document.uri,
    );
    assert.deepEqual(
      ranges.map((r) => [r.start, r.end, r.kind]).sort((a, b) => Number(a[0]) - Number(b[0])),
      [
        [0, 3, vscode.FoldingRangeKind.Region],
        [1, 2, undefined],
        [5, 6, vscode.FoldingRangeKind.Region],
      ],
    );
  });
});
