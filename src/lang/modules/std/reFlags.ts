// re.RegexFlag: the flags as an IntFlag, as CPython's (`re.I == 2`, `int(re.I)`, `re.I | re.M`),
// shown as the module's names: `re.IGNORECASE`, `re.IGNORECASE|re.MULTILINE`, `re.NOFLAG`.

import { NativeMethod, type PyInstance } from '../../runtime/objects';
import type { PyClass } from '../../runtime/objects';
import { Builtin, type PyValue } from '../../runtime/values';
import { INT_FLAG } from './enum';
import { ENUM_META, flagComposite, isMember, memberName, memberValue } from './enumType';
import { RE_FLAGS } from './reTranslate';

/** The members in CPython's definition order (the order a composite lists its names in). */
const DEFINITION_ORDER = [
  'ASCII',
  'IGNORECASE',
  'LOCALE',
  'UNICODE',
  'MULTILINE',
  'DOTALL',
  'VERBOSE',
  'TEMPLATE',
  'DEBUG',
] as const;

/** `re.IGNORECASE|re.MULTILINE`; no flag at all is `re.NOFLAG`. */
function flagText(m: PyInstance): string {
  const name = memberName(m) as string | null;
  if (name === null) {
    const bits = memberValue(m) as bigint;
    return bits === 0n ? 're.NOFLAG' : `re.RegexFlag(${bits})`;
  }
  // Bits no flag names are in hex already (`_numeric_repr_`): `re.IGNORECASE|0x400`.
  return name
    .split('|')
    .map((n) => (n.startsWith('0x') ? n : `re.${n}`))
    .join('|');
}

let regexFlag: PyClass | null = null;

/** The RegexFlag class, made once (its members keep their identity: `re.I is re.I`). */
export function regexFlagClass(): PyClass {
  if (regexFlag !== null) return regexFlag;
  const ns = new Map<string, PyValue>([
    ['__module__', 're'],
    ['__repr__', new NativeMethod('__repr__', 'RegexFlag', flagText as never)],
    ['__str__', new NativeMethod('__str__', 'RegexFlag', flagText as never)],
    ['_numeric_repr_', new Builtin('hex', ([v]) => `0x${(v as bigint).toString(16)}`)],
  ]);
  for (const name of DEFINITION_ORDER) ns.set(name, BigInt(RE_FLAGS[name]));
  regexFlag = ENUM_META.create!('RegexFlag', [INT_FLAG], ns);
  return regexFlag;
}

/** `re.NOFLAG`: RegexFlag(0). */
export function noFlag(): PyInstance {
  return flagComposite(regexFlagClass(), 0n)!;
}

/** The int a `flags` argument stands for when it is a RegexFlag (or another int member). */
export function flagBits(v: PyValue): PyValue {
  return isMember(v) ? memberValue(v) : v;
}
