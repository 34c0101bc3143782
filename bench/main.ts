// `npm run bench`: the micrograd demo step run directly against the engine and run by the
// tgrad interpreter, interleaved in one process so that their ratio is fair on a shared
// machine; backward of a 1,000,000-node chain; heap bytes per node. Everything is measured
// twice: on the main thread with Node's defaults, and in a worker_thread started the way the
// kernel starts a document's session (a larger young generation).

import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { KERNEL_RESOURCE_LIMITS } from '../src/kernel/kernelClient';
import { bytesPerNode, chainBackwardMillis } from './chain';
import { debugOverhead } from './debugOverhead';
import { directDemo, microgradNodeCount } from './demoStepDirect';
import { tgradDemo } from './demoStepTgrad';
import { cliPerStep, LOOP_STEPS, LOOP_WARMUP, timeLongLoop } from './longLoop';
import { join } from 'node:path';
import { median, percentile } from './stats';
import { timeTrain } from './replayedTrain';
import { useTape } from '../src/engine/tapeSwitch';
import { cpythonMillisPerStep, userClassDemo } from './userEngine';
import { timeNnOverBuiltinValue } from './userNnBuiltinValue';
import { userBytesPerNode } from './userNodeMemory';
import { cpythonGptMillisPerStep, GPT_STEPS, GPT_WARMUP, userGptDemo } from './userGpt';
import { microgradJsDemo } from './microgradJs';
import { tinyGptJsDemo } from './tinyGptJs';
import { idiomTable, timeIdioms } from './pythonIdioms';

const STEPS = 60;
const WARMUP = 10;

export interface Measurements {
  where: string;
  directMs: number;
  tgradMs: number;
  directP90: number;
  tgradP90: number;
  nodesPerStep: number;
  sameLosses: boolean;
  chainMs: number;
  bytesPerNode: number | null;
  /** Heap bytes per node of engine.py's user-class Value graph: plain, and with __slots__. */
  userBytesPerNode: number | null;
  userSlotsBytesPerNode: number | null;
  /** micrograd's engine.py + nn.py as user classes: median ms per demo step. */
  userMs: number;
  /** tiny_gpt.py (a user-class scalar GPT): median ms per training step, one name a step. */
  gptMs: number;
  /**
   * The same two programs written line for line in JavaScript (microgradJs.ts, tinyGptJs.ts):
   * median ms per step, and whether their losses equal tgrad's bit for bit.
   */
  userJsMs: number;
  gptJsMs: number;
  jsSameLosses: boolean;
  /** The demo step inside a long tgrad loop, garbage included (median and p90 ms). */
  loopMs: number;
  loopP90: number;
  /** The long loop's first 100 losses are those of the blocks above. */
  loopSameLosses: boolean;
  /** The same long loop with the tape off (TOYGRAD_TAPE=off: every neuron an unfused chain). */
  loopOffMs: number;
  loopOffP90: number;
  /** One train(...) call over the demo's data and model: replayed steps, and tape off. */
  trainMs: number;
  trainP90: number;
  trainOffMs: number;
  trainOffP90: number;
  /** Tape on and off give the same losses, bit for bit (long loop and train). */
  tapeSameLosses: boolean;
  /** nn.py as user classes over the built-in Value: median ms, neurons fused (tape on) and not. */
  nnValueMs: number;
  nnValueOffMs: number;
  nnValueSameLosses: boolean;
}

/** Steps of the user-class demo timed (each takes hundreds of ms, so fewer). */
const USER_STEPS = 6;

/** Nodes of the user-class graph whose heap bytes are measured. */
const USER_MEMORY_NODES = 200_000;

/** Steps of the nn.py-over-built-in-Value demo timed, tape on and off (after 10 warm-up). */
const NN_VALUE_STEPS = 60;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * Times `steps` steps after `WARMUP` untimed ones. Blocks of each implementation alternate
 * (direct, tgrad, direct, tgrad) with a full collection between blocks, so that neither
 * pays for the other's garbage, which stepwise interleaving made it do at random.
 */
