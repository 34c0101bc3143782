// The switch for the engine's optimisations that change how a graph is held, not what it
// computes: a neuron's `b + Σ wᵢ·xᵢ` fused into one node (dot.ts) and train()'s replayed steps
// (replay.ts). Off, every op is its own node as in micrograd: the simple reference path that
// tests compare the fast one with, bit for bit. `TOYGRAD_TAPE=off` in the environment turns
// it off for a whole process (the CLI, a kernel worker); a Session can set it per run.

function fromEnvironment(): boolean {
  const env = typeof process === 'undefined' ? undefined : process.env.TOYGRAD_TAPE;
  return env !== 'off';
}

export const tape = {
  /** True: fuse neurons' dot products and replay train()'s steps. */
  enabled: fromEnvironment(),
};

/** Turns the optimisations on or off; returns the previous setting. */
export function useTape(on: boolean): boolean {
  const previous = tape.enabled;
  tape.enabled = on;
  return previous;
}
