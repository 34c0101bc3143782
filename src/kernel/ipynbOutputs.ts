// A cell run's kernel events as Jupyter cell outputs: what it printed as one stdout stream
// (split where a result or warning came between prints, so the order shows as it happened),
// each result as an execute_result, warnings on stderr, and an error as Jupyter shows one.

import type { IpynbOutput } from './ipynb';
import { curvesOutput } from './outputs/chartOutput';
import { graphOutput, graphTitle } from './outputs/graphOutput';
import type { OutputItemData } from './outputs/outputMimes';
import type { KernelEvent, LossBatch, UserError } from './protocol';

/** The one-line form every ToyGrad error takes: `FILE:LINE:COL: Kind: message`. */
export function errorLine(file: string, error: UserError): string {
  return `${file}:${error.line}:${error.col}: ${error.kind}: ${error.message}`;
}

function displayData(items: readonly OutputItemData[], text: string): IpynbOutput {
  const data: Record<string, string> = {};
  for (const i of items) data[i.mime] = i.text;
  data['text/plain'] = text;
  return { output_type: 'display_data', data, metadata: {} };
}

export class CellOutputs {
  readonly outputs: IpynbOutput[] = [];
  /** The curves of train and log, kept up to date in one output as points arrive. */
  private readonly batches: LossBatch[] = [];
  private chartAt = -1;

  constructor(
    private readonly file: string,
    private readonly executionCount: number,
  ) {}

  private stream(name: 'stdout' | 'stderr', text: string): void {
    const last = this.outputs[this.outputs.length - 1];
    if (last?.output_type === 'stream' && last.name === name) last.text += text;
    else this.outputs.push({ output_type: 'stream', name, text });
  }

  add(event: KernelEvent): void {
    switch (event.type) {
      case 'stdout':
        this.stream(event.stream ?? 'stdout', event.text);
        return;
      case 'result':
        this.outputs.push({
          output_type: 'execute_result',
          execution_count: this.executionCount,
          data: { 'text/plain': event.text },
          metadata: {},
        });
        return;
      case 'draw': {
        const text = `<compute graph of ${event.graph.totalValues} Values>`;
        this.outputs.push(
          displayData(graphOutput(event.graph, graphTitle(event.graph, 'draw')), text),
        );
        return;
      }
      case 'log': {
        this.batches.push(...event.batches);
        const chart = displayData(curvesOutput(this.batches) ?? [], '<curves>');
        if (this.chartAt === -1) this.chartAt = this.outputs.push(chart) - 1;
        else this.outputs[this.chartAt] = chart;
        return;
      }
      case 'warning':
        this.stream(
          'stderr',
          `${this.file}:${event.line}:${event.col}: warning: ${event.message}\n`,
        );
        return;
      case 'error':
        this.outputs.push({
          output_type: 'error',
          ename: event.error.kind,
          evalue: event.error.message,
          traceback: [errorLine(this.file, event.error)],
        });
        return;
      default:
        return;
    }
  }
}
