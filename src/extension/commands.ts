// The ToyGrad commands (palette, editor title, lenses, keybindings). Lenses pass the
// document and the cell's index; from the palette the active editor and its cursor decide.
import * as vscode from 'vscode';
import type { CellActions } from './cellActions';
import type { CodeCell } from './cellModel';
import type { Ctx } from './ctx';
import { startDebugging } from './debug/debugSessions';
import {
  activeNotebookCell,
  debugNotebookCell,
  isNotebookCellArg,
} from './debug/notebookDebugging';
import { isTgrad } from './documentCells';
import { openExample } from './examples';
import { openInToyGrad } from './openInToyGrad';
import type { GraphPanels } from './graphPanels';
import { REVEAL_LINE_COMMAND } from './hoverProvider';
import type { LineHighlight } from './lineHighlight';
import { mapRunLine } from './errorPosition';
import { notebookSessionUri } from './notebookController';
import { JUPYTER_NOTEBOOK_TYPE } from './jupyterKernel';
import { NOTEBOOK_TYPE } from './notebookSerializer';

interface Target {
  document: vscode.TextDocument;
  cell: CodeCell | undefined;
}

function isTgradEditor(editor: vscode.TextEditor | undefined): boolean {
  return editor !== undefined && isTgrad(editor.document);
}

