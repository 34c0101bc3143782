// A notebook cell's rich outputs: the compute graph of each draw() and of a cell that ends
// with a Value, and the curves its train/log calls made, as ToyGrad's own mime types (for
// the extension's notebook renderer) each with an SVG picture beside it (for GitHub and
// Jupyter, where the renderer is absent). The builders are DOM-free, in src/kernel/outputs.
import * as vscode from 'vscode';
import { curvesOutput } from '../kernel/outputs/chartOutput';
import { graphOutput, graphTitle } from '../kernel/outputs/graphOutput';
import { MAX_OUTPUT_VALUES, type OutputItemData } from '../kernel/outputs/outputMimes';
import { boundaryOutput, plotOutput } from '../kernel/outputs/plotOutput';
import type { BoundaryPayload, GraphPayload, LossBatch, PlotPayload } from '../kernel/protocol';
import type { DocumentSession } from './documentSession';

const encoder = new TextEncoder();

function cellOutput(
  items: readonly OutputItemData[],
  extra: readonly vscode.NotebookCellOutputItem[] = [],
  metadata?: Record<string, unknown>,
): vscode.NotebookCellOutput {
  return new vscode.NotebookCellOutput(
    [
      ...items.map((i) => new vscode.NotebookCellOutputItem(encoder.encode(i.text), i.mime)),
      ...extra,
    ],
    metadata,
  );
}

/** The output of a draw(v) call. */
export function drawOutput(graph: GraphPayload): vscode.NotebookCellOutput {
  return cellOutput(graphOutput(graph, graphTitle(graph, 'draw')));
}

/** The output of a plot() call. */
export function plotCellOutput(plot: PlotPayload): vscode.NotebookCellOutput {
  return cellOutput(plotOutput(plot));
}

/** The output of a boundary() call. */
export function boundaryCellOutput(boundary: BoundaryPayload): vscode.NotebookCellOutput {
  return cellOutput(boundaryOutput(boundary));
}

/** The output of the curves a run logged, or null when it logged none. */
export function chartCellOutput(batches: readonly LossBatch[]): vscode.NotebookCellOutput | null {
  const items = curvesOutput(batches);
  return items === null ? null : cellOutput(items);
}

/**
 * A cell's result as the notebook shows it: its graph (with the text beside it, for
 * viewers that show neither) when the cell ended with a Value, else null.
 */
export async function resultGraphOutput(
  session: DocumentSession,
  cellId: string,
  text: string,
): Promise<vscode.NotebookCellOutput | null> {
  const answer = await session.graph({ resultOf: cellId }, MAX_OUTPUT_VALUES);
  if (answer.graph === null) return null;
  // VS Code's .ipynb support saves an output with this metadata as Jupyter's execute_result.
  return cellOutput(
    graphOutput(answer.graph, graphTitle(answer.graph, 'result')),
    [vscode.NotebookCellOutputItem.text(text, 'text/plain')],
    { outputType: 'execute_result' },
  );
}
