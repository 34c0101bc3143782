// src/engine/math returns the double nearest to the true sin and cos, checked against
// test/conformance/correctly-rounded.json (worked out at 120 digits by
// generate-correctly-rounded.py), and glibc's own exp, log and pow (the json's last column),
// which CPython prints. V8's Math functions miss these for several percent of arguments.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Value } from '../../../src/engine';
import { cos, exp, log, pow, sin } from '../../../src/engine/math';

type Cases = Record<'exp' | 'log' | 'pow' | 'sin' | 'cos', string[][]>;

const cases = JSON.parse(
  readFileSync(join(__dirname, '../../../../test/conformance/correctly-rounded.json'), 'utf8'),
) as Cases;

/** Python's float.hex() text as a number. */
function fromHex(text: string): number {
  const m = /^(-?)0x([01])\.([0-9a-f]*)p([+-]\d+)$/.exec(text);
  if (m === null) throw new Error(`not a float.hex(): ${text}`);
  const mantissa = parseInt(m[2] + m[3], 16) / 16 ** m[3].length;
  const value = mantissa * 2 ** Number(m[4]);
  return m[1] === '-' ? -value : value;
}

const functions: Record<keyof Cases, (...args: number[]) => number> = { exp, log, pow, sin, cos };

/** The functions computed as glibc computes them rather than correctly rounded. */
const GLIBC_EXACT = new Set<keyof Cases>(['exp', 'log', 'pow']);

describe("correctly rounded sin, cos and glibc's exp, log, pow (src/engine/math)", () => {
  for (const name of Object.keys(functions) as (keyof Cases)[]) {
    const what = GLIBC_EXACT.has(name) ? "glibc's result" : 'the nearest double to the true value';
    it(`${name}: ${what}, for ${cases[name].length} arguments`, () => {
      const arity = name === 'pow' ? 2 : 1;
      const wrong: string[] = [];
      let v8Wrong = 0;
      for (const row of cases[name]) {
        const args = row.slice(0, arity).map(fromHex);
        // exp and log are glibc's own, last bits included: its result is the row's last column.
        const want = fromHex(row[GLIBC_EXACT.has(name) ? arity + 1 : arity]);
        const got = functions[name](...args);
        if (!Object.is(got, want)) wrong.push(`${name}(${row.slice(0, arity).join(', ')})`);
        const v8 = name === 'pow' ? args[0] ** args[1] : Math[name](args[0]);
        if (!Object.is(v8, want)) v8Wrong++;
      }
      assert.deepEqual(wrong, []);
      // The point of the module: V8's own functions are not correctly rounded here.
      if (name !== 'log') assert.ok(v8Wrong > 0, `V8's ${name} was right every time`);
    });
  }

  it('keeps C’s special values', () => {
    assert.equal(exp(0), 1);
    assert.equal(exp(-Infinity), 0);
    assert.equal(exp(Infinity), Infinity);
    assert.equal(exp(710), Infinity);
    assert.equal(exp(-746), 0);
    assert.ok(Number.isNaN(exp(NaN)));
    assert.equal(log(1), 0);
    assert.equal(log(0), -Infinity);
    assert.ok(Number.isNaN(log(-1)));
    assert.equal(log(Infinity), Infinity);
    assert.equal(pow(2, 10), 1024);
    assert.equal(pow(-2, 3), -8);
    assert.equal(pow(-2, 2), 4);
    assert.ok(Number.isNaN(pow(-2, 0.5)));
    assert.ok(Object.is(pow(-0, 3), -0));
    assert.equal(pow(0, -1), Infinity);
    assert.equal(pow(10, 400), Infinity);
    assert.equal(pow(10, -400), 0);
    assert.equal(pow(2, -1074), 5e-324);
    // Python's float ** at the edges (C99 Annex F), where JavaScript's ** gives NaN for ±1.
    assert.equal(pow(1, Infinity), 1);
    assert.equal(pow(1, NaN), 1);
    assert.equal(pow(-1, -Infinity), 1);
    assert.equal(pow(Infinity, 3), Infinity);
    assert.ok(Object.is(pow(-Infinity, 3), -Infinity));
    assert.equal(pow(Infinity, -1), 0);
    assert.equal(pow(0.5, Infinity), 0);
    assert.equal(pow(2, -Infinity), 0);
    assert.ok(Number.isNaN(pow(NaN, 1)));
    assert.equal(sin(0), 0);
    assert.ok(Object.is(sin(-0), -0));
    assert.equal(cos(0), 1);
    assert.ok(Number.isNaN(sin(Infinity)));
    assert.ok(Number.isNaN(cos(-Infinity)));
  });

  it('gives a Value the same digits as a number: exp(Value(x)).data == exp(x)', () => {
    const ops: [keyof Cases, (v: Value, k: number) => Value][] = [
      ['exp', (v) => v.exp()],
      ['log', (v) => v.log()],
      ['sin', (v) => v.sin()],
      ['cos', (v) => v.cos()],
      ['pow', (v, k) => v.pow(k)],
    ];
    const wrong: string[] = [];
    for (const [name, op] of ops) {
      for (const row of cases[name]) {
        const x = fromHex(row[0]);
        const k = name === 'pow' ? fromHex(row[1]) : 0;
        const want = fromHex(row[(name === 'pow' ? 2 : 1) + (GLIBC_EXACT.has(name) ? 1 : 0)]);
        if (name === 'pow' && !(x > 0)) continue;
        if (!Object.is(op(new Value(x), k).data, want)) wrong.push(`${name}(${row[0]})`);
      }
    }
    assert.deepEqual(wrong, []);
    // sigmoid is 1 / (1 + exp(-x)) with that exp, as a Python user would write it.
    const x = fromHex(cases.exp[0][0]);
    assert.equal(new Value(-x).sigmoid().data, 1 / (1 + exp(x)));
  });
});
