// The language's datasets, deterministic for a given state of the session's generator:
// each takes the Random to draw from, then the arguments of its tgrad namesake, and
// returns { xs, ys } (points as lists of coordinates, and their labels). Bad arguments
// throw RangeError with a message for the learner.

export type { Dataset } from './datasets/dataset';
export { MAX_POINTS } from './datasets/arguments';
export { linspace } from './datasets/linspace';
export { moons } from './datasets/moons';
export { circles } from './datasets/circles';
export { blobs } from './datasets/blobs';
export { xor } from './datasets/xor';
export { spiral } from './datasets/spiral';
