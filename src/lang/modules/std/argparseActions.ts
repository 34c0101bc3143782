// argparse's arguments: what `add_argument(...)` describes (an Action: its option strings,
// where it stores, how many command-line words it takes, its type, choices, default, help),
// checked as CPython checks the call, and the Action object the call returns.

import { isCallable } from '../../runtime/call';
import { EXCEPTION_CLASSES, makeExceptionObject, errorFor } from '../../runtime/exceptions';
import { c3, NativeMethod, newAttrs, PyClass, PyInstance } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { typeError, valueError } from '../../runtime/state';
import { builtinClass, OBJECT } from '../../runtime/types';
import type { TgradError } from '../../errors';
import { PyTuple, type Kwargs, type PyValue } from '../../runtime/values';

/** argparse.SUPPRESS: a default or help that hides the argument. */
export const SUPPRESS = '==SUPPRESS==';

/** How many words an argument takes: one (null), '?', '*', '+', or exactly n. */
export type Nargs = null | '?' | '*' | '+' | number;

export type ActionKind =
  | 'store'
  | 'store_const'
  | 'store_true'
  | 'store_false'
  | 'append'
  | 'append_const'
  | 'extend'
  | 'count'
  | 'help'
  | 'version';

/** One argument of a parser (CPython's Action), as add_argument made it. */
export interface Action {
  kind: ActionKind;
  optionStrings: string[];
  dest: string;
  nargs: Nargs;
  const: PyValue;
  default: PyValue;
  type: PyValue;
  choices: PyValue;
  required: boolean;
  help: PyValue;
  metavar: PyValue;
  version: PyValue;
  /** The Action object add_argument returned (its attributes are a copy, for reading). */
  object: PyInstance | null;
}

/** The class each kind's Action object has, and the keywords its __init__ takes. */
const KINDS: Record<ActionKind, [string, readonly string[]]> = {
  store: [
    '_StoreAction',
    ['nargs', 'const', 'default', 'type', 'choices', 'required', 'help', 'metavar'],
  ],
  store_const: ['_StoreConstAction', ['const', 'default', 'required', 'help', 'metavar']],
  store_true: ['_StoreTrueAction', ['default', 'required', 'help']],
  store_false: ['_StoreFalseAction', ['default', 'required', 'help']],
  append: [
    '_AppendAction',
    ['nargs', 'const', 'default', 'type', 'choices', 'required', 'help', 'metavar'],
  ],
  append_const: ['_AppendConstAction', ['const', 'default', 'required', 'help', 'metavar']],
  extend: [
    '_ExtendAction',
    ['nargs', 'const', 'default', 'type', 'choices', 'required', 'help', 'metavar'],
  ],
  count: ['_CountAction', ['default', 'required', 'help']],
  help: ['_HelpAction', ['default', 'help']],
  version: ['_VersionAction', ['version', 'default', 'help']],
};

const REPR_FIELDS = [
  'option_strings',
  'dest',
  'nargs',
  'const',
  'default',
  'type',
  'choices',
  'required',
  'help',
  'metavar',
];

function actionClass(name: string): PyClass {
  const cls = new PyClass(name, [OBJECT], new Map<string, PyValue>([['__module__', 'argparse']]));
  cls.mro = c3(cls, [OBJECT])!;
  cls.dict.set(
    '__repr__',
    new NativeMethod('__repr__', name, (self: PyInstance) => {
      const parts = REPR_FIELDS.map((f) => `${f}=${repr(self.attrs[f] ?? null)}`);
      return `${name}(${parts.join(', ')})`;
    }),
  );
  return cls;
}

const ACTION_CLASSES = new Map<string, PyClass>(
  Object.values(KINDS).map(([name]) => [name, actionClass(name)]),
);

/** argparse.ArgumentError and ArgumentTypeError. */
export const ARGUMENT_ERROR = builtinClass('ArgumentError', EXCEPTION_CLASSES.get('Exception')!);
ARGUMENT_ERROR.dict.set('__module__', 'argparse');
export const ARGUMENT_TYPE_ERROR = builtinClass(
  'ArgumentTypeError',
  EXCEPTION_CLASSES.get('Exception')!,
);
ARGUMENT_TYPE_ERROR.dict.set('__module__', 'argparse');

/** The name an error message gives an argument: `--lr/-l`, a metavar, or the dest. */
export function actionName(a: Action): string | null {
  if (a.optionStrings.length > 0) return a.optionStrings.join('/');
  if (typeof a.metavar === 'string' && a.metavar !== SUPPRESS) return a.metavar;
  if (a.dest !== SUPPRESS) return a.dest;
  return null;
}

/** An argparse.ArgumentError about `a` (or about the parse when `a` is null). */
export function argumentError(a: Action | null, message: string): TgradError {
  const name = a === null ? null : actionName(a);
  const text = name === null ? message : `argument ${name}: ${message}`;
  const obj = makeExceptionObject(ARGUMENT_ERROR, new PyTuple([text]));
  const err = errorFor(obj);
  err.message = text;
  return err;
}

