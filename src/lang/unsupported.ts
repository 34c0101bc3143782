// Python features tgrad leaves out on purpose, and how to say so. A tgrad program can only
// compute: it has no way to reach files, the network or other code, which is what makes
// running a file someone sent you safe. These messages explain that instead of "invalid syntax".

const WHY = 'a tgrad program can only compute, so it has no modules, classes or exceptions';

export const UNSUPPORTED_KEYWORDS: ReadonlyMap<string, string> = new Map([
  [
    'import',
    `'import' is not part of tgrad: everything (Value, MLP, math, random, datasets) is already built in, and ${WHY}`,
  ],
  [
    'from',
    `'from … import' is not part of tgrad: everything (Value, MLP, math, random, datasets) is already built in, and ${WHY}`,
  ],
  [
    'global',
    `'global' is not part of tgrad: a function can read global names; to change one, return the new value and assign it outside`,
  ],
  ['yield', `generators ('yield') are not part of tgrad: build and return a list instead`],
  ['async', `'async' is not part of tgrad: a program runs from top to bottom`],
  ['await', `'await' is not part of tgrad: a program runs from top to bottom`],
]);

export const WALRUS_UNSUPPORTED = `the ':=' operator is not part of tgrad: assign on a line of its own`;
export const ELLIPSIS_UNSUPPORTED = `'...' is not part of tgrad: write 'pass' for an empty block`;
export const POSITIONAL_ONLY_UNSUPPORTED = `positional-only parameters ('/') are not part of tgrad`;
