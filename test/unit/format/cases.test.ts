import * as assert from 'node:assert/strict';
import {
  floatRepr,
  formatBool,
  formatFloat,
  formatInt,
  formatStr,
  FormatError,
  intRepr,
  strRepr,
} from '../../../src/lang/format';
import { loadCases, pyFloat, pyInt, type Expected } from './fixture';

// Every case of the fixture generate-cases.py wrote from CPython: the exact text, or the
// exception's kind and message.

const cases = loadCases();

function run(fn: () => string): Expected {
  try {
    return fn();
  } catch (e) {
    if (e instanceof FormatError) return { error: e.kind, message: e.message };
    throw e;
  }
}

/** Checks every row, then reports all mismatches at once (a few shown in full). */
function checkAll<Row extends unknown[]>(
  rows: Row[],
  actual: (row: Row) => Expected,
  expected: (row: Row) => Expected,
): void {
  assert.ok(rows.length > 0, 'the fixture section is empty');
  const failures: string[] = [];
  for (const row of rows) {
    let got: Expected;
    try {
      got = actual(row);
    } catch (e) {
      got = { error: 'crash', message: String(e) };
    }
    const want = expected(row);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      failures.push(
        `${JSON.stringify(row.slice(0, -1))}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`,
      );
    }
  }
  assert.equal(
    failures.length,
    0,
    `${failures.length} of ${rows.length} differ from Python:\n` + failures.slice(0, 25).join('\n'),
  );
}

describe(`format: every fixture case matches CPython ${cases.python}`, () => {
  it(`floatRepr (${cases.floatRepr.length} floats)`, () => {
    checkAll(
      cases.floatRepr,
      ([x]) => floatRepr(pyFloat(x)),
      ([, out]) => out,
    );
  });

  it(`formatFloat (${cases.formatFloat.length} cases)`, () => {
    checkAll(
      cases.formatFloat,
      ([x, spec]) => run(() => formatFloat(pyFloat(x), spec)),
      ([, , out]) => out,
    );
  });

  it(`formatInt (${cases.formatInt.length} cases)`, () => {
    checkAll(
      cases.formatInt,
      ([x, spec]) => run(() => formatInt(pyInt(x), spec)),
      ([, , out]) => out,
    );
  });

  it(`formatBool (${cases.formatBool.length} cases)`, () => {
    checkAll(
      cases.formatBool,
      ([b, spec]) => run(() => formatBool(b, spec)),
      ([, , out]) => out,
    );
  });

  it(`formatStr (${cases.formatStr.length} cases)`, () => {
    checkAll(
      cases.formatStr,
      ([s, spec]) => run(() => formatStr(s, spec)),
      ([, , out]) => out,
    );
  });

  it(`strRepr (${cases.strRepr.length} strings)`, () => {
    checkAll(
      cases.strRepr,
      ([s]) => strRepr(s),
      ([, out]) => out,
    );
  });

  it(`intRepr (${cases.intRepr.length} ints)`, () => {
    checkAll(
      cases.intRepr,
      ([x]) => run(() => intRepr(pyInt(x))),
      ([, out]) => out,
    );
  });
});
