// Calls of a user function with up to three positional arguments whose frame is made
// at its final size in one allocation. A frame grown from the argument array by push would
// be copied into a store with room for 17 slots; these literals keep frames packed and
// exact, which matters when every graph node costs a call of `__mul__` or `__init__`.

import { callFunction, runFrame } from './call';
import type { Frame, PyFunction, PyValue } from './values';

/** True when a call with `n` positional arguments binds them to the first `n` slots. */
function plain(fn: PyFunction, n: number): boolean {
  const code = fn.code;
  return code.simple && code.params.length === n;
}

function frame0(size: number): Frame {
  switch (size) {
    case 0:
      return [];
    case 1:
      return [undefined];
    case 2:
      return [undefined, undefined];
    case 3:
      return [undefined, undefined, undefined];
    case 4:
      return [undefined, undefined, undefined, undefined];
  }
  const f: Frame = [];
  for (let i = 0; i < size; i++) f.push(undefined);
  return f;
}

function frame1(a: PyValue, size: number): Frame {
  switch (size) {
    case 1:
      return [a];
    case 2:
      return [a, undefined];
    case 3:
      return [a, undefined, undefined];
    case 4:
      return [a, undefined, undefined, undefined];
    case 5:
      return [a, undefined, undefined, undefined, undefined];
    case 6:
      return [a, undefined, undefined, undefined, undefined, undefined];
  }
  const f: Frame = [a];
  for (let i = 1; i < size; i++) f.push(undefined);
  return f;
}

function frame2(a: PyValue, b: PyValue, size: number): Frame {
  switch (size) {
    case 2:
      return [a, b];
    case 3:
      return [a, b, undefined];
    case 4:
      return [a, b, undefined, undefined];
    case 5:
      return [a, b, undefined, undefined, undefined];
    case 6:
      return [a, b, undefined, undefined, undefined, undefined];
    case 7:
      return [a, b, undefined, undefined, undefined, undefined, undefined];
  }
  const f: Frame = [a, b];
  for (let i = 2; i < size; i++) f.push(undefined);
  return f;
}

function frame3(a: PyValue, b: PyValue, c: PyValue, size: number): Frame {
  switch (size) {
    case 3:
      return [a, b, c];
    case 4:
      return [a, b, c, undefined];
    case 5:
      return [a, b, c, undefined, undefined];
    case 6:
      return [a, b, c, undefined, undefined, undefined];
    case 7:
      return [a, b, c, undefined, undefined, undefined, undefined];
  }
  const f: Frame = [a, b, c];
  for (let i = 3; i < size; i++) f.push(undefined);
  return f;
}

export function call0(fn: PyFunction): PyValue {
  if (!plain(fn, 0)) return callFunction(fn, [], null);
  return runFrame(fn, frame0(fn.code.frameSize));
}

export function call1(fn: PyFunction, a: PyValue): PyValue {
  if (!plain(fn, 1)) return callFunction(fn, [a], null);
  return runFrame(fn, frame1(a, fn.code.frameSize));
}

export function call2(fn: PyFunction, a: PyValue, b: PyValue): PyValue {
  if (!plain(fn, 2)) return callFunction(fn, [a, b], null);
  return runFrame(fn, frame2(a, b, fn.code.frameSize));
}

export function call3(fn: PyFunction, a: PyValue, b: PyValue, c: PyValue): PyValue {
  if (!plain(fn, 3)) return callFunction(fn, [a, b, c], null);
  return runFrame(fn, frame3(a, b, c, fn.code.frameSize));
}
