// bisect: binary search in a sorted sequence, and insertion that keeps it sorted. Items are
// read with the program's own `a[i]` and compared with its own `<`, so any sequence and any
// ordered class work as they do in Python.

import { bindBuiltin, indexArg } from '../../runtime/args';
import { callMethod } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { order } from '../../runtime/equality';
import { fail, typeError } from '../../runtime/state';
import { getItem } from '../../runtime/subscript';
import { Builtin, type Kwargs, type PyValue } from '../../runtime/values';
import { length } from '../../builtins/lengthAndRange';

const PARAMS = ['a', 'x', 'lo', 'hi', 'key'];

interface Search {
  a: PyValue;
  x: PyValue;
  lo: number;
  hi: number;
  key: PyValue;
}

/** bisect_*(a, x, lo=0, hi=None, *, key=None), with the C module's checks and wording. */
function bindSearch(fname: string, args: PyValue[], kw: Kwargs): Search {
  if (args.length > 4) {
    throw typeError(`${fname}() takes at most 4 positional arguments (${args.length} given)`);
  }
  const [a, x, lo, hi, key] = bindBuiltin(fname, PARAMS, 2, args, kw);
  const low = lo === undefined ? 0 : Number(indexArg(lo));
  if (low < 0) throw fail('ValueError', 'lo must be non-negative');
  // None (or -1, the C code's own marker for "not given") means the whole sequence.
  let high = hi === undefined || hi === null ? -1 : Number(indexArg(hi));
  if (high === -1) high = Number(length(a!));
  return { a: a!, x: x!, lo: low, hi: high, key: key ?? null };
}

/** The first index where x could go: after the items < x (left) or <= x (right). */
function search(s: Search, right: boolean, x: PyValue = s.x): number {
  let { lo, hi } = s;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = getItem(s.a, BigInt(mid));
    if (s.key !== null) item = callValue(s.key, [item], null);
    const goRight = right ? !order('<', x, item) : order('<', item, x);
    if (goRight) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function bisectFunction(right: boolean): Builtin {
  const fname = right ? 'bisect_right' : 'bisect_left';
  return new Builtin(fname, (args, kw) => BigInt(search(bindSearch(fname, args, kw), right)));
}

function insortFunction(right: boolean): Builtin {
  const fname = right ? 'insort_right' : 'insort_left';
  return new Builtin(fname, (args, kw) => {
    const s = bindSearch(fname, args, kw);
    // With a key, the new item is placed by its key, as the items are.
    const probe = s.key === null ? s.x : callValue(s.key, [s.x], null);
    const at = search(s, right, probe);
    if (Array.isArray(s.a)) s.a.splice(at, 0, s.x);
    else callMethod(s.a, 'insert', [BigInt(at), s.x], null);
    return null;
  });
}

export function bisectModule(): Map<string, PyValue> {
  const bisectRight = bisectFunction(true);
  const insortRight = insortFunction(true);
  return new Map<string, PyValue>([
    ['bisect_left', bisectFunction(false)],
    ['bisect_right', bisectRight],
    ['bisect', bisectRight],
    ['insort_left', insortFunction(false)],
    ['insort_right', insortRight],
    ['insort', insortRight],
  ]);
}
