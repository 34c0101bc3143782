// Python features tgrad leaves out on purpose, and how to say so. A tgrad program can only
// compute: it has no way to reach files, the network or other code, which is what makes
// running a file someone sent you safe. These messages explain that instead of "invalid syntax".

const WHY = 'a tgrad program can only compute, so it has no modules, classes or exceptions';

export const UNSUPPORTED_KEYWORDS: ReadonlyMap<string, string> = new Map([
  ['class', `classes are not part of tgrad (${WHY}): use functions, lists and dicts`],
  ['try', `exceptions ('try') are not part of tgrad: an error ends the run and points at its line`],
  [
    'except',
    `exceptions ('except') are not part of tgrad: an error ends the run and points at its line`,
  ],
  [
    'finally',
    `exceptions ('finally') are not part of tgrad: an error ends the run and points at its line`,
  ],
  [
    'raise',
    `'raise' is not part of tgrad: an error ends the run and points at its line; print a message instead`,
  ],
  ['with', `'with' is not part of tgrad: a program cannot open files or other resources`],
  ['async', `'async' is not part of tgrad: a program runs from top to bottom`],
  ['await', `'await' is not part of tgrad: a program runs from top to bottom`],
  ['assert', `'assert' is not part of tgrad: check the condition with 'if' and print a message`],
]);

export const DECORATORS_UNSUPPORTED = `decorators ('@') are not part of tgrad: call the function yourself`;
export const WALRUS_UNSUPPORTED = `the ':=' operator is not part of tgrad: assign on a line of its own`;
export const ELLIPSIS_UNSUPPORTED = `'...' is not part of tgrad: write 'pass' for an empty block`;
export const POSITIONAL_ONLY_UNSUPPORTED = `positional-only parameters ('/') are not part of tgrad`;
