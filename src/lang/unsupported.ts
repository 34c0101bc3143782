// Python features tgrad leaves out, and how to say so: these messages explain what to write
// instead of a bare "invalid syntax".

export const UNSUPPORTED_KEYWORDS: ReadonlyMap<string, string> = new Map([
  ['async', `'async' is not part of tgrad: a program runs from top to bottom`],
  ['await', `'await' is not part of tgrad: a program runs from top to bottom`],
]);
