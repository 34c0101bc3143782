// Hovers over names bound in the session, answered from the snapshot the latest run left
// (never a round trip to the worker, which may be busy training): values, lists, modules.
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import { hoverMarkdown } from './hoverText';
import { isNotebookCell } from './documentCells';
import { nameAt } from './nameAtPosition';
import { notebookSessionUri } from './notebookController';

export const REVEAL_LINE_COMMAND = 'toygrad.revealLine';

export class HoverProvider implements vscode.HoverProvider {
  /** How long the latest hovers took to answer (ms): hovers must stay under 50 ms. */
  readonly timings: number[] = [];

  constructor(private readonly ctx: Ctx) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const started = performance.now();
    const hover = this.answer(document, position);
    this.timings.push(performance.now() - started);
    if (this.timings.length > 100) this.timings.shift();
    return hover;
  }

  private answer(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): vscode.Hover | undefined {
    const session = this.ctx.sessions.get(this.sessionUri(document));
    if (session === undefined) return undefined;
    const span = nameAt(document.lineAt(position.line).text, position.character);
    if (span === null || !Object.hasOwn(session.names, span.name)) return undefined;
    const uri = document.uri.toString();
    const markdown = new vscode.MarkdownString(
      hoverMarkdown(span.name, session.names[span.name], {
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
