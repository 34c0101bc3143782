// bin, oct and hex: an int (or an object with __index__) in base 2, 8 or 16, with Python's
// `0b`/`0o`/`0x` prefix after the sign.

import { exactArgs, indexArg } from '../runtime/args';
import type { PyValue } from '../runtime/values';
import { defineAll } from './core';

const BASES: [string, number, string][] = [
  ['bin', 2, '0b'],
  ['oct', 8, '0o'],
  ['hex', 16, '0x'],
];

export function intTextBuiltins(into: Map<string, PyValue>): void {
  defineAll(
    into,
    BASES.map(([name, base, prefix]) => [
      name,
      (args, kw) => {
        exactArgs(name, 1, args, kw);
        const i = indexArg(args[0]);
        return (i < 0n ? '-' : '') + prefix + (i < 0n ? -i : i).toString(base);
      },
    ]),
  );
}
