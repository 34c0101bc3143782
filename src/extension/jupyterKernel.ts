// ToyGrad as a kernel for Jupyter notebooks (VS Code's built-in .ipynb support): offered for
// cells in Python and tgrad, picked without asking for notebooks whose kernelspec names
// ToyGrad, and remembered there (kernelspec / language_info, as Jupyter kernels are) once
// chosen, so that reopening the notebook, here or in Jupyter, offers ToyGrad again.
import * as vscode from 'vscode';
import { KERNELSPEC, LANGUAGE_INFO } from '../kernel/ipynb';
import { LANGUAGE_ID } from './documentCells';
import type { NotebookKind } from './notebookController';

export const JUPYTER_NOTEBOOK_TYPE = 'jupyter-notebook';

/** The .ipynb's own metadata, where VS Code's ipynb support keeps it. */
function ipynbMetadata(notebook: vscode.NotebookDocument): Record<string, unknown> {
  const m = notebook.metadata.metadata as unknown;
  return m !== null && typeof m === 'object' ? (m as Record<string, unknown>) : {};
}

function namesToygrad(notebook: vscode.NotebookDocument): boolean {
  const spec = ipynbMetadata(notebook).kernelspec as { name?: unknown } | undefined;
  return spec?.name === KERNELSPEC.name;
}

export const JUPYTER_NOTEBOOK: NotebookKind = {
  id: 'toygrad-jupyter-kernel',
  type: JUPYTER_NOTEBOOK_TYPE,
  languages: ['python', LANGUAGE_ID],
  prefers: namesToygrad,
  async onSelected(notebook) {
    if (namesToygrad(notebook)) return;
    const edit = new vscode.WorkspaceEdit();
    edit.set(notebook.uri, [
      vscode.NotebookEdit.updateNotebookMetadata({
        ...notebook.metadata,
        metadata: {
          ...ipynbMetadata(notebook),
          kernelspec: KERNELSPEC,
          language_info: LANGUAGE_INFO,
        },
      }),
    ]);
    await vscode.workspace.applyEdit(edit);
  },
};
