// A dataclass without a docstring gets its `__init__` signature as `__doc__`, as CPython
// writes it with inspect: `Value(data: float, grad: float = 0.0)`.

import { typeArgRepr } from '../../runtime/typeForms';
import { PyClass, type PyInstance } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { PyTypeForm, type PyValue } from '../../runtime/values';
import { fieldAttr, fieldFlag, fieldName, MISSING } from './dataclassFields';

/** An annotation as inspect shows it: `float`, `__main__.Node`, `List[int]`, `'Value'`. */
export function annotationText(t: PyValue): string {
  if (t instanceof PyClass) return typeArgRepr(t);
  // typing's objects show without their module.
  if (t instanceof PyTypeForm && t.kind === 'typing') return repr(t).replace(/typing\./g, '');
  return repr(t);
}

/** `Name(a: int, b: str = 'x', *, c: float = <factory>)`. */
export function signatureDoc(
  className: string,
  initFields: readonly PyInstance[],
  init: boolean,
): string {
  if (!init) return `${className}()`;
  const parts: string[] = [];
  let starred = false;
  for (const f of initFields) {
    if (!fieldFlag(f, 'init')) continue;
    if (fieldFlag(f, 'kw_only') && !starred) {
      parts.push('*');
      starred = true;
    }
    let text = `${fieldName(f)}: ${annotationText(fieldAttr(f, 'type'))}`;
    if (fieldAttr(f, 'default_factory') !== MISSING) text += ' = <factory>';
    else if (fieldAttr(f, 'default') !== MISSING) text += ` = ${repr(fieldAttr(f, 'default'))}`;
    parts.push(text);
  }
  return `${className}(${parts.join(', ')})`;
}
