// PEP 654's BaseExceptionGroup and ExceptionGroup: construction (CPython 3.11's __new__
// checks, and BaseExceptionGroup turning into ExceptionGroup when every part is an
// Exception), subgroup/split/derive, and the split that `except*` makes (compile/exceptStar.ts).

import { callMethod } from './attributes';
import { callValue } from './call';
import {
  BASE_EXCEPTION_GROUP,
  EXCEPTION_CLASSES,
  groupConstruction,
  isExceptionValue,
} from './exceptions';
import { PyExceptionGroupObject } from './exceptionGroupObject';
import { collect } from './iteration';
import { NativeMethod, newAttrs, PyClass, PyExceptionObject, PyInstance } from './objects';
import { fail, typeError } from './state';
import { typeName } from './repr';
import { truthy } from './truth';
import { PyFunction, PyRange, PyTuple, type PyValue } from './values';

const EXCEPTION = EXCEPTION_CLASSES.get('Exception')!;
const GROUP = EXCEPTION_CLASSES.get('ExceptionGroup')!;

/** PySequence_Check, for the kinds of value a program passes: not a set, dict or iterator. */
function isSequence(v: PyValue): boolean {
  if (Array.isArray(v) || v instanceof PyTuple || typeof v === 'string' || v instanceof PyRange) {
    return true;
  }
  return v instanceof PyInstance && v.cls.lookup('__getitem__') !== undefined;
}

