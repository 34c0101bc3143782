// functools.update_wrapper(wrapper, wrapped, assigned, updated) as CPython writes it in
// Python: each name of `assigned` that `wrapped` has is set on `wrapper`, each dict named by
// `updated` is updated from wrapped's, and `wrapper.__wrapped__` names `wrapped`. It works on
// any object (a class-based decorator's instance), where wraps() is for functions.

import { bindArgs } from '../../runtime/args';
import { callMethod, getAttr, setAttr } from '../../runtime/attributes';
import { collect } from '../../runtime/iteration';
import { typeError } from '../../runtime/state';
import { typeName } from '../../runtime/typeName';
import { Builtin, PyDict, PyTuple, type PyValue } from '../../runtime/values';

const ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];
const UPDATES = ['__dict__'];

export const WRAPPER_ASSIGNMENTS = new PyTuple(ASSIGNMENTS);
export const WRAPPER_UPDATES = new PyTuple(UPDATES);

function isAttributeError(e: unknown): boolean {
  return e instanceof Error && (e as { kind?: string }).kind === 'AttributeError';
}

function names(v: PyValue): string[] {
  return collect(v).map((n) => {
    if (typeof n !== 'string') {
      throw typeError(`attribute name must be string, not '${typeName(n)}'`);
    }
    return n;
  });
}

export function updateWrapper(
  wrapper: PyValue,
  wrapped: PyValue,
  assigned: string[] = ASSIGNMENTS,
  updated: string[] = UPDATES,
): PyValue {
  for (const attr of assigned) {
    let value: PyValue;
    try {
      value = getAttr(wrapped, attr);
    } catch (e) {
      if (isAttributeError(e)) continue;
      throw e;
    }
    setAttr(wrapper, attr, value);
  }
  for (const attr of updated) {
    let from: PyValue;
    try {
      from = getAttr(wrapped, attr);
    } catch (e) {
      if (!isAttributeError(e)) throw e;
      from = new PyDict();
    }
    callMethod(getAttr(wrapper, attr), 'update', [from], null);
  }
  setAttr(wrapper, '__wrapped__', wrapped);
  return wrapper;
}

export const UPDATE_WRAPPER = new Builtin('update_wrapper', (args, kw) => {
  const [wrapper, wrapped, assigned, updated] = bindArgs(
    'update_wrapper',
    ['wrapper', 'wrapped', 'assigned', 'updated'],
    2,
    args,
    kw,
  );
  return updateWrapper(
    wrapper!,
    wrapped!,
    assigned === undefined ? ASSIGNMENTS : names(assigned),
    updated === undefined ? UPDATES : names(updated),
  );
});
