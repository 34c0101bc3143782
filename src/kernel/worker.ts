// The worker_thread a document's session lives in (built to dist/worker.js). It turns
// messages from the host into Session calls and the session's events into messages.

import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { setHeapProbe } from '../lang/runtime/memory';
import { v8HeapProbe } from './heapProbe';
import type { WorkerStart } from './kernelClient';
import type { KernelEvent, KernelRequest } from './protocol';
import { Session } from './session';
import { StopSignal } from './stopSignal';
import { WorkerDebugHost } from './debug/workerDebugHost';
import { processStdinLines } from './processStdin';
import { askingReader } from './inputLine';

const port = parentPort;
if (port === null) throw new Error('dist/worker.js must be started as a worker_thread');

// On Linux this lowers this thread alone: the editor's own thread keeps priority over a
// model that trains here. Where it is not allowed, nothing is lost but that preference.
try {
  setPriority(10);
} catch {
  // not permitted on this system
}

// A program that outgrows the heap ends with a LimitError at its line, the session intact.
setHeapProbe(v8HeapProbe());

const start = workerData as WorkerStart;
const stop = new StopSignal(start.stopBuffer);
const session = new Session({
  emit: (event: KernelEvent) => port.postMessage(event),
  maxGraphNodes: start.maxGraphNodes,
  maxRunMillis: start.maxRunMillis,
  stop,
  debugHost: new WorkerDebugHost(start.debugPort, start.debugBuffer),
  readLine: inputReader(),
  echoInput: start.input === 'ask',
});

/** The program's input, as the host chose (see KernelClientOptions.input). */
function inputReader(): ((prompt: string) => string | null) | undefined {
  switch (start.input) {
    case 'process':
      return processStdinLines();
    case 'ask': {
      const ask = askingReader(
        start.inputPort,
        start.inputBuffer,
        (id, prompt) =>
          port!.postMessage({ type: 'input', runId: session.currentRunId, id, prompt }),
        () => stop.stops(session.currentRunId),
      );
      // The user's answer is one line.
      return (prompt) => {
        const text = ask(prompt);
        return text === null ? null : `${text}\n`;
      };
    }
    case 'none':
      return undefined;
  }
}

// Each request runs as a microtask: V8 runs those under a TryCatch that captures no message,
// whereas a JS exception thrown in a plain event callback makes it build one (a source
// position, a stack walk). Every Python raise is a JS throw, and that message was most of
// its cost: `raise e` caught in a loop went from 1.8 to 0.9 µs. Microtasks keep their order.
port.on('message', (request: KernelRequest) => queueMicrotask(() => session.handle(request)));
port.postMessage({ type: 'ready' } satisfies KernelEvent);
