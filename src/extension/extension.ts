// Activation: builds the context and the features, each registering its disposables with
// it. Nothing here starts a kernel: a document's worker starts at its first run.
import * as vscode from 'vscode';
import { CellActions } from './cellActions';
import { CellResults } from './cellResults';
import { CodeLensProvider } from './codeLensProvider';
import { CellOutlineProvider } from './cellOutlineProvider';
import { registerCommands } from './commands';
import { registerJupyterCommands } from './jupyterCommands';
import { JUPYTER_NOTEBOOK } from './jupyterKernel';
import { Ctx } from './ctx';
import { registerDebugging } from './debug/debugSessions';
import { Diagnostics } from './diagnostics';
import { LANGUAGE_ID } from './documentCells';
import { GraphPanels } from './graphPanels';
import { PANEL_VIEW_TYPE } from './graphPanel';
import { HoverProvider } from './hoverProvider';
import { InlineValues } from './inlineValues';
import { LineHighlight } from './lineHighlight';
import { NotebookController } from './notebookController';
import { listenToRenderer } from './rendererMessages';
import { NOTEBOOK_TYPE, NotebookSerializer } from './notebookSerializer';
import { NotebookTitles } from './notebookTitles';
import { PanelSerializer } from './panelSerializer';
import { RunOutput } from './runOutput';
import { RunProgress } from './runProgress';
import { StatusBar } from './statusBar';
import { registerTestCommands } from './testCommands';

let ctx: Ctx | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const c = new Ctx(context);
  ctx = c;
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  const output = c.own(new RunOutput(c));
  const results = c.own(new CellResults(c));
  const inline = c.own(new InlineValues(c, results));
  c.own(new Diagnostics(c, results));
  const highlight = c.own(new LineHighlight());
  const panels = c.own(new GraphPanels(c, highlight, output));
  const notebookKernels = [new NotebookController(c), new NotebookController(c, JUPYTER_NOTEBOOK)];
  const actions = new CellActions(c, panels, results, notebookKernels);
  const status = c.own(new StatusBar(c, panels));
  c.own(new RunProgress(c, (uri) => actions.stop(uri)));
  const hover = new HoverProvider(c);
  const outline = new CellOutlineProvider();
  c.own(
    vscode.languages.registerCodeLensProvider(selector, new CodeLensProvider(c)),
    vscode.languages.registerHoverProvider(
      // Python cells of .ipynb notebooks too: they answer once ToyGrad has run them.
      [selector, { language: 'python', notebookType: JUPYTER_NOTEBOOK.type }],
      hover,
    ),
    vscode.languages.registerDocumentSymbolProvider(selector, outline, { label: 'Cells' }),
    vscode.languages.registerFoldingRangeProvider(selector, outline),
    vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, new PanelSerializer(panels)),
  );
  c.own(
    vscode.workspace.registerNotebookSerializer(NOTEBOOK_TYPE, new NotebookSerializer(), {
      transientOutputs: true,
    }),
    ...notebookKernels,
    listenToRenderer(),
    vscode.notebooks.registerNotebookCellStatusBarItemProvider(NOTEBOOK_TYPE, new NotebookTitles()),
  );
  registerCommands(c, actions, panels, highlight);
  registerJupyterCommands(c);
  registerDebugging(c, notebookKernels);
  if (c.testMode) registerTestCommands(c, { panels, inline, output, status, hover });
  context.subscriptions.push(c);
}

export function deactivate(): void {
  ctx?.dispose();
  ctx = undefined;
}
