// Long engine loops (a backward pass over millions of nodes) ask the host, now and then,
// whether to go on: the host's check throws to end the run (Stop, the time limit), and the
// loop leaves no half-done state behind. The engine knows nothing of what the check does.

let check: (() => void) | null = null;

/** How many loop iterations pass between two checks. */
const INTERRUPT_EVERY = 1 << 16;

/** Counts loop iterations down to the next check. */
export const interruptTicks = { left: INTERRUPT_EVERY };

/** Called as a pass begins: only a pass of many iterations checks, so small ones never do. */
export function startPass(): void {
  interruptTicks.left = INTERRUPT_EVERY;
}

/** Installs the host's check (null: none). */
export function setInterruptCheck(f: (() => void) | null): void {
  check = f;
}

/** Runs the host's check, which throws to interrupt. */
export function pollInterrupt(): void {
  interruptTicks.left = INTERRUPT_EVERY;
  if (check !== null) check();
}
