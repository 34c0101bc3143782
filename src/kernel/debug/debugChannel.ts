// The extension host's end of the debug line to a session's worker: posting a message also
// raises the attention flag (so a running program applies it at its next statement) and
// wakes a paused one.

import type { MessagePort } from 'node:worker_threads';
import { ATTENTION, WAKE, type FromDebuggee, type ToDebuggee } from './debugMessages';

export class DebugChannel {
  private readonly ctrl: Int32Array;
  private readonly listeners = new Set<(m: FromDebuggee) => void>();

  constructor(
    private readonly port: MessagePort,
    buffer: SharedArrayBuffer,
  ) {
    this.ctrl = new Int32Array(buffer);
    port.on('message', (m: FromDebuggee) => {
      for (const l of this.listeners) l(m);
    });
    // The port must not keep the extension host alive on its own.
    port.unref();
  }

  post(message: ToDebuggee): void {
    this.port.postMessage(message);
    Atomics.store(this.ctrl, ATTENTION, 1);
    this.wake();
  }

  /** Wakes a paused worker without a message (it then sees a Stop request). */
  wake(): void {
    Atomics.add(this.ctrl, WAKE, 1);
    Atomics.notify(this.ctrl, WAKE);
  }

  onMessage(listener: (m: FromDebuggee) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.listeners.clear();
    this.port.close();
  }
}
