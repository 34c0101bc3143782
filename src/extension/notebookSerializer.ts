// The notebook view of .tgrad files (an option next to the text editor, which stays the
// default): cells from the `# %%` markers, written back byte for byte where unchanged.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './documentCells';
import {
  readNotebook,
  writeNotebook,
  type NotebookCellText,
  type NotebookText,
} from '../kernel/notebookCells';

export const NOTEBOOK_TYPE = 'tgrad-notebook';

/** What a cell carries so that an unchanged one is written back as it was read. */
interface CellMeta {
  toygrad?: { text: string | null; title: string; hasMarker: boolean };
}

export function notebookText(
  cells: readonly vscode.NotebookCellData[],
  metadata: { [key: string]: unknown } | undefined,
): NotebookText {
  const meta = (metadata?.toygrad ?? {}) as { prefix?: unknown; eol?: unknown };
  return {
    prefix: typeof meta.prefix === 'string' ? meta.prefix : '',
    eol: meta.eol === '\r\n' ? '\r\n' : '\n',
    cells: cells.map((c): NotebookCellText => {
      const own = (c.metadata as CellMeta | undefined)?.toygrad;
      return {
        kind: c.kind === vscode.NotebookCellKind.Markup ? 'markdown' : 'code',
        source: c.value.replace(/\r\n?/g, '\n'),
        title: own?.title ?? '',
        hasMarker: own?.hasMarker ?? true,
        text: own?.text ?? null,
      };
    }),
  };
}

export class NotebookSerializer implements vscode.NotebookSerializer {
  deserializeNotebook(content: Uint8Array): vscode.NotebookData {
    const nb = readNotebook(new TextDecoder().decode(content));
    const cells = nb.cells.map((c) => {
      const data = new vscode.NotebookCellData(
        c.kind === 'markdown' ? vscode.NotebookCellKind.Markup : vscode.NotebookCellKind.Code,
        c.source,
        c.kind === 'markdown' ? 'markdown' : LANGUAGE_ID,
      );
      data.metadata = {
        toygrad: { text: c.text, title: c.title, hasMarker: c.hasMarker },
      } satisfies CellMeta;
      return data;
    });
    const data = new vscode.NotebookData(cells);
    data.metadata = { toygrad: { prefix: nb.prefix, eol: nb.eol } };
    return data;
  }

  serializeNotebook(data: vscode.NotebookData): Uint8Array {
    return new TextEncoder().encode(writeNotebook(notebookText(data.cells, data.metadata)));
  }
}
