// The line a program waiting for input (input(), sys.stdin) gets its answer on, in a session
// that asks the user: the worker posts an 'input' event and blocks on shared memory (no
// busy-waiting) until the host posts the answer on this port and wakes it, or the run is
// stopped. Each request has an id, so an answer that comes after a stop is not taken by the
// next request.

import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

/** Ints of the shared buffer: one, counting the answers posted (the wake word). */
export const INPUT_BUFFER_BYTES = 4;

interface InputAnswer {
  id: number;
  text: string | null;
}

/** The host's end: posts an answer and wakes the worker. */
export class InputAnswers {
  private readonly wake: Int32Array;
  constructor(
    private readonly port: MessagePort,
    buffer: SharedArrayBuffer,
  ) {
    this.wake = new Int32Array(buffer);
    port.unref();
  }

  answer(id: number, text: string | null): void {
    this.port.postMessage({ id, text } satisfies InputAnswer);
    Atomics.add(this.wake, 0, 1);
    Atomics.notify(this.wake, 0);
  }

  /** Wakes a waiting worker without an answer (it then sees its run stopped). */
  nudge(): void {
    Atomics.add(this.wake, 0, 1);
    Atomics.notify(this.wake, 0);
  }

  close(): void {
    this.port.close();
  }
}

/** How often a waiting worker looks at the stop flag even if nobody wakes it. */
const STOP_CHECK_MILLIS = 250;

/**
 * The worker's end: a reader of lines that asks with `request(id, prompt)` and waits for the
 * answer with that id; null (no input) when the user gave none or `stopped()` became true.
 */
export function askingReader(
  port: MessagePort,
  buffer: SharedArrayBuffer,
  request: (id: number, prompt: string) => void,
  stopped: () => boolean,
): (prompt: string) => string | null {
  const wake = new Int32Array(buffer);
  let nextId = 1;
  return (prompt) => {
    const id = nextId++;
    request(id, prompt);
    for (;;) {
      const seen = Atomics.load(wake, 0);
      for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
        const answer = m.message as InputAnswer;
        if (answer.id === id) return answer.text;
      }
      if (stopped()) return null;
      Atomics.wait(wake, 0, seen, STOP_CHECK_MILLIS);
    }
  };
}
