// Proves the launcher put us in a real VS Code extension host fit for ToyGrad: the pinned
// VS Code, the requested workspace, worker_threads (the kernel runs in one) and the
// command API the CodeLens tests will use.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';

/** Set by the launcher: what it started and what it asked the host to open. */
function expected(
  name: 'TOYGRAD_E2E_UI_KIND' | 'TOYGRAD_E2E_WORKSPACE' | 'TOYGRAD_E2E_EXTENSION_DIR',
): string {
  const value = process.env[name];
  assert.ok(value, `${name} is not set: run the suite through scripts/e2e/*.mjs`);
  return value;
}

describe('e2e harness: the extension host', () => {
  it('is VS Code 1.100.x', () => {
    assert.match(vscode.version, /^1\.100\.\d+/);
  });

  it('has the UI kind of the launcher that started it', () => {
    const kind = expected('TOYGRAD_E2E_UI_KIND');
    const want = kind === 'web' ? vscode.UIKind.Web : vscode.UIKind.Desktop;
    assert.equal(vscode.env.uiKind, want, `uiKind ${vscode.env.uiKind}, launcher said ${kind}`);
    if (kind === 'web') assert.ok(vscode.env.remoteName, 'code-server hosts are remote');
  });

  it('loaded the extension under development from the requested folder', () => {
    const dir = expected('TOYGRAD_E2E_EXTENSION_DIR');
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      publisher: string;
      name: string;
    };
    const extension = vscode.extensions.getExtension(`${manifest.publisher}.${manifest.name}`);
    assert.ok(extension, `${manifest.publisher}.${manifest.name} is not loaded`);
    assert.equal(extension.extensionUri.path, vscode.Uri.file(dir).path);
  });

  it('opened the requested workspace folder', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'exactly one workspace folder');
    assert.equal(folders[0].uri.fsPath, expected('TOYGRAD_E2E_WORKSPACE'));
  });

  it('starts a worker_threads Worker that answers a message', async () => {
    const worker = new Worker(
      "require('node:worker_threads').parentPort.on('message', (n) => " +
        "require('node:worker_threads').parentPort.postMessage(n * 2));",
      { eval: true },
    );
    try {
      const answer = await new Promise<unknown>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage(21);
      });
      assert.equal(answer, 42);
    } finally {
      await worker.terminate();
    }
  });

  it('runs vscode.executeCodeLensProvider on a workspace document', async () => {
    const files = await vscode.workspace.findFiles('**/*', '**/node_modules/**', 20);
    assert.ok(files.length > 0, 'the workspace folder has no file to open');
    // Stable choice: the first by path, whatever order the file search returned.
    files.sort((a, b) => a.fsPath.localeCompare(b.fsPath));
    const document = await vscode.workspace.openTextDocument(files[0]);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      document.uri,
    );
    assert.ok(Array.isArray(lenses), `expected an array, got ${typeof lenses}`);
  });
});
