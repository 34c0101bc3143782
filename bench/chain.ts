// backward of a 1,000,000-node chain, and the memory one node costs.

import { Value } from '../src/engine/value';
import { timeMillis } from './stats';

export function chain(length: number): Value {
  const x = new Value(1);
  let v = x;
  for (let i = 0; i < length; i++) v = v.mul(1.0000001);
  return v;
}

export function chainBackwardMillis(length: number): number {
  const root = chain(length);
  return timeMillis(() => root.backward());
}

/** Heap bytes per Value, measured with a full GC before and after (needs --expose-gc). */
export function bytesPerNode(count: number): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return null;
  gc();
  const before = process.memoryUsage().heapUsed;
  const leaves = [new Value(0.5), new Value(1.5)];
  let v = leaves[0];
  for (let i = 0; i < count; i++) v = v.add(leaves[i & 1]);
  v.backward();
  gc();
  const after = process.memoryUsage().heapUsed;
  // keep the graph alive until after the measurement
  if (v.data === 42) console.log('');
  return (after - before) / count;
}
