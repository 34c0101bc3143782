// The compiled form of a cell: every node becomes a JS closure over its children's closures.
// An expression evaluates to its value, a statement returns a completion code (runtime/
// completion.ts), and an assignment target stores a value.

import type { Frame, PyValue } from '../runtime/values';

export type Ev = (f: Frame) => PyValue;
export type Ex = (f: Frame) => number;
export type Store = (f: Frame, v: PyValue) => void;