export function registerCommands(
  ctx: Ctx,
  actions: CellActions,
  panels: GraphPanels,
  highlight: LineHighlight,
): void {
  const documentOf = async (arg: unknown): Promise<vscode.TextDocument | undefined> => {
    if (arg instanceof vscode.Uri)
      return ctx.document(arg) ?? vscode.workspace.openTextDocument(arg);
    if (typeof arg === 'string') {
      const uri = vscode.Uri.parse(arg);
      return ctx.document(uri) ?? vscode.workspace.openTextDocument(uri);
    }
    const editor = vscode.window.activeTextEditor;
    if (editor !== undefined && isTgrad(editor.document)) return editor.document;
    // The panel has the focus: its document (unless it is a notebook's session).
    const fromPanel = panels.activeUri();
    if (fromPanel === undefined || fromPanel.fragment !== '') return undefined;
    return ctx.document(fromPanel) ?? vscode.workspace.openTextDocument(fromPanel);
  };

  /** The document and cell a command is about: from a lens's arguments or the cursor. */
  const targetOf = async (args: unknown[]): Promise<Target | undefined> => {
    const [uriArg, index] = args;
    if ((uriArg instanceof vscode.Uri || typeof uriArg === 'string') && typeof index === 'number') {
      const document = await documentOf(uriArg);
      return document === undefined
        ? undefined
        : { document, cell: actions.cellByIndex(document, index) };
    }
    const editor = vscode.window.activeTextEditor;
    const document = await documentOf(uriArg);
    if (document === undefined) return undefined;
    const cell = editor?.document === document ? actions.cellAtCursor(editor) : undefined;
    return { document, cell };
  };

  const noTgrad = () =>
    void vscode.window.showInformationMessage('ToyGrad: open a .tgrad file first.');
  const noCell = () =>
    void vscode.window.showInformationMessage(
      'ToyGrad: put the cursor in a code cell (a `# %%` section with code).',
    );

  const withCell =
    (action: (document: vscode.TextDocument, cell: CodeCell) => Promise<unknown>) =>
    async (...args: unknown[]): Promise<unknown> => {
      const target = await targetOf(args);
      if (target === undefined) return noTgrad();
      if (target.cell === undefined) return noCell();
      return action(target.document, target.cell);
    };

  const withDocument =
    (action: (document: vscode.TextDocument) => unknown) =>
    async (arg?: unknown): Promise<unknown> => {
      const document = await documentOf(arg);
      if (document === undefined) return noTgrad();
      return action(document);
    };

  /**
   * The ToyGrad (or ToyGrad-kernel) notebook a command's argument names, else undefined: the
   * notebook toolbar's buttons (Restart Session, Show Panel) pass `{ notebookEditor: {
   * notebookUri } }`, with the URI's parts, not a NotebookDocument.
   */
  const notebookArgument = (arg: unknown): vscode.NotebookDocument | undefined => {
    if (typeof arg !== 'object' || arg === null) return undefined;
    const parts = (arg as { notebookEditor?: { notebookUri?: unknown } }).notebookEditor
      ?.notebookUri;
    if (typeof parts !== 'object' || parts === null) return undefined;
    const uri =
      parts instanceof vscode.Uri
        ? parts
        : vscode.Uri.from(parts as Parameters<typeof vscode.Uri.from>[0]);
    const notebook = vscode.workspace.notebookDocuments.find(
      (nb) => nb.uri.toString() === uri.toString(),
    );
    const type = notebook?.notebookType;
    return type === NOTEBOOK_TYPE || type === JUPYTER_NOTEBOOK_TYPE ? notebook : undefined;
  };

  /** A session's key: a tgrad document's URI, or the active tgrad notebook's. */
  const withSession =
    (action: (uri: vscode.Uri) => unknown) =>
    async (arg?: unknown): Promise<unknown> => {
      // A session named by its key (the panel's Stop button), notebook sessions included.
      if (arg instanceof vscode.Uri && ctx.sessions.get(arg) !== undefined) return action(arg);
      // The notebook toolbar's buttons (Restart Session, Show Panel) pass their notebook.
      const toolbarNotebook = notebookArgument(arg);
      if (toolbarNotebook !== undefined) return action(notebookSessionUri(toolbarNotebook));
      const panelUri = arg === undefined ? panels.activeUri() : undefined;
      if (panelUri !== undefined && !isTgradEditor(vscode.window.activeTextEditor))
        return action(panelUri);
      const notebook = vscode.window.activeNotebookEditor?.notebook;
      const fromNotebook =
        arg === undefined &&
        !isTgradEditor(vscode.window.activeTextEditor) &&
        (notebook?.notebookType === NOTEBOOK_TYPE ||
          notebook?.notebookType === JUPYTER_NOTEBOOK_TYPE);
      if (fromNotebook) return action(notebookSessionUri(notebook));
      const document = await documentOf(
        arg instanceof vscode.Uri || typeof arg === 'string' ? arg : undefined,
      );
      if (document === undefined) return noTgrad();
      return action(document.uri);
    };

  const register = (id: string, handler: (...args: unknown[]) => unknown) =>
    ctx.own(vscode.commands.registerCommand(id, handler));

  register(
    'toygrad.runCell',
    withCell((d, c) => actions.runCell(d, c)),
  );
  const runBackwardInText = withCell((d, c) => actions.runBackward(d, c));
  // The notebook's cell toolbar passes the cell itself; the palette in a notebook, nothing.
  register('toygrad.runBackward', (...args) => {
    const nbCell = isNotebookCellArg(args[0])
      ? args[0]
      : args.length === 0
        ? activeNotebookCell([NOTEBOOK_TYPE, JUPYTER_NOTEBOOK_TYPE])
        : undefined;
    return nbCell !== undefined
      ? actions.runBackwardInNotebook(nbCell)
      : runBackwardInText(...args);
  });
  register(
    'toygrad.showGraph',
    withCell((d, c) => actions.showGraph(d, c)),
  );
  const debugTextCell = withCell((d, c) => startDebugging(d, c));
  // The notebook's cell toolbar passes the cell itself; the palette in a notebook, nothing.
  register('toygrad.debugCell', (...args) => {
    const nbCell = isNotebookCellArg(args[0])
      ? args[0]
      : args.length === 0
        ? activeNotebookCell()
        : undefined;
    return nbCell !== undefined ? debugNotebookCell(nbCell) : debugTextCell(...args);
  });
  register(
    'toygrad.debugFile',
    withDocument((d) => startDebugging(d, undefined)),
  );
  register(
    'toygrad.runAbove',
    withCell((d, c) => actions.runAbove(d, c)),
  );
  register('toygrad.runCellAndAdvance', () => {
    const editor = vscode.window.activeTextEditor;
    if (editor === undefined || !isTgrad(editor.document)) return noTgrad();
    return actions.runAndAdvance(editor);
  });
  register(
    'toygrad.runAll',
    withDocument((d) => actions.runAll(d)),
  );
  register(
    'toygrad.stop',
    withSession((uri) => actions.stop(uri)),
  );
  register(
    'toygrad.restart',
    withSession((uri) => actions.restart(uri)),
  );
  register(
    'toygrad.clearResults',
    withDocument((d) => actions.clearResults(d.uri)),
  );
  register(
    'toygrad.showPanel',
    withSession((uri) => panels.open(uri)),
  );
  register('toygrad.openExample', (name?: unknown) =>
    openExample(ctx.extensionUri, typeof name === 'string' ? name : undefined),
  );
  register('toygrad.openInToyGrad', (arg?: unknown) => openInToyGrad(arg));
  register(REVEAL_LINE_COMMAND, async (uriText: unknown, line: unknown, col: unknown) => {
    if (typeof uriText !== 'string' || typeof line !== 'number' || typeof col !== 'number') return;
    const uri = vscode.Uri.parse(uriText);
    const document = ctx.document(uri) ?? (await vscode.workspace.openTextDocument(uri));
    const session = ctx.sessions.get(uri);
    const line0 =
      session !== undefined
        ? mapRunLine(session.records.matches(ctx.cells.get(document)), line)
        : line - 1;
    await highlight.reveal(uri, line0, Math.max(0, col - 1));
  });
}
