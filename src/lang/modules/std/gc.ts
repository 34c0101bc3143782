// gc: CPython's cycle-collector controls, as programs that time or tune their code call them.
// ToyGrad's values live in JavaScript's heap, whose own collector frees cycles whenever it likes
// and cannot be paused or asked to run; so the module keeps the settings a program makes
// (enabled, thresholds, debug flags) and reports them back, and collect() finds nothing to free.

import { defineAll } from '../../builtins/core';
import { bindBuiltin, exactArgs, indexArg, noKeywords } from '../../runtime/args';
import { fail, typeError } from '../../runtime/state';
import { PyTuple, type PyValue } from '../../runtime/values';

/** CPython 3.11's thresholds for its three generations. */
const DEFAULT_THRESHOLDS: readonly bigint[] = [700n, 10n, 10n];

const C_INT_MAX = 2n ** 31n - 1n;
const C_INT_MIN = -(2n ** 31n);
const C_LONG_MAX = 2n ** 63n - 1n;
const C_LONG_MIN = -(2n ** 63n);

/** An argument CPython reads as a C int, with its messages for one out of range. */
function cInt(v: PyValue, longFirst: boolean): bigint {
  const n = indexArg(v);
  if (n >= C_INT_MIN && n <= C_INT_MAX) return n;
  // set_threshold reads a long first, then narrows it; collect and set_debug read an int.
  if (longFirst && n >= C_LONG_MIN && n <= C_LONG_MAX) {
    throw fail(
      'OverflowError',
      n > 0 ? 'signed integer is greater than maximum' : 'signed integer is less than minimum',
    );
  }
  throw fail('OverflowError', `Python int too large to convert to C ${longFirst ? 'long' : 'int'}`);
}

export function gcModule(): Map<string, PyValue> {
  let enabled = true;
  let debug = 0n;
  const thresholds = DEFAULT_THRESHOLDS.slice();
  const m = new Map<string, PyValue>();
  defineAll(m, [
    ['enable', (args, kw) => (exactArgs('gc.enable', 0, args, kw), (enabled = true), null)],
    ['disable', (args, kw) => (exactArgs('gc.disable', 0, args, kw), (enabled = false), null)],
    ['isenabled', (args, kw) => (exactArgs('gc.isenabled', 0, args, kw), enabled)],
    [
      'collect',
      (args, kw) => {
        const [generation] = bindBuiltin('collect', ['generation'], 0, args, kw);
        if (generation !== undefined) {
          const g = cInt(generation, false);
          if (g < 0n || g > 2n) throw fail('ValueError', 'invalid generation');
        }
        // The number of unreachable objects found: JavaScript's collector frees ToyGrad's
        // cycles on its own, so none is ever left for this one to find.
        return 0n;
      },
    ],
    [
      'get_count',
      // Objects allocated since each generation's last collection: ToyGrad counts none.
      (args, kw) => (exactArgs('gc.get_count', 0, args, kw), new PyTuple([0n, 0n, 0n])),
    ],
    [
      'get_threshold',
      (args, kw) => (exactArgs('gc.get_threshold', 0, args, kw), new PyTuple(thresholds.slice())),
    ],
    [
      'set_threshold',
      (args, kw) => {
        noKeywords('set_threshold', kw);
        if (args.length === 0) {
          throw typeError('set_threshold() takes at least 1 argument (0 given)');
        }
        if (args.length > 3) {
          throw typeError(`set_threshold() takes at most 3 arguments (${args.length} given)`);
        }
        // All are read before any is kept, so a bad one changes nothing.
        const values = args.map((a) => cInt(a, true));
        values.forEach((v, i) => (thresholds[i] = v));
        return null;
      },
    ],
    [
      'set_debug',
      (args, kw) => (exactArgs('gc.set_debug', 1, args, kw), (debug = cInt(args[0], false)), null),
    ],
    ['get_debug', (args, kw) => (exactArgs('gc.get_debug', 0, args, kw), debug)],
    // Freezing moves objects out of the collector's reach; there is none to move them from.
    ['freeze', (args, kw) => (exactArgs('gc.freeze', 0, args, kw), null)],
    ['unfreeze', (args, kw) => (exactArgs('gc.unfreeze', 0, args, kw), null)],
    ['get_freeze_count', (args, kw) => (exactArgs('gc.get_freeze_count', 0, args, kw), 0n)],
  ]);
  // Uncollectable objects the collector found (none), and callbacks it runs (never).
  m.set('garbage', []);
  m.set('callbacks', []);
  m.set('DEBUG_STATS', 1n);
  m.set('DEBUG_COLLECTABLE', 2n);
  m.set('DEBUG_UNCOLLECTABLE', 4n);
  m.set('DEBUG_SAVEALL', 32n);
  m.set('DEBUG_LEAK', 38n);
  return m;
}
