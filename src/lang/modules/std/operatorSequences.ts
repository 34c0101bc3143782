// operator's sequence helpers: countOf and indexOf (CPython's PySequence_Count/Index: an item
// matches when it is the value or equals it), concat and iconcat (`+` and `+=` for sequences
// only), and call (3.11's `operator.call(f, *args, **kwargs)`).

import { binary } from '../../runtime/arith';
import { callValue } from '../../runtime/call';
import { eq } from '../../runtime/equality';
import { inplace } from '../../runtime/inplace';
import { iterate } from '../../runtime/iteration';
import { PyInstance } from '../../runtime/objects';
import { typeName } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { Builtin, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';

function positional(name: string, n: number, args: readonly PyValue[], kw: Kwargs): void {
  if (kw !== null && kw.size > 0) throw typeError(`_operator.${name}() takes no keyword arguments`);
  if (args.length !== n) {
    throw typeError(`${name} expected ${n} arguments, got ${args.length}`);
  }
}

/** The index of each item of `seq` that is or equals `v`, in order (stops when `visit` says). */
function scan(seq: PyValue, v: PyValue, visit: (i: number) => boolean): void {
  const it = iterate(seq);
  for (let i = 0, x = it.next(); x !== undefined; i++, x = it.next()) {
    if ((x === v || eq(x, v)) && visit(i)) return;
  }
}

/** What C's PySequence_Check accepts: a built-in sequence, or an instance with __getitem__. */
function isSequence(v: PyValue): boolean {
  if (typeof v === 'string' || Array.isArray(v) || v instanceof PyTuple) return true;
  if (v instanceof Uint8Array) return true;
  return v instanceof PyInstance && v.cls.lookup('__getitem__') !== undefined;
}

function concatenating(name: string, join: (a: PyValue, b: PyValue) => PyValue): Builtin {
  return new Builtin(name, (args, kw) => {
    positional(name, 2, args, kw);
    const [a, b] = args;
    if (!isSequence(a)) throw typeError(`'${typeName(a)}' object can't be concatenated`);
    return join(a, b);
  });
}

export function operatorSequences(): [string, PyValue][] {
  return [
    [
      'countOf',
      new Builtin('countOf', (args, kw) => {
        positional('countOf', 2, args, kw);
        let n = 0;
        scan(args[0], args[1], () => (n++, false));
        return BigInt(n);
      }),
    ],
    [
      'indexOf',
      new Builtin('indexOf', (args, kw) => {
        positional('indexOf', 2, args, kw);
        let found = -1;
        scan(args[0], args[1], (i) => ((found = i), true));
        if (found < 0) throw fail('ValueError', 'sequence.index(x): x not in sequence');
        return BigInt(found);
      }),
    ],
    ['concat', concatenating('concat', (a, b) => binary('+', a, b))],
    ['iconcat', concatenating('iconcat', (a, b) => inplace('+', a, b))],
    [
      'call',
      new Builtin('call', (args, kw) => {
        if (args.length === 0) throw typeError('call expected at least 1 argument, got 0');
        return callValue(args[0], args.slice(1), kw);
      }),
    ],
  ];
}
