// Syntax errors appear as you type, at their line and column, and go when fixed; runtime
// errors appear after a run with their kind, and go when the cell is edited.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, openUntitled, waitFor } from './toygradHelpers';

function toygradDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'ToyGrad');
}

describe('ToyGrad: diagnostics', () => {
  before(activate);

  it('shows a syntax error typed into a document at its line and column, and clears it when fixed', async () => {
    const editor = await openUntitled('# %% first\na = 1\n\n# %% second\nb = a + 1\n');
    const uri = editor.document.uri;
    assert.deepEqual(toygradDiagnostics(uri), []);
    const line = 4;
    await editor.edit((e) => e.replace(new vscode.Range(line, 0, line, 9), 'b = (a + 1'));
    const [d] = await waitFor('a syntax error', () => {
      const found = toygradDiagnostics(uri);
      return found.length > 0 ? found : undefined;
    });
    assert.equal(d.code, 'SyntaxError');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.match(d.message, /^SyntaxError: /);
    assert.equal(d.range.start.line, line, `at line ${d.range.start.line + 1}: ${d.message}`);
    await editor.edit((e) => e.insert(new vscode.Position(line, 10), ')'));
    await waitFor('the error to clear', () => toygradDiagnostics(uri).length === 0);
  });

  it('points at the column of the error', async () => {
    const editor = await openUntitled('x = 1\ny = x +* 2\n');
    const [d] = await waitFor('a syntax error', () => {
      const found = toygradDiagnostics(editor.document.uri);
      return found.length > 0 ? found : undefined;
    });
    assert.equal(d.range.start.line, 1);
    assert.ok(
      d.range.start.character >= 6 && d.range.start.character <= 7,
      `column ${d.range.start.character + 1}`,
    );
  });

  it('reports a runtime error with its kind at its range after a run, until the cell is edited', async () => {
    const editor = await openUntitled('# %% one\nq = 2\n# %% two\nr = q * undefined_name\n');
    const uri = editor.document.uri;
    const outcome = await vscode.commands.executeCommand<{ status: string }>('toygrad.runAll', uri);
    assert.equal(outcome?.status, 'error');
    const [d] = await waitFor('a runtime error', () => {
      const found = toygradDiagnostics(uri);
      return found.length > 0 ? found : undefined;
    });
    assert.equal(d.code, 'NameError');
    assert.match(d.message, /undefined_name/);
    assert.equal(d.range.start.line, 3);
    assert.equal(d.range.start.character, 8);
    assert.equal(d.range.end.character, 22);
    await editor.edit((e) => e.replace(new vscode.Range(3, 8, 3, 22), 'q'));
    await waitFor('the runtime error to clear', () => toygradDiagnostics(uri).length === 0);
  });
});
