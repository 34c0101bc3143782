// functools.update_wrapper(wrapper, wrapped) as CPython does it for any wrapper (a function,
// or a class-based decorator's instance: `functools.update_wrapper(self, func)`): each name
// in `assigned` that `wrapped` has is set on `wrapper`, each dict in `updated` is updated
// from `wrapped`'s, and `wrapper.__wrapped__` names `wrapped` (a name `wrapped` lacks, as a
// builtin's `__annotations__`, is skipped).

import { TgradError } from '../../errors';
import { callMethod, getAttr, setAttr } from '../../runtime/attributes';
import { iterate } from '../../runtime/iteration';
import { typeError } from '../../runtime/state';
import { typeName } from '../../runtime/typeName';
import { PyDict, PyTuple, type PyValue } from '../../runtime/values';

const ASSIGNED = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];
const UPDATED = ['__dict__'];

/** functools.WRAPPER_ASSIGNMENTS and WRAPPER_UPDATES. */
export const WRAPPER_CONSTANTS: [string, PyValue][] = [
  ['WRAPPER_ASSIGNMENTS', new PyTuple(ASSIGNED)],
  ['WRAPPER_UPDATES', new PyTuple(UPDATED)],
];

/** The attribute names of an `assigned`/`updated` argument, or the default when omitted. */
export function wrapperNames(v: PyValue | undefined, updated: boolean): string[] {
  if (v === undefined) return updated ? UPDATED : ASSIGNED;
  const names: string[] = [];
  const it = iterate(v);
  for (let x = it.next(); x !== undefined; x = it.next()) {
    if (typeof x !== 'string') {
      throw typeError(`attribute name must be string, not '${typeName(x)}'`);
    }
    names.push(x);
  }
  return names;
}

/** `getattr(o, name)`, or undefined where it raises AttributeError. */
function attributeOrMissing(o: PyValue, name: string): PyValue | undefined {
  try {
    return getAttr(o, name);
  } catch (e) {
    if (e instanceof TgradError && e.kind === 'AttributeError') return undefined;
    throw e;
  }
}

/** functools.update_wrapper: returns `wrapper`, given `wrapped`'s names and dict. */
export function updateWrapper(
  wrapper: PyValue,
  wrapped: PyValue,
  assigned: string[],
  updated: string[],
): PyValue {
  for (const name of assigned) {
    const v = attributeOrMissing(wrapped, name);
    if (v !== undefined) setAttr(wrapper, name, v);
  }
  for (const name of updated) {
    const into = getAttr(wrapper, name);
    callMethod(into, 'update', [attributeOrMissing(wrapped, name) ?? new PyDict()], null);
  }
  setAttr(wrapper, '__wrapped__', wrapped);
  return wrapper;
}
