// Problems in tgrad files: syntax errors as you type (checkSyntax on the whole document,
// debounced), and runtime errors from the last run of each cell (exact range and kind),
// cleared when the cell is edited or runs again. Source "ToyGrad", code = the error kind.
import * as vscode from 'vscode';
import { checkSyntax, tabRuleOf } from '../kernel/documentModel';
import type { CellResults } from './cellResults';
import type { Ctx } from './ctx';
import { isNotebookCell, isTgrad, LANGUAGE_ID } from './documentCells';
import { currentLine, errorRange, type SpanLike } from './errorPosition';
import { moduleUri } from './fileContext';
import { notebookCodeCells, notebookSessionUri } from './notebookController';
import { NOTEBOOK_TYPE } from './notebookSerializer';

/** The tgrad notebook a cell document belongs to. */
function notebookOf(cell: vscode.TextDocument): vscode.NotebookDocument | undefined {
  const key = cell.uri.toString();
  return vscode.workspace.notebookDocuments.find(
    (nb) =>
      nb.notebookType === NOTEBOOK_TYPE &&
      nb.getCells().some((c) => c.document.uri.toString() === key),
  );
}

const DEBOUNCE_MILLIS = 300;

interface ErrorLike extends SpanLike {
  kind: string;
  message: string;
}

/** Files and notebook cells alike: a cell's lines are its own, so its positions are right. */
function checked(document: vscode.TextDocument): boolean {
  return isTgrad(document) || (document.languageId === LANGUAGE_ID && isNotebookCell(document));
}

