// The text a run leaves in the "ToyGrad" output channel: a header naming the file, the cell
// and the time, then what the program printed, its result, warnings, errors and how it ended.

import type { RunStatus, UserError } from '../kernel/protocol';
import { millisText } from './decorationPlan';

export type RunKind = 'run' | 'backward';

export interface RunHeader {
  fileName: string;
  cellNumber: number;
  title: string;
  kind: RunKind;
  at: Date;
}

function clock(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
}

export function headerLine(h: RunHeader): string {
  const parts = [h.fileName, `cell ${h.cellNumber}`];
  if (h.title !== '') parts.push(h.title);
  if (h.kind === 'backward') parts.push('backward');
  parts.push(clock(h.at));
  return `── ${parts.join(' · ')} ──`;
}

export function positionText(line: number, col: number): string {
  return line > 0 ? ` (line ${line}${col > 0 ? `, col ${col}` : ''})` : '';
}

export function errorLine(error: UserError): string {
  const where =
    error.file === undefined
      ? positionText(error.line, error.col)
      : ` (${error.file}:${error.line}:${error.col})`;
  return `✗ ${error.kind}: ${error.message}${where}`;
}

export function warningLine(message: string, line: number, col: number): string {
  return `⚠ ${message}${positionText(line, col)}`;
}

export function resultLine(text: string): string {
  return `⇒ ${text}`;
}

export function endLine(status: RunStatus, millis: number): string {
  switch (status) {
    case 'ok':
      return `✓ done in ${millisText(millis)}`;
    case 'error':
      return `✗ failed after ${millisText(millis)}`;
    case 'stopped':
      return `■ stopped after ${millisText(millis)}`;
  }
}
