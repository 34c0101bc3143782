// pprint as a program meets it: CPython's line breaking of nested containers and long
// strings, and its argument checks. Expected outputs are what python3 (CPython 3.11) printed.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('standard modules: pprint', () => {
  it('breaks a dict that does not fit, sorting keys, each value laid out after its key', () => {
    const out = output(py`
      import pprint
      pprint.pprint({'b': [1, 2, 3], 'a': {'x': (1,), 'y': 'long text here'}}, width=25)
    `);
    assert.equal(
      out,
      "{'a': {'x': (1,),\n       'y': 'long text '\n            'here'},\n 'b': [1, 2, 3]}\n",
    );
  });

  it('keeps insertion order with pp, and packs items with compact=True', () => {
    const out = output(py`
      import pprint
      pprint.pp({'b': 1, 'a': 2}, width=8)
      pprint.pprint(list(range(12)), compact=True, width=20)
    `);
    assert.equal(out, "{'b': 1,\n 'a': 2}\n[0, 1, 2, 3, 4, 5,\n 6, 7, 8, 9, 10,\n 11]\n");
  });

  it('cuts nesting at depth and refuses a depth below 1 where it is called', () => {
    assert.equal(
      output('import pprint\nprint(pprint.pformat([1, [2, [3]]], depth=2))\n'),
      '[1, [2, [...]]]\n',
    );
    assert.equal(
      errorOf('import pprint\nx = 1\npprint.pprint([], depth=0)\n'),
      'ValueError: depth must be > 0 @3:1',
    );
  });
});
