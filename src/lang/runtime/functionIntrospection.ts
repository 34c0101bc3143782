// A function's closure and code as CPython shows them to a program that looks inside a
// closure: `f.__closure__` (a tuple of cells, one per free variable, or None) with each
// cell's `cell_contents`, and `f.__code__` with the names a lesson on closures reads
// (`co_name`, `co_qualname`, `co_freevars`, `co_argcount`…). CPython orders free variables
// by name; tgrad's closure keeps the order the compiler found them in, so both are sorted.

import { PyInstance, PyProperty, newAttrs, type PyClass } from './objects';
import { fail } from './state';
import { builtinClass } from './types';
import { Builtin, Cell, PyFunction, PyTuple, type FunctionCode, type PyValue } from './values';

/** A cell object: a view of one of the function's closure cells. */
class PyCellObject extends PyInstance {
  constructor(
    cls: PyClass,
    readonly cell: Cell,
  ) {
    super(cls, newAttrs());
  }
}

let cellClass: PyClass | null = null;

function cellType(): PyClass {
  if (cellClass !== null) return cellClass;
  const cls = builtinClass('cell');
  const read = new Builtin('cell_contents', (args) => {
    const self = args[0];
    const v = self instanceof PyCellObject ? self.cell.v : undefined;
    if (v === undefined) throw fail('ValueError', 'Cell is empty');
    return v;
  });
  cls.dict.set('cell_contents', new PyProperty(read, null, null, null, 'cell_contents'));
  return (cellClass = cls);
}

// One cell object per cell and one code object per compiled function, as CPython keeps them:
// `f.__closure__[0] is f.__closure__[0]`.
const cellObjects = new WeakMap<Cell, PyCellObject>();
const codeObjects = new WeakMap<FunctionCode, PyInstance>();

/** The closure's indices in CPython's order (sorted by the free variables' names). */
function sortedFreeIndices(code: FunctionCode): number[] {
  const names = code.freeNames ?? [];
  return names
    .map((_, i) => i)
    .sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
}

/** `f.__closure__`: None for a function without free variables. */
export function closureOf(f: PyFunction): PyValue {
  if (f.closure.length === 0) return null;
  const cells = sortedFreeIndices(f.code).map((i) => {
    const cell = f.closure[i];
    let o = cellObjects.get(cell);
    if (o === undefined) cellObjects.set(cell, (o = new PyCellObject(cellType(), cell)));
    return o;
  });
  return new PyTuple(cells);
}

/** `f.__code__`: the code object's names and counts. */
export function codeOf(f: PyFunction): PyInstance {
  const code = f.code;
  const known = codeObjects.get(code);
  if (known !== undefined) return known;
  const o = new PyInstance(builtinClass('code'), newAttrs());
  const names = code.freeNames ?? [];
  const attrs = o.attrs;
  attrs.co_name = code.name;
  attrs.co_qualname = code.qualname;
  attrs.co_freevars = new PyTuple(sortedFreeIndices(code).map((i) => names[i]));
  attrs.co_argcount = BigInt(code.params.length);
  attrs.co_posonlyargcount = BigInt(code.posonly ?? 0);
  attrs.co_kwonlyargcount = BigInt(code.kwonly.length);
  codeObjects.set(code, o);
  return o;
}