/** BaseExceptionGroup.__new__(cls, message, exceptions), with its messages. */
function makeGroup(cls: PyClass, args: PyTuple): PyExceptionObject {
  const given = args.items;
  if (given.length !== 2) {
    throw typeError(
      `BaseExceptionGroup.__new__() takes exactly 2 arguments (${given.length} given)`,
    );
  }
  const [message, excs] = given;
  if (typeof message !== 'string') {
    throw typeError(
      `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`,
    );
  }
  if (!isSequence(excs)) throw typeError('second argument (exceptions) must be a sequence');
  const items = collect(excs);
  if (items.length === 0) {
    throw fail('ValueError', 'second argument (exceptions) must be a non-empty sequence');
  }
  let allExceptions = true;
  items.forEach((x, i) => {
    if (!(x instanceof PyExceptionObject)) {
      throw fail('ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
    }
    if (!x.cls.isSubclassOf(EXCEPTION)) allExceptions = false;
  });
  if (cls === BASE_EXCEPTION_GROUP) {
    if (allExceptions) cls = GROUP;
  } else if (cls === GROUP) {
    if (!allExceptions) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (!allExceptions && cls.isSubclassOf(EXCEPTION)) {
    throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  return new PyExceptionGroupObject(cls, newAttrs(), args, message, new PyTuple(items));
}
groupConstruction.make = makeGroup;

/** A new group of `excs` with `message`: BaseExceptionGroup(message, excs). */
export function newGroup(message: string, excs: PyValue): PyExceptionGroupObject {
  return makeGroup(BASE_EXCEPTION_GROUP, new PyTuple([message, excs])) as PyExceptionGroupObject;
}

function groupSelf(v: PyValue, what: string): PyExceptionGroupObject {
  if (!(v instanceof PyExceptionGroupObject)) {
    throw typeError(`descriptor '${what}' requires a 'BaseExceptionGroup' object`);
  }
  return v;
}

/** What split and subgroup match with: a predicate function, or exception classes. */
type Matcher = (e: PyExceptionObject) => boolean;

/** The exception class (or tuple of them) `t` as a matcher; null when it is neither. */
export function typeMatcher(t: PyValue): Matcher | null {
  if (t instanceof PyClass && isExceptionValue(t)) return (e) => e.cls.isSubclassOf(t);
  if (t instanceof PyTuple && t.items.every((x) => x instanceof PyClass && isExceptionValue(x))) {
    const classes = t.items as PyClass[];
    return (e) => classes.some((c) => e.cls.isSubclassOf(c));
  }
  return null;
}

function matcherOf(v: PyValue): Matcher {
  // CPython takes a function (PyFunction_Check: a def or a lambda), not any callable.
  if (v instanceof PyFunction) return (e) => truthy(callValue(v, [e], null));
  const m = typeMatcher(v);
  if (m === null)
    throw typeError('expected a function, exception type or tuple of exception types');
  return m;
}

/**
 * `group`'s subset `excs` (none: null): derive(excs) with the group's traceback, cause,
 * context and a copy of its notes, as CPython's exceptiongroup_subset.
 */
function subset(group: PyExceptionGroupObject, excs: PyValue[]): PyExceptionObject | null {
  if (excs.length === 0) return null;
  const made = callMethod(group, 'derive', [excs], null);
  if (!(made instanceof PyExceptionGroupObject)) {
    throw typeError('derive must return an instance of BaseExceptionGroup');
  }
  // The traceback: the error it was raised as (its position and frames), or the one set.
  made.raisedAs = group.raisedAs;
  made.explicitTraceback = group.explicitTraceback;
  made.context = group.context;
  made.cause = group.cause;
  // CPython sets the cause through PyException_SetCause, which suppresses the context.
  made.suppressContext = true;
  const notes = group.attrs.__notes__;
  if (Array.isArray(notes)) made.attrs.__notes__ = notes.slice();
  return made;
}

export interface SplitResult {
  match: PyExceptionObject | null;
  rest: PyExceptionObject | null;
}

/** CPython's exceptiongroup_split_recursive: the matching leaves and groups, and the rest. */
export function splitGroup(e: PyExceptionObject, matcher: Matcher, withRest: boolean): SplitResult {
  if (matcher(e)) return { match: e, rest: null };
  if (!(e instanceof PyExceptionGroupObject)) return { match: null, rest: withRest ? e : null };
  const matched: PyValue[] = [];
  const rest: PyValue[] = [];
  for (const x of e.exceptions.items) {
    const part = splitGroup(x as PyExceptionObject, matcher, withRest);
    if (part.match !== null) matched.push(part.match);
    if (part.rest !== null) rest.push(part.rest);
  }
  return { match: subset(e, matched), rest: withRest ? subset(e, rest) : null };
}

/** The leaf exceptions of a group (an exception that is no group is its own leaf). */
export function leavesOf(e: PyExceptionObject, into: Set<PyExceptionObject>): void {
  if (!(e instanceof PyExceptionGroupObject)) {
    into.add(e);
    return;
  }
  for (const x of e.exceptions.items) leavesOf(x as PyExceptionObject, into);
}

const METHODS: [string, (g: PyExceptionGroupObject, args: PyValue[]) => PyValue][] = [
  [
    'derive',
    (g, args) => {
      if (args.length !== 1) {
        throw typeError(
          `BaseExceptionGroup.derive() takes exactly one argument (${args.length} given)`,
        );
      }
      return newGroup(g.message, args[0]);
    },
  ],
  ['subgroup', (g, args) => splitGroup(g, matcherOf(oneArg('subgroup', args)), false).match],
  [
    'split',
    (g, args) => {
      const r = splitGroup(g, matcherOf(oneArg('split', args)), true);
      return new PyTuple([r.match, r.rest]);
    },
  ],
];

function oneArg(name: string, args: PyValue[]): PyValue {
  if (args.length !== 1) {
    throw typeError(
      `BaseExceptionGroup.${name}() takes exactly one argument (${args.length} given)`,
    );
  }
  return args[0];
}

for (const [name, run] of METHODS) {
  BASE_EXCEPTION_GROUP.dict.set(
    name,
    new NativeMethod(name, 'BaseExceptionGroup', (self: PyValue, args) =>
      run(groupSelf(self, name), args),
    ),
  );
}
