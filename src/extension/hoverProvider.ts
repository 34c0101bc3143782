// Hovers over names bound in the session, answered from the snapshot the latest run left
// (never a round trip to the worker, which may be busy training): values, lists, modules;
// and on built-in names the program has not rebound, their signature from the docs.
import * as vscode from 'vscode';
import { builtinHoverMarkdown, parseBuiltinTable, type BuiltinDoc } from './builtinDocs';
import type { Ctx } from './ctx';
import { hoverMarkdown } from './hoverText';
import { isNotebookCell } from './documentCells';
import { nameAt } from './nameAtPosition';
import { notebookSessionUri } from './notebookController';
import { boundNameAt } from '../kernel/privateNameAt';
import { cellNameScopes, nameKey, type CellNameScopes } from '../kernel/nameScopes';
import { tabRuleOf } from '../kernel/documentModel';

export const REVEAL_LINE_COMMAND = 'toygrad.revealLine';

/** Cells whose name scopes are kept (parsed again only when their code changes). */
const SCOPE_CACHE_SIZE = 64;

export class HoverProvider implements vscode.HoverProvider {
  /** How long the latest hovers took to answer (ms): hovers must stay under 50 ms. */
  readonly timings: number[] = [];

  constructor(private readonly ctx: Ctx) {}

  private builtins: Map<string, BuiltinDoc> | null = null;
  private readonly scopeCache = new Map<string, { code: string; scopes: CellNameScopes | null }>();

  provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): vscode.Hover | undefined | Promise<vscode.Hover | undefined> {
    const started = performance.now();
    const span = nameAt(document.lineAt(position.line).text, position.character);
    // A function's local (its parameter, `out` in __add__) is not the global of that name.
    const local = span !== null && this.isLocal(document, position.line, span.start);
    const hover = local ? undefined : this.answer(document, position);
    this.timings.push(performance.now() - started);
    if (this.timings.length > 100) this.timings.shift();
    if (hover !== undefined) return hover;
    return span !== null && !local ? this.builtinHover(span, position.line) : undefined;
  }

  /** True when the name starting at (line, start) is local to a function, class body or comprehension. */
  private isLocal(document: vscode.TextDocument, line: number, start: number): boolean {
    let code: string;
    let firstLine: number;
    if (isNotebookCell(document)) {
      code = document.getText();
      firstLine = 1;
    } else {
      const cell = this.ctx.cells
        .get(document)
        .find((c) => line >= c.bodyStartLine && line < c.endLine);
      if (cell === undefined) return false;
      code = cell.code;
      firstLine = cell.firstLine;
    }
    const key = `${document.uri.toString()}#${firstLine}`;
    let entry = this.scopeCache.get(key);
    if (entry === undefined || entry.code !== code) {
      entry = { code, scopes: cellNameScopes(code, firstLine, tabRuleOf(document.uri.path)) };
      this.scopeCache.delete(key);
      this.scopeCache.set(key, entry);
      if (this.scopeCache.size > SCOPE_CACHE_SIZE) {
        this.scopeCache.delete(this.scopeCache.keys().next().value!);
      }
    }
    return entry.scopes?.get(nameKey(line + 1, start + 1)) === 'local';
  }

  /** A built-in's signature and what it gives, when the program has not rebound the name. */
  private async builtinHover(
    span: { name: string; start: number; end: number },
    line: number,
  ): Promise<vscode.Hover | undefined> {
    this.builtins ??= await this.loadBuiltins();
    const doc = this.builtins.get(span.name);
    if (doc === undefined) return undefined;
    return new vscode.Hover(
      new vscode.MarkdownString(builtinHoverMarkdown(doc)),
      new vscode.Range(line, span.start, line, span.end),
    );
  }

  private async loadBuiltins(): Promise<Map<string, BuiltinDoc>> {
    try {
      const uri = vscode.Uri.joinPath(this.ctx.extensionUri, 'docs', 'language.md');
      return parseBuiltinTable(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    } catch {
      return new Map();
    }
  }

  private answer(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): vscode.Hover | undefined {
    const session = this.ctx.sessions.get(this.sessionUri(document));
    if (session === undefined) return undefined;
    const span = nameAt(document.lineAt(position.line).text, position.character);
    if (span === null) return undefined;
    // Inside a class, `__x` is `_Class__x`: the name the program bound.
    const name = boundNameAt((l) => document.lineAt(l).text, position.line, span.name);
    if (!Object.hasOwn(session.names, name)) return undefined;
    const uri = document.uri.toString();
    const markdown = new vscode.MarkdownString(
      hoverMarkdown(name, session.names[name], {
        stale: session.busy,
        lineLink: (line, col) =>
          `command:${REVEAL_LINE_COMMAND}?${encodeURIComponent(JSON.stringify([uri, line, col]))}`,
      }),
    );
    markdown.isTrusted = { enabledCommands: [REVEAL_LINE_COMMAND] };
    return new vscode.Hover(
      markdown,
      new vscode.Range(position.line, span.start, position.line, span.end),
    );
  }

  /** A notebook cell's names are its notebook's session's. */
  private sessionUri(document: vscode.TextDocument): vscode.Uri {
    if (!isNotebookCell(document)) return document.uri;
    const key = document.uri.toString();
    const notebook = vscode.workspace.notebookDocuments.find((nb) =>
      nb.getCells().some((c) => c.document.uri.toString() === key),
    );
    return notebook !== undefined ? notebookSessionUri(notebook) : document.uri;
  }
}
