// Fixture programs: test/fixtures/programs/NAME.tgrad must print exactly NAME.out. The
// python_* ones were produced by CPython 3.11 running the same text as Python.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { output } from './runProgram';

const dir = join(__dirname, '../../../../test/fixtures/programs');

describe('fixture programs print exactly what Python prints', () => {
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.tgrad'))
    .sort()) {
    it(file, () => {
      const code = readFileSync(join(dir, file), 'utf8');
      const expected = readFileSync(join(dir, file.replace(/\.tgrad$/, '.out')), 'utf8');
      assert.equal(output(code), expected);
    });
  }
});
