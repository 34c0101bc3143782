// Who is told about writes to a user Value-like's `grad` (the backward stepper records a
// user's own backward() this way). Null except while recording: every other run pays one
// null check per store to a `.grad` attribute of an instance, nothing more.
import type { PyInstance } from './objects';
import type { PyValue } from './values';

export type GradWriteListener = (
  node: PyInstance,
  before: PyValue | undefined,
  after: PyValue,
  site: number,
) => void;

export const gradWatch: { listener: GradWriteListener | null } = { listener: null };
