import * as assert from 'node:assert/strict';
import { floatRepr, formatFloat } from '../../../src/lang/format';

// f-strings run inside training loops (`f"{loss.data:.4f}"`); a regression to the BigInt
// path (or to per-call spec parsing) shows here. Measured about 0.2 µs; the bound leaves
// room for a busy machine.

function nsPerCall(fn: (i: number) => string): number {
  const n = 200_000;
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = process.hrtime.bigint();
    let sink = 0;
    for (let i = 0; i < n; i++) sink += fn(i).length;
    best = Math.min(best, Number(process.hrtime.bigint() - start) / n);
    assert.ok(sink > 0);
  }
  return best;
}

describe('format: speed of the hot paths', () => {
  const losses = Array.from({ length: 1024 }, (_, i) => 0.9 / (1 + i) + i * 1e-7);

  it("formatFloat(x, '.4f') and floatRepr(x) cost well under 2 µs", () => {
    const fixed = nsPerCall((i) => formatFloat(losses[i & 1023], '.4f'));
    const repr = nsPerCall((i) => floatRepr(losses[i & 1023]));
    assert.ok(fixed < 2000, `formatFloat '.4f': ${fixed.toFixed(0)} ns per call`);
    assert.ok(repr < 2000, `floatRepr: ${repr.toFixed(0)} ns per call`);
  });
});
