// operator: the operators as functions. Each goes through the same runtime path as the
// operator it names (binary, unary, the rich comparisons, getItem…), so a class's special
// methods answer `operator.add(a, b)` exactly as they answer `a + b`. itemgetter,
// attrgetter and methodcaller are in operatorGetters.ts.

import type { BinaryOperator } from '../../ast';
import { expectArgs, indexArg } from '../../runtime/args';
import { binary, unary } from '../../runtime/arith';
import { callValue } from '../../runtime/call';
import { contains, eq, order, richCompare } from '../../runtime/equality';
import { inplace } from '../../runtime/inplace';
import { PyInstance } from '../../runtime/objects';
import { typeError } from '../../runtime/state';
import { delItem, getItem, setItem } from '../../runtime/subscript';
import { truthy } from '../../runtime/truth';
import { Builtin, type Kwargs, type PyValue } from '../../runtime/values';
import { shared, type StdContext } from './context';
import { operatorGetters } from './operatorGetters';
import { operatorSequences } from './operatorSequences';

/** The operator functions take positional arguments only, as CPython's _operator does. */
function positional(name: string, n: number, args: readonly PyValue[], kw: Kwargs): void {
  if (kw !== null && kw.size > 0) throw typeError(`_operator.${name}() takes no keyword arguments`);
  expectArgs(name, args, n, n);
}

function fn1(name: string, f: (a: PyValue) => PyValue): [string, Builtin] {
  return [
    name,
    new Builtin(name, (args, kw) => {
      positional(name, 1, args, kw);
      return f(args[0]);
    }),
  ];
}

function fn2(name: string, f: (a: PyValue, b: PyValue) => PyValue): [string, Builtin] {
  return [
    name,
    new Builtin(name, (args, kw) => {
      positional(name, 2, args, kw);
      return f(args[0], args[1]);
    }),
  ];
}

/** `a op b` as the expression evaluates it: a special method's answer is returned as is. */
function comparing(op: '==' | '!=' | '<' | '<=' | '>' | '>=') {
  return (a: PyValue, b: PyValue): PyValue => {
    if (a instanceof PyInstance || b instanceof PyInstance) return richCompare(op, a, b);
    if (op === '==') return eq(a, b);
    if (op === '!=') return !eq(a, b);
    return order(op, a, b);
  };
}

const BINARY: [string, BinaryOperator][] = [
  ['add', '+'],
  ['sub', '-'],
  ['mul', '*'],
  ['truediv', '/'],
  ['floordiv', '//'],
  ['mod', '%'],
  ['pow', '**'],
  ['matmul', '@'],
  ['and_', '&'],
  ['or_', '|'],
  ['xor', '^'],
  ['lshift', '<<'],
  ['rshift', '>>'],
];

const COMPARISONS: [string, '==' | '!=' | '<' | '<=' | '>' | '>='][] = [
  ['eq', '=='],
  ['ne', '!='],
  ['lt', '<'],
  ['le', '<='],
  ['gt', '>'],
  ['ge', '>='],
];

export function operatorModule(s: StdContext): Map<string, PyValue> {
  const abs = shared(s, 'abs');
  const entries: [string, PyValue][] = [
    ...BINARY.map(([name, op]) => fn2(name, (a, b) => binary(op, a, b))),
    // `a += b`: in place for what changes in place (a list, a set, a class's __iadd__).
    ...BINARY.map(([name, op]) => fn2(`i${name.replace(/_$/, '')}`, (a, b) => inplace(op, a, b))),
    ...COMPARISONS.map(([name, op]) => fn2(name, comparing(op))),
    fn1('neg', (a) => unary('-', a)),
    fn1('pos', (a) => unary('+', a)),
    fn1('invert', (a) => unary('~', a)),
    fn1('inv', (a) => unary('~', a)),
    fn1('abs', (a) => callValue(abs, [a], null)),
    fn1('not_', (a) => !truthy(a)),
    fn1('truth', (a) => truthy(a)),
    fn1('index', (a) => indexArg(a)),
    fn2('is_', (a, b) => a === b),
    fn2('is_not', (a, b) => a !== b),
    fn2('getitem', (a, b) => getItem(a, b)),
    fn2('contains', (a, b) => contains(a, b)),
    fn2('delitem', (a, b) => (delItem(a, b), null)),
    [
      'setitem',
      new Builtin('setitem', (args, kw) => {
        positional('setitem', 3, args, kw);
        setItem(args[0], args[1], args[2]);
        return null;
      }),
    ],
  ];
  const m = new Map<string, PyValue>(entries);
  for (const [name, v] of operatorGetters()) m.set(name, v);
  for (const [name, v] of operatorSequences()) m.set(name, v);
  return m;
}