function nargsOf(v: PyValue | undefined): Nargs {
  if (v === undefined || v === null) return null;
  if (v === '?' || v === '*' || v === '+') return v;
  if (typeof v === 'bigint') return Number(v);
  throw valueError('invalid nargs value');
}

/** The option strings and dest of `add_argument(*names, dest=…)`. */
function namesOf(names: PyValue[], kw: Map<string, PyValue>): { options: string[]; dest: string } {
  for (const n of names) {
    if (typeof n !== 'string') throw typeError(`'${repr(n)}' is not a valid option string`);
  }
  const strs = names as string[];
  if (strs.length === 0 || (strs.length === 1 && !strs[0].startsWith('-'))) {
    const dest = strs[0];
    if (dest === undefined) throw typeError('add_argument() missing required argument');
    if (kw.has('dest')) throw valueError('dest supplied twice for positional argument');
    return { options: [], dest };
  }
  for (const s of strs) {
    if (!s.startsWith('-')) {
      throw valueError(`invalid option string ${repr(s)}: must start with a character '-'`);
    }
  }
  const given = kw.get('dest');
  if (given !== undefined && given !== null) return { options: strs, dest: String(given) };
  const long = strs.find((s) => s.startsWith('--')) ?? strs[0];
  const dest = long.replace(/^-+/, '').replace(/-/g, '_');
  if (dest === '') throw valueError(`dest= is required for options like ${repr(strs[0])}`);
  return { options: strs, dest };
}

/** The Action `add_argument(*names, **kw)` describes, checked as CPython checks it. */
export function makeAction(
  names: PyValue[],
  kw: Kwargs,
  parserDefault: (dest: string) => PyValue | undefined,
): Action {
  const k = new Map(kw ?? []);
  const { options, dest } = namesOf(names, k);
  k.delete('dest');
  const actionName = k.get('action') ?? 'store';
  k.delete('action');
  if (typeof actionName !== 'string' || !(actionName in KINDS)) {
    throw valueError(
      `unknown action "${typeof actionName === 'string' ? actionName : repr(actionName)}"`,
    );
  }
  const kind = actionName as ActionKind;
  const [clsName, allowed] = KINDS[kind];
  if (options.length === 0 && k.has('required')) {
    throw typeError("'required' is an invalid argument for positionals");
  }
  for (const key of k.keys()) {
    if (!allowed.includes(key)) {
      throw typeError(`${clsName}.__init__() got an unexpected keyword argument '${key}'`);
    }
  }
  const zeroArgs = kind !== 'store' && kind !== 'append' && kind !== 'extend';
  const nargs = zeroArgs ? 0 : nargsOf(k.get('nargs'));
  if (!zeroArgs && nargs === 0) {
    throw valueError(
      `nargs for ${kind === 'store' ? 'store' : 'append'} actions must be != 0; if you have nothing to ${kind === 'store' ? 'store' : 'append'}, actions such as ${kind === 'store' ? 'store true or store const' : 'append const'} may be more appropriate`,
    );
  }
  let dflt = k.get('default');
  if (dflt === undefined) dflt = parserDefault(dest);
  if (dflt === undefined) {
    dflt =
      kind === 'store_true'
        ? false
        : kind === 'store_false'
          ? true
          : kind === 'help' || kind === 'version'
            ? SUPPRESS
            : null;
  }
  const type = k.get('type') ?? null;
  if (type !== null && !isCallable(type)) throw valueError(`${repr(type)} is not callable`);
  let required = k.get('required');
  if (options.length === 0) {
    required = nargs !== '?' && (nargs !== '*' || !k.has('default'));
  }
  const action: Action = {
    kind,
    optionStrings: options,
    dest,
    nargs,
    const: kind === 'store_true' ? true : kind === 'store_false' ? false : (k.get('const') ?? null),
    default: dflt,
    type,
    choices: k.get('choices') ?? null,
    required: required === true,
    help:
      k.get('help') ??
      (kind === 'help'
        ? 'show this help message and exit'
        : kind === 'version'
          ? "show program's version number and exit"
          : null),
    metavar: k.get('metavar') ?? null,
    version: k.get('version') ?? null,
    object: null,
  };
  action.object = actionObject(action, clsName);
  return action;
}

function actionObject(a: Action, clsName: string): PyInstance {
  const o = new PyInstance(ACTION_CLASSES.get(clsName)!, newAttrs());
  Object.assign(o.attrs, {
    option_strings: [...a.optionStrings],
    dest: a.dest,
    nargs: typeof a.nargs === 'number' ? BigInt(a.nargs) : a.nargs,
    const: a.const,
    default: a.default,
    type: a.type,
    choices: a.choices,
    required: a.required,
    help: a.help,
    metavar: a.metavar,
  });
  return o;
}

/** CPython's check that no two arguments share an option string. */
export function checkConflicts(existing: readonly Action[], a: Action): void {
  const taken = a.optionStrings.filter((s) => existing.some((e) => e.optionStrings.includes(s)));
  if (taken.length === 0) return;
  const noun = taken.length === 1 ? 'option string' : 'option strings';
  throw argumentError(a, `conflicting ${noun}: ${taken.join(', ')}`);
}