export class Diagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('toygrad');
  private readonly syntax = new Map<string, vscode.Diagnostic[]>();
  private readonly runtime = new Map<string, vscode.Diagnostic[]>();
  /** Errors a document's run met inside an imported module: module uri → diagnostics. */
  private readonly inModules = new Map<string, { uri: vscode.Uri; found: vscode.Diagnostic[] }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The cells of each notebook session that have runtime errors shown. */
  private readonly notebookCells = new Map<string, Set<string>>();

  constructor(
    private readonly ctx: Ctx,
    results: CellResults,
  ) {
    ctx.own(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => this.checkNow(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        this.checkSoon(e.document);
        // An edited notebook cell's runtime error is gone until it runs again.
        const notebook = isNotebookCell(e.document) ? notebookOf(e.document) : undefined;
        if (notebook !== undefined) this.refreshRuntime(notebookSessionUri(notebook));
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      results.onDidChange((uri) => this.refreshRuntime(uri)),
    );
    for (const d of vscode.workspace.textDocuments) this.checkNow(d);
  }

  private checkSoon(document: vscode.TextDocument): void {
    if (!checked(document)) return;
    const key = document.uri.toString();
    const old = this.timers.get(key);
    if (old !== undefined) clearTimeout(old);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        const current = this.ctx.document(document.uri);
        if (current !== undefined) this.checkNow(current);
      }, DEBOUNCE_MILLIS),
    );
  }

  /** Checks the document's syntax at once (on open, and after the debounce). */
  checkNow(document: vscode.TextDocument): void {
    if (!checked(document)) return;
    // A .py file opened in ToyGrad, or an .ipynb's cell, follows Python's rule for tabs.
    const errors: readonly ErrorLike[] = checkSyntax(
      document.getText(),
      tabRuleOf(document.uri.path),
    );
    this.syntax.set(
      document.uri.toString(),
      errors.map((e) => this.diagnostic(document, e, e.line - 1)),
    );
    this.publish(document.uri);
  }

  private refreshRuntime(uri: vscode.Uri): void {
    const notebook = vscode.workspace.notebookDocuments.find(
      (nb) =>
        nb.notebookType === NOTEBOOK_TYPE && notebookSessionUri(nb).toString() === uri.toString(),
    );
    if (notebook !== undefined) return this.refreshNotebookRuntime(uri, notebook);
    const document = this.ctx.document(uri);
    const session = this.ctx.sessions.get(uri);
    if (document === undefined || session === undefined) {
      if (this.runtime.delete(uri.toString())) this.publish(uri);
      return;
    }
    const found: vscode.Diagnostic[] = [];
    const modules = new Map<string, { uri: vscode.Uri; found: vscode.Diagnostic[] }>();
    for (const { record, cell, fresh } of session.records.matches(this.ctx.cells.get(document))) {
      const error = record.error;
      // Syntax errors are the live check's; an edited cell's error is gone until it runs.
      if (
        error === null ||
        !fresh ||
        record.cleared ||
        (isSyntaxKind(error.kind) && error.file === undefined) ||
        error.line < 1
      )
        continue;
      if (error.file !== undefined) {
        // An error inside an imported module belongs to that module's file.
        const at = moduleUri(uri, error.file);
        const entry = modules.get(at.toString()) ?? { uri: at, found: [] };
        entry.found.push(this.moduleDiagnostic(at, error));
        modules.set(at.toString(), entry);
        continue;
      }
      found.push(this.diagnostic(document, error, currentLine(record, cell, error.line)));
    }
    this.runtime.set(uri.toString(), found);
    this.publish(uri);
    this.publishModules(uri, modules);
  }

  private publishModules(
    from: vscode.Uri,
    modules: Map<string, { uri: vscode.Uri; found: vscode.Diagnostic[] }>,
  ): void {
    const prefix = `${from.toString()}\u0000`;
    for (const [key, old] of this.inModules) {
      if (key.startsWith(prefix) && !modules.has(key.slice(prefix.length))) {
        this.inModules.delete(key);
        this.collection.set(old.uri, []);
      }
    }
    for (const [key, entry] of modules) {
      this.inModules.set(prefix + key, entry);
      this.collection.set(entry.uri, entry.found);
    }
  }

  private moduleDiagnostic(at: vscode.Uri, e: ErrorLike): vscode.Diagnostic {
    const open = this.ctx.document(at);
    const r = errorRange(
      e,
      (l) => (open !== undefined && l >= 0 && l < open.lineCount ? open.lineAt(l).text : undefined),
      e.line - 1,
    );
    const d = new vscode.Diagnostic(
      new vscode.Range(r.line, r.col, r.endLine, r.endCol),
      `${e.kind}: ${e.message}`,
      vscode.DiagnosticSeverity.Error,
    );
    d.source = 'ToyGrad';
    d.code = e.kind;
    return d;
  }

  /**
   * A notebook's runtime errors, each in its cell (the kernel's file line made a line of the
   * cell), as a text editor shows them in the file.
   */
  private refreshNotebookRuntime(uri: vscode.Uri, notebook: vscode.NotebookDocument): void {
    const session = this.ctx.sessions.get(uri);
    const before = this.notebookCells.get(uri.toString()) ?? new Set<string>();
    const now = new Map<string, vscode.Diagnostic[]>();
    if (session !== undefined) {
      const { cells, byCell } = notebookCodeCells(notebook);
      const nbCellOf = new Map([...byCell].map(([nbCell, cell]) => [cell, nbCell]));
      for (const { record, cell, fresh } of session.records.matches(cells)) {
        const error = record.error;
        if (error === null || !fresh || record.cleared || isSyntaxKind(error.kind)) continue;
        const nbCell = nbCellOf.get(cell);
        const line0 = error.line - cell.firstLine;
        if (nbCell === undefined || error.line < 1 || line0 < 0) continue;
        const document = nbCell.document;
        if (line0 >= document.lineCount) continue;
        const shifted = {
          ...error,
          line: line0 + 1,
          endLine: error.endLine !== undefined ? error.endLine - cell.firstLine + 1 : undefined,
        };
        const key = document.uri.toString();
        now.set(key, [...(now.get(key) ?? []), this.diagnostic(document, shifted, line0)]);
      }
    }
    for (const key of before) if (!now.has(key)) this.runtime.delete(key);
    for (const [key, found] of now) this.runtime.set(key, found);
    this.notebookCells.set(uri.toString(), new Set(now.keys()));
    for (const key of new Set([...before, ...now.keys()])) this.publish(vscode.Uri.parse(key));
  }

  private diagnostic(
    document: vscode.TextDocument,
    e: ErrorLike,
    line0: number,
  ): vscode.Diagnostic {
    const r = errorRange(
      e,
      (l) => (l >= 0 && l < document.lineCount ? document.lineAt(l).text : ''),
      line0,
    );
    const d = new vscode.Diagnostic(
      new vscode.Range(r.line, r.col, r.endLine, r.endCol),
      `${e.kind}: ${e.message}`,
      vscode.DiagnosticSeverity.Error,
    );
    d.source = 'ToyGrad';
    d.code = e.kind;
    return d;
  }

  private publish(uri: vscode.Uri): void {
    const key = uri.toString();
    this.collection.set(uri, [...(this.syntax.get(key) ?? []), ...(this.runtime.get(key) ?? [])]);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(key);
    this.syntax.delete(key);
    this.runtime.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}

/** A parse error (SyntaxError or IndentationError): the live check shows those. */
function isSyntaxKind(kind: string): boolean {
  return kind === 'SyntaxError' || kind === 'IndentationError';
}
