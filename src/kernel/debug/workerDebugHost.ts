// The worker's side of debugging: a paused program blocks the thread with Atomics.wait on
// shared memory (no busy-waiting) and reads the debug port with receiveMessageOnPort, so
// it answers stack, variable and evaluate requests without leaving the paused statement.
// A Stop request (the session's stop flag) wakes it too and ends the run.

import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { DebugHost, Debugger } from '../../lang/debug/debugger';
import type {
  InspectAnswer,
  InspectRequest,
  ResumeAction,
  StopInfo,
} from '../../lang/debug/protocol';
import { ATTENTION, WAKE, type FromDebuggee, type ToDebuggee } from './debugMessages';

export class WorkerDebugHost implements DebugHost {
  readonly attention: Int32Array;

  constructor(
    private readonly port: MessagePort,
    buffer: SharedArrayBuffer,
  ) {
    this.attention = new Int32Array(buffer);
  }

  /** Applies every message waiting (breakpoints, exception filters, pause). */
  attend(d: Debugger): void {
    Atomics.store(this.attention, ATTENTION, 0);
    for (;;) {
      const m = receiveMessageOnPort(this.port);
      if (m === undefined) return;
      this.apply(d, m.message as ToDebuggee);
    }
  }

  paused(stop: StopInfo, inspect: (request: InspectRequest) => InspectAnswer): ResumeAction {
    this.send({ type: 'stopped', stop });
    for (;;) {
      const seen = Atomics.load(this.attention, WAKE);
      const m = receiveMessageOnPort(this.port);
      if (m !== undefined) {
        const message = m.message as ToDebuggee;
        if (message.type === 'resume') return message.action;
        if (message.type === 'inspect') {
          this.send({ type: 'inspected', id: message.id, answer: inspect(message.request) });
        } else if (this.debugger !== null) {
          this.apply(this.debugger, message);
        }
        continue;
      }
      if (this.stopRequested()) return 'stop';
      Atomics.wait(this.attention, WAKE, seen);
    }
  }

  /** The debugger of the session (breakpoints set while paused go straight to it). */
  private debugger: Debugger | null = null;

  /** Whether the run being debugged was asked to stop (set by begin). */
  private stopRequested: () => boolean = () => false;

  /** Before a debug run: the session's debugger takes every command that waited. */
  begin(d: Debugger, stopRequested: () => boolean): void {
    this.debugger = d;
    this.stopRequested = stopRequested;
    this.attend(d);
  }

  output(text: string): void {
    this.send({ type: 'output', text });
  }

  private apply(d: Debugger, message: ToDebuggee): void {
    switch (message.type) {
      case 'setBreakpoints':
        return d.setBreakpoints(message.file, message.breakpoints);
      case 'setExceptions':
        return d.setExceptionFilters(message.filters);
      case 'pause':
        return d.requestPause();
      case 'resume':
      case 'inspect':
        return; // a pause that has ended: nothing to answer
      default: {
        const never: never = message;
        throw new Error(`unknown debug message ${JSON.stringify(never)}`);
      }
    }
  }

  private send(message: FromDebuggee): void {
    this.port.postMessage(message);
  }
}