function timeBlock(step: (k: number) => void, from: number, steps: number): number[] {
  gc();
  const times: number[] = [];
  for (let k = from; k < from + steps; k++) {
    const t0 = performance.now();
    step(k);
    times.push(performance.now() - t0);
  }
  return times;
}

function measure(where: string): Measurements {
  const direct = directDemo();
  const tgrad = tgradDemo();
  const directLosses: number[] = [];
  const tgradLosses: number[] = [];
  let nodesPerStep = 0;
  const directStep = (k: number) => {
    const r = direct.step(k);
    if (k === 0) nodesPerStep = microgradNodeCount(r.root);
    directLosses.push(r.loss);
  };
  const tgradStep = () => tgradLosses.push(tgrad.step().loss);
  timeBlock(directStep, 0, WARMUP);
  timeBlock(tgradStep, 0, WARMUP);
  const directTimes: number[] = [];
  const tgradTimes: number[] = [];
  const block = STEPS / 2;
  for (let b = 0; b < 2; b++) {
    directTimes.push(...timeBlock(directStep, WARMUP + b * block, block));
    tgradTimes.push(...timeBlock(tgradStep, 0, block));
  }
  const sameLosses = directLosses.every((l, i) => l === tgradLosses[i]);
  gc();
  const loop = timeLongLoop();
  const loopSameLosses = tgradLosses.every((l, i) => l === loop.losses[i]);
  const [loopOff, trained, trainedOff] = tapeOff(() => timeLongLoop(), timeTrain);
  const same = (a: number[], b: number[]) => a.length === b.length && a.every((l, i) => l === b[i]);
  const tapeSameLosses =
    same(loop.losses, loopOff.losses) && same(trained.losses, trainedOff.losses);
  const chains = [0, 1, 2].map(() => chainBackwardMillis(1_000_000));
  const nnValue = timeNnOverBuiltinValue(true, NN_VALUE_STEPS, 10);
  const nnValueOff = timeNnOverBuiltinValue(false, NN_VALUE_STEPS, 10);
  const user = timeSteps(userClassDemo(), 2, USER_STEPS);
  const userJs = timeSteps(microgradJsDemo(), 2, USER_STEPS);
  const gpt = timeSteps(userGptDemo(), GPT_WARMUP, GPT_STEPS);
  const gptJs = timeSteps(tinyGptJsDemo(), GPT_WARMUP, GPT_STEPS);
  return {
    where,
    directMs: median(directTimes),
    tgradMs: median(tgradTimes),
    directP90: percentile(directTimes, 90),
    tgradP90: percentile(tgradTimes, 90),
    nodesPerStep,
    sameLosses,
    chainMs: median(chains),
    bytesPerNode: bytesPerNode(1_000_000),
    userBytesPerNode: userBytesPerNode(false, USER_MEMORY_NODES),
    userSlotsBytesPerNode: userBytesPerNode(true, USER_MEMORY_NODES),
    userMs: median(user.times),
    gptMs: median(gpt.times),
    userJsMs: median(userJs.times),
    gptJsMs: median(gptJs.times),
    jsSameLosses: same(user.losses, userJs.losses) && same(gpt.losses, gptJs.losses),
    loopMs: loop.median,
    loopP90: loop.p90,
    loopSameLosses,
    loopOffMs: loopOff.median,
    loopOffP90: loopOff.p90,
    trainMs: trained.median,
    trainP90: trained.p90,
    trainOffMs: trainedOff.median,
    trainOffP90: trainedOff.p90,
    tapeSameLosses,
    nnValueMs: nnValue.ms,
    nnValueOffMs: nnValueOff.ms,
    nnValueSameLosses: same(nnValue.losses, nnValueOff.losses),
  };
}

/** `warmup` untimed steps of a program, then `steps` timed ones, with every step's loss. */
function timeSteps(
  program: { step(): number },
  warmup: number,
  steps: number,
): { times: number[]; losses: number[] } {
  const losses: number[] = [];
  for (let k = 0; k < warmup; k++) losses.push(program.step());
  const times = timeBlock(() => losses.push(program.step()), 0, steps);
  return { times, losses };
}

