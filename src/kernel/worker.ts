// The worker_thread a document's session lives in (built to dist/worker.js). It turns
// messages from the host into Session calls and the session's events into messages.

import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerStart } from './kernelClient';
import type { KernelEvent, KernelRequest } from './protocol';
import { Session } from './session';
import { StopSignal } from './stopSignal';

const port = parentPort;
if (port === null) throw new Error('dist/worker.js must be started as a worker_thread');

const start = workerData as WorkerStart;
const session = new Session({
  emit: (event: KernelEvent) => port.postMessage(event),
  maxGraphNodes: start.maxGraphNodes,
  maxRunMillis: start.maxRunMillis,
  stop: new StopSignal(start.stopBuffer),
});

port.on('message', (request: KernelRequest) => session.handle(request));
port.postMessage({ type: 'ready' } satisfies KernelEvent);
