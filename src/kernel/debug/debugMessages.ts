// The messages between the extension host and a paused (or running) program in the worker.
// They travel on a MessagePort of their own, which the worker reads with
// receiveMessageOnPort while it blocks on shared memory: a paused program never returns to
// the worker's event loop, so nothing else could deliver them.

import type {
  ExceptionFilter,
  InspectAnswer,
  InspectRequest,
  ResumeAction,
  SourceBreakpoint,
  StopInfo,
} from '../../lang/debug/protocol';

/** In the shared Int32Array: non-zero when messages wait (read before every hooked statement). */
export const ATTENTION = 0;
/** Bumped and notified with each message (and with Stop), waking a paused worker. */
export const WAKE = 1;
export const DEBUG_BUFFER_INTS = 2;

export type ToDebuggee =
  | { type: 'setBreakpoints'; file?: string; breakpoints: SourceBreakpoint[] }
  | { type: 'setExceptions'; filters: ExceptionFilter[] }
  | { type: 'pause' }
  | { type: 'resume'; action: ResumeAction }
  | { type: 'inspect'; id: number; request: InspectRequest };

export type FromDebuggee =
  | { type: 'stopped'; stop: StopInfo }
  | { type: 'output'; text: string }
  | { type: 'inspected'; id: number; answer: InspectAnswer };

/** What a run request asks of the debugger. */
export interface DebugRunOptions {
  /** The first run of a debug session: stepping starts afresh (or stops at the first line). */
  fresh: boolean;
  stopOnEntry: boolean;
}
