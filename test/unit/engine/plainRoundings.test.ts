import * as assert from 'node:assert/strict';
import { seededStream as stream } from './fixtures/seededStream';
import { glibcExp } from '../../../src/engine/math/glibcExp';
import { glibcLog } from '../../../src/engine/math/glibcLog';
import { glibcPowPositive } from '../../../src/engine/math/glibcPow';
import { plainExp, plainLog, plainPowPositive } from '../../../src/engine/math/plainRoundings';

describe("glibc's exp, pow and log by plain roundings when the last rounding is certain (plainRoundings.ts)", () => {
  it('gives the fused steps’ exact bits for e^x whenever it answers, and answers for most x', () => {
    const next = stream(7);
    const n = 100_000;
    let answered = 0;
    for (let i = 0; i < n; i++) {
      const x = i % 2 === 0 ? (next() - 0.5) * 1000 : (next() - 0.5) * 8;
      const quick = plainExp(x, 0);
      if (Number.isNaN(quick)) continue;
      answered++;
      assert.ok(Object.is(quick, glibcExp(x)), `exp(${x})`);
    }
    assert.ok(answered > 0.8 * n, `only ${answered} of ${n}`);
  });

  it('gives the fused steps’ exact bits for x ** y whenever it answers, and answers for most', () => {
    const next = stream(11);
    const n = 100_000;
    let answered = 0;
    for (let i = 0; i < n; i++) {
      const x = i % 2 === 0 ? Math.exp((next() - 0.5) * 100) : 1 + (next() - 0.5) * 1e-3;
      const y = i % 3 === 0 ? Math.round((next() - 0.5) * 16) : (next() - 0.5) * 20;
      const quick = plainPowPositive(x, y);
      if (Number.isNaN(quick)) continue;
      answered++;
      assert.ok(Object.is(quick, glibcPowPositive(x, y)), `${x} ** ${y}`);
    }
    assert.ok(answered > 0.75 * n, `only ${answered} of ${n}`);
  });

  it('gives the fused steps’ exact bits for ln x whenever it answers, and answers for most x', () => {
    const next = stream(13);
    const n = 100_000;
    let answered = 0;
    for (let i = 0; i < n; i++) {
      const x = i % 2 === 0 ? Math.exp((next() - 0.5) * 1400) : next() * 4;
      const quick = plainLog(x);
      if (Number.isNaN(quick)) continue;
      answered++;
      assert.ok(Object.is(quick, glibcLog(x)), `log(${x})`);
    }
    assert.ok(answered > 0.75 * n, `only ${answered} of ${n}`);
  });

  it('leaves tiny and huge arguments, and subnormal bases, to the fused steps', () => {
    assert.ok(Number.isNaN(plainExp(1e-20, 0)));
    assert.ok(Number.isNaN(plainExp(600, 0)));
    assert.ok(Number.isNaN(plainExp(-600, 0)));
    assert.ok(Number.isNaN(plainPowPositive(1e-310, 2.5)));
    assert.ok(Number.isNaN(plainPowPositive(10, 400)));
    assert.ok(Number.isNaN(plainPowPositive(1, 3)));
    assert.ok(Number.isNaN(plainLog(1.01)));
    assert.ok(Number.isNaN(plainLog(5e-324)));
  });
});
