// A notebook cell's outputs as VS Code holds them (mime-typed items) and as Jupyter saves
// them (nbformat outputs), for exporting a ToyGrad notebook with what its cells showed.

import type { IpynbOutput } from '../kernel/ipynb';

export const STDOUT_MIME = 'application/vnd.code.notebook.stdout';
export const STDERR_MIME = 'application/vnd.code.notebook.stderr';
export const ERROR_MIME = 'application/vnd.code.notebook.error';

export interface OutputItemText {
  mime: string;
  text: string;
}

/** One VS Code output (its items, decoded as text) as nbformat outputs. */
export function ipynbOutputs(items: readonly OutputItemText[], count: number): IpynbOutput[] {
  const out: IpynbOutput[] = [];
  const data: Record<string, string> = {};
  for (const { mime, text } of items) {
    if (mime === STDOUT_MIME || mime === STDERR_MIME) {
      out.push({
        output_type: 'stream',
        name: mime === STDOUT_MIME ? 'stdout' : 'stderr',
        text,
      });
    } else if (mime === ERROR_MIME) {
      const e = JSON.parse(text) as { name?: string; message?: string };
      const ename = e.name ?? 'Error';
      const evalue = e.message ?? '';
      out.push({ output_type: 'error', ename, evalue, traceback: [`${ename}: ${evalue}`] });
    } else {
      data[mime] = text;
    }
  }
  if (Object.keys(data).length > 0) {
    out.push({ output_type: 'execute_result', execution_count: count, data, metadata: {} });
  }
  return out;
}
