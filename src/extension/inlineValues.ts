// Decorations at the ends of lines: each assignment's value after the last run
// (`= 0.7071 · ∇ 1.0000`) and the cell's result, error or state after its last line.
// Values of an edited cell are dimmed, then removed; toygrad.inlineValues.enabled turns the
// assignment values off (results and errors stay).
import * as vscode from 'vscode';
import type { CellResults } from './cellResults';
import type { Ctx } from './ctx';
import { planMarks, type LineMark, type MarkKind } from './decorationPlan';
import { isTgrad } from './documentCells';

type Style = `${MarkKind}${'' | 'Dim'}`;

function after(color: vscode.ThemeColor, fontStyle: string): vscode.DecorationRenderOptions {
  return {
    after: { color, fontStyle, margin: '0 0 0 2.5em' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedOpen,
  };
}

export class InlineValues implements vscode.Disposable {
  private readonly types: Record<Style, vscode.TextEditorDecorationType>;
  /** The marks each document shows, for the test commands. */
  private readonly shown = new Map<string, LineMark[]>();

  constructor(
    private readonly ctx: Ctx,
    results: CellResults,
  ) {
    const hint = new vscode.ThemeColor('editorCodeLens.foreground');
    const dim = new vscode.ThemeColor('disabledForeground');
    const error = new vscode.ThemeColor('editorError.foreground');
    const ok = new vscode.ThemeColor('debugTokenExpression.number');
    const make = (o: vscode.DecorationRenderOptions) =>
      vscode.window.createTextEditorDecorationType(o);
    this.types = {
      value: make(after(hint, 'italic')),
      valueDim: make(after(dim, 'italic')),
      result: make(after(ok, 'normal')),
      resultDim: make(after(dim, 'normal')),
      error: make(after(error, 'normal')),
      errorDim: make(after(dim, 'normal')),
      state: make(after(hint, 'normal')),
      stateDim: make(after(dim, 'normal')),
    };
    ctx.own(
      results.onDidChange((uri) => this.refreshUri(uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const e of editors) if (isTgrad(e.document)) this.refresh(e);
      }),
      ctx.onSettings(() => {
        for (const e of vscode.window.visibleTextEditors) if (isTgrad(e.document)) this.refresh(e);
      }),
      ...Object.values(this.types),
    );
  }

  marksOf(uri: vscode.Uri): LineMark[] {
    return this.shown.get(uri.toString()) ?? [];
  }

  private refreshUri(uri: vscode.Uri): void {
    const key = uri.toString();
    const editors = vscode.window.visibleTextEditors.filter(
      (e) => e.document.uri.toString() === key,
    );
    if (editors.length === 0) {
      const document = this.ctx.document(uri);
      if (document !== undefined) this.shown.set(key, this.plan(document));
      return;
    }
    for (const e of editors) this.refresh(e);
  }

  private plan(document: vscode.TextDocument): LineMark[] {
    const session = this.ctx.sessions.get(document.uri);
    if (session === undefined) return [];
    const cells = this.ctx.cells.get(document);
    return planMarks(session.records.matches(cells), {
      inlineValues: this.ctx.settings.inlineValues,
    });
  }

  private refresh(editor: vscode.TextEditor): void {
    const { document } = editor;
    const marks = this.plan(document);
    this.shown.set(document.uri.toString(), marks);
    const byStyle = new Map<Style, vscode.DecorationOptions[]>();
    for (const style of Object.keys(this.types) as Style[]) byStyle.set(style, []);
    for (const m of marks) {
      if (m.line >= document.lineCount) continue;
      const end = document.lineAt(m.line).range.end;
      const style: Style = m.dim ? `${m.kind}Dim` : m.kind;
      byStyle.get(style)?.push({
        range: new vscode.Range(end, end),
        renderOptions: { after: { contentText: m.text } },
      });
    }
    for (const [style, options] of byStyle) editor.setDecorations(this.types[style], options);
  }

  dispose(): void {
    this.shown.clear();
  }
}