/** The long loop with the tape off, then train() with it on and off, a collection between. */
function tapeOff<T, U>(loop: () => T, trainRun: () => U): [T, U, U] {
  const previous = useTape(false);
  try {
    gc();
    const loopOff = loop();
    useTape(true);
    gc();
    const on = trainRun();
    useTape(false);
    gc();
    return [loopOff, on, trainRun()];
  } finally {
    useTape(previous);
  }
}

function inKernelWorker(): Promise<Measurements> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, {
      resourceLimits: KERNEL_RESOURCE_LIMITS,
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

function table(rows: Measurements[]): string {
  const f = (x: number) => x.toFixed(2);
  const bytes = (x: number | null) => (x === null ? 'run with --expose-gc' : x.toFixed(0));
  const lines = [
    `| measure | ${rows.map((r) => r.where).join(' | ')} |`,
    `| --- | ${rows.map(() => '---').join(' | ')} |`,
    `| demo step, engine called from TypeScript (median ms; p90) | ${rows.map((r) => `${f(r.directMs)}; ${f(r.directP90)}`).join(' | ')} |`,
    `| demo step, tgrad interpreter (median ms; p90) | ${rows.map((r) => `${f(r.tgradMs)}; ${f(r.tgradP90)}`).join(' | ')} |`,
    `| demo step in a ${LOOP_STEPS}-step tgrad loop, steady (median ms; p90 of ${LOOP_STEPS - LOOP_WARMUP - 1} steps) | ${rows.map((r) => `${f(r.loopMs)}; ${f(r.loopP90)}`).join(' | ')} |`,
    `| the same loop, tape off (TOYGRAD_TAPE=off: no fused neurons) (median ms; p90) | ${rows.map((r) => `${f(r.loopOffMs)}; ${f(r.loopOffP90)}`).join(' | ')} |`,
    `| demo model in one ${LOOP_STEPS}-step train(...) call, replayed (median ms; p90) | ${rows.map((r) => `${f(r.trainMs)}; ${f(r.trainP90)}`).join(' | ')} |`,
    `| the same train(...), tape off (median ms; p90) | ${rows.map((r) => `${f(r.trainOffMs)}; ${f(r.trainOffP90)}`).join(' | ')} |`,
    `| tape on and off give the same losses, bit for bit | ${rows.map((r) => (r.tapeSameLosses ? 'yes' : 'NO')).join(' | ')} |`,
    `| interpreter / engine | ${rows.map((r) => `${f(r.tgradMs / r.directMs)}x`).join(' | ')} |`,
    `| graph nodes per step (micrograd's count) | ${rows.map((r) => r.nodesPerStep.toLocaleString('en-US')).join(' | ')} |`,
    `| both give the same losses, bit for bit (and the long loop) | ${rows.map((r) => (r.sameLosses && r.loopSameLosses ? 'yes' : 'NO')).join(' | ')} |`,
    `| backward of a 1,000,000-node chain (median ms) | ${rows.map((r) => f(r.chainMs)).join(' | ')} |`,
    `| micrograd engine.py + nn.py as user classes, demo step (median ms) | ${rows.map((r) => f(r.userMs)).join(' | ')} |`,
    `| micrograd nn.py as user classes over the built-in Value, demo step: neurons fused; tape off (median ms) | ${rows.map((r) => `${f(r.nnValueMs)}; ${f(r.nnValueOffMs)}${r.nnValueSameLosses ? '' : ' (losses DIFFER)'}`).join(' | ')} |`,
    `| tiny_gpt.py (user-class scalar GPT, 1 layer, 16 wide, 4 heads), training step (median ms) | ${rows.map((r) => f(r.gptMs)).join(' | ')} |`,
    `| the same two programs written line for line in JavaScript: micrograd step; tiny_gpt step (median ms) | ${rows.map((r) => `${f(r.userJsMs)}; ${f(r.gptJsMs)}${r.jsSameLosses ? '' : ' (losses DIFFER)'}`).join(' | ')} |`,
    `| tgrad / JavaScript: micrograd; tiny_gpt | ${rows.map((r) => `${f(r.userMs / r.userJsMs)}x; ${f(r.gptMs / r.gptJsMs)}x`).join(' | ')} |`,
    `| heap bytes per node | ${rows.map((r) => bytes(r.bytesPerNode)).join(' | ')} |`,
    `| heap bytes per node of engine.py's user-class Value graph: plain; with \`__slots__\` | ${rows.map((r) => `${bytes(r.userBytesPerNode)}; ${bytes(r.userSlotsBytesPerNode)}`).join(' | ')} |`,
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (!isMainThread) {
    parentPort!.postMessage(measure('kernel worker'));
    return;
  }
  console.log(
    `ToyGrad bench: ${STEPS} timed steps after ${WARMUP} warm-up steps, Node ${process.version}`,
  );
  /** tgrad against CPython, worded the right way round whichever is faster. */
  const speedAgainst = (cpythonMs: number, tgradMs: number): string =>
    cpythonMs >= tgradMs
      ? `tgrad (kernel worker) is ${(cpythonMs / tgradMs).toFixed(1)}x faster`
      : `tgrad (kernel worker) is ${(tgradMs / cpythonMs).toFixed(1)}x SLOWER than CPython`;
  /** A JavaScript port's ms against CPython's: how fast the program can run at all in V8. */
  const portAgainst = (cpythonMs: number, jsMs: number): string =>
    `${jsMs.toFixed(0)} ms, ${(cpythonMs / jsMs).toFixed(1)}x faster than CPython`;
  const rows = [measure('main thread, Node defaults'), await inKernelWorker()];
  console.log(table(rows));
  const cli = cliPerStep(join(__dirname, 'cli.js'));
  console.log(
    `\n\`tgrad run\` of the demo as a long loop: ${cli.toFixed(2)} ms per step ` +
      `(a ${LOOP_STEPS}-step run minus a ${LOOP_WARMUP}-step one, start-up cancelled).`,
  );
  const worker = rows[1];
  const cpython = cpythonMillisPerStep(3);
  console.log(
    cpython === null
      ? '\nCPython: python3 not found, no comparison for the user-class engine.'
      : `\nThe same user-class program under CPython: ${cpython.toFixed(0)} ms per step; ` +
          `${speedAgainst(cpython, worker.userMs)} (goal: 20x faster); ` +
          `the program written line for line in JavaScript: ${portAgainst(cpython, worker.userJsMs)}.`,
  );
  const cpythonGpt = cpythonGptMillisPerStep();
  console.log(
    cpythonGpt === null
      ? 'CPython: python3 not found, no comparison for tiny_gpt.py.'
      : `The same tiny_gpt.py training steps under CPython: ${cpythonGpt.toFixed(0)} ms per step; ` +
          `${speedAgainst(cpythonGpt, worker.gptMs)} (goal: 20x faster); ` +
          `the program written line for line in JavaScript: ${portAgainst(cpythonGpt, worker.gptJsMs)}.`,
  );
  console.log(
    `\nGoals: interpreter within 2x of the engine (${(worker.tgradMs / worker.directMs).toFixed(2)}x), ` +
      `at most 10 ms per interpreted step (${worker.tgradMs.toFixed(2)} ms), ` +
      `at most 2.5 ms per step in a long loop (${worker.loopMs.toFixed(2)} ms, p90 ${worker.loopP90.toFixed(2)}), ` +
      `at most 0.7 ms per replayed train step (${worker.trainMs.toFixed(2)} ms), ` +
      `1M-chain backward under 1 s (${worker.chainMs.toFixed(0)} ms).`,
  );
  const debug = debugOverhead();
  console.log(
    `\nUnder the debugger, no breakpoint hit (user-class demo step): ${debug.debugMs.toFixed(0)} ms ` +
      `against ${debug.plainMs.toFixed(0)} ms plain, ${(debug.debugMs / debug.plainMs).toFixed(2)}x (goal: at most 2x).`,
  );
  console.log(
    '\nEveryday Python, one program under `tgrad run` and python3 (ns per loop iteration, best of 3):\n' +
      idiomTable(timeIdioms(join(__dirname, 'cli.js'))),
  );
}

void main();
