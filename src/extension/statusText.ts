// What the status bar item says for a tgrad editor: idle, the cell running, the cell waiting
// for input, or the training step and loss while `train` reports progress.

import { shortNumber } from './numberText';

export interface StatusInput {
  /** The session has a run queued or executing. */
  busy: boolean;
  /** The running cell's number and label, once the kernel said it started. */
  cellNumber: number | null;
  cellLabel: string | null;
  /** The latest `progress` event of the running cell. */
  progress: { step: number; steps: number; loss: number } | null;
  /** The session has a worker (it started at the first run). */
  started: boolean;
  /** The running cell waits for the line of input the user is asked for. */
  waitingForInput: boolean;
}

export interface StatusView {
  text: string;
  tooltip: string;
  /** Clicking stops the run while busy; else it shows the panel. */
  action: 'stop' | 'showPanel';
}

export function statusView(s: StatusInput): StatusView {
  if (!s.busy) {
    return {
      text: '$(beaker) ToyGrad: idle',
      tooltip: s.started
        ? 'ToyGrad session ready. Click to show the panel.'
        : 'No ToyGrad session yet: it starts at the first run. Click to show the panel.',
      action: 'showPanel',
    };
  }
  const cell = s.cellNumber !== null ? `cell ${s.cellNumber}` : 'cell';
  if (s.waitingForInput) {
    return {
      text: `$(keyboard) ToyGrad: ${cell} waits for input`,
      tooltip: `${s.cellLabel ?? cell} waits for a line of input: type it in the box at the top and press Enter. Click to stop.`,
      action: 'stop',
    };
  }
  if (s.progress !== null) {
    const { step, steps, loss } = s.progress;
    return {
      text: `$(sync~spin) step ${step + 1}/${steps} · loss ${shortNumber(loss)}`,
      tooltip: `Training in ${s.cellLabel ?? cell}. Click to stop.`,
      action: 'stop',
    };
  }
  return {
    text: `$(sync~spin) ToyGrad: running ${cell}`,
    tooltip: `Running ${s.cellLabel ?? cell}. Click to stop.`,
    action: 'stop',
  };
}
