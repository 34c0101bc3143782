// A cell run's kernel events as Jupyter cell outputs: what it printed as one stdout stream
// (split where a result or warning came between prints, so the order shows as it happened),
// each result as an execute_result, warnings on stderr, and an error as Jupyter shows one.

import type { IpynbOutput } from './ipynb';
import type { KernelEvent, UserError } from './protocol';

/** The one-line form every ToyGrad error takes: `FILE:LINE:COL: Kind: message`. */
export function errorLine(file: string, error: UserError): string {
  return `${file}:${error.line}:${error.col}: ${error.kind}: ${error.message}`;
}

export class CellOutputs {
  readonly outputs: IpynbOutput[] = [];

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
        this.stream('stdout', event.text);
        return;
      case 'result':
        this.outputs.push({
          output_type: 'execute_result',
          execution_count: this.executionCount,
          data: { 'text/plain': event.text },
          metadata: {},
        });
        return;
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
