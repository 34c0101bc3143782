// Memory headroom: a program that builds more than the session's heap can hold ends with a
// LimitError at the line that builds it, not with the worker running out of memory (which
// loses every name) or grinding in the garbage collector until the time limit. The heap is
// measured through a probe the host gives (the kernel's worker reads V8's statistics); with
// no probe, as in unit tests of the language alone, nothing is checked.

import { TgradError } from '../errors';

/** What the host tells about its heap. */
export interface HeapProbe {
  /** Bytes in use now (live data and garbage not yet collected). */
  used(): number;
  /** The most the heap may grow to before the host fails. */
  readonly limit: number;
  /** A full collection, when the host can force one: `used()` then counts live data only. */
  collect?(): void;
}

/** Share of the heap limit a program may fill: the rest is room to fail cleanly. */
export const HEAP_BUDGET_SHARE = 0.8;
/** Bytes allocated (by estimate) between two looks at the heap. */
const CHECK_EVERY_BYTES = 32 * 2 ** 20;
/** Milliseconds between two looks at the heap from the loop's poll. */
const CHECK_EVERY_MS = 10;
/** A forced collection costs tens of milliseconds on a big heap: at most one a second. */
const COLLECT_EVERY_MS = 1000;
/** Growth during a run below which the heap is not blamed on it (names kept from before). */
const RUN_GROWTH_BYTES = 16 * 2 ** 20;

let probe: HeapProbe | null = null;
let allocated = 0;
let nextCheck = 0;
let lastCollect = -Infinity;
let baseline = 0;

/** Installs the host's probe (null: no checks). */
export function setHeapProbe(p: HeapProbe | null): void {
  probe = p;
}

/** At the start of each run: what the heap holds then is the session's, not this run's. */
export function beginMemoryRun(): void {
  allocated = 0;
  nextCheck = 0;
  baseline = probe === null ? 0 : probe.used();
}

/**
 * An operation is about to build about `bytes`: looks at the heap once enough has been
 * built since the last look, or at once for a big block.
 */
export function noteAllocation(bytes: number): void {
  if (probe === null) return;
  allocated += bytes;
  if (allocated < CHECK_EVERY_BYTES) return;
  allocated = 0;
  checkHeadroom(bytes);
}

/** From the evaluator's periodic poll (`now` from the clock it just read): a look now and then. */
export function pollMemory(now: number): void {
  if (probe === null || now < nextCheck) return;
  nextCheck = now + CHECK_EVERY_MS;
  checkHeadroom(0);
}

/** Throws a LimitError when `pending` more bytes would take the heap past its budget. */
export function checkHeadroom(pending: number): void {
  if (probe === null) return;
  const budget = probe.limit * HEAP_BUDGET_SHARE;
  let used = probe.used();
  if (used + pending <= budget || used - baseline < RUN_GROWTH_BYTES) return;
  const now = performance.now();
  if (probe.collect !== undefined && now - lastCollect >= COLLECT_EVERY_MS) {
    // Garbage counts in `used`: collect once before blaming the program.
    lastCollect = now;
    probe.collect();
    used = probe.used();
    baseline = Math.min(baseline, used);
    if (used + pending <= budget || used - baseline < RUN_GROWTH_BYTES) return;
  }
  throw new TgradError(
    'LimitError',
    `this would need more memory than the session has (${megabytes(used + pending)} of the ${megabytes(budget)} a run may use): build smaller lists or strings, or del names you no longer need`,
  );
}

function megabytes(n: number): string {
  return `${Math.round(n / 2 ** 20).toLocaleString('en-US')} MB`;
}
