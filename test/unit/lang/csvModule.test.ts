// csv as a program meets it: quoted fields over several lines, DictReader's rest keys and
// values, writing to sys.stdout, and csv.Error with CPython's message at the call's position.
// Expected outputs are what python3 (CPython 3.11) printed for the same text.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('standard modules: csv.reader', () => {
  it('reads quoted fields with delimiters, doubled quotes and newlines across lines', () => {
    const out = output(py`
      import csv
      r = csv.reader(['a,"b,c",d\\n', '"say ""hi""",2\\n', '"two\\n', 'lines",x\\n', '\\n'])
      print(list(r), r.line_num)
    `);
    assert.equal(out, `[['a', 'b,c', 'd'], ['say "hi"', '2'], ['two\\nlines', 'x'], []] 5\n`);
  });

  it('takes delimiter, skipinitialspace and QUOTE_NONNUMERIC', () => {
    const out = output(py`
      import csv
      print(list(csv.reader(['1; "a"; 2.5'], delimiter=';', skipinitialspace=True, quoting=csv.QUOTE_NONNUMERIC)))
    `);
    assert.equal(out, "[[1.0, 'a', 2.5]]\n");
  });

  it('raises csv.Error for malformed input when strict, at the call', () => {
    assert.equal(
      errorOf(`import csv\nx = 1\nrows = list(csv.reader(['a,"b"c'], strict=True))\n`),
      `Error: ',' expected after '"' @3:8`,
    );
    const out = output(py`
      import csv
      try:
          list(csv.reader(['"open'], strict=True))
      except csv.Error as e:
          print(type(e), e)
    `);
    assert.equal(out, "<class '_csv.Error'> unexpected end of data\n");
  });
});

describe('standard modules: csv.DictReader and writers', () => {
  it('takes its file by keyword too, as CPython does', () => {
    assert.equal(
      output(py`
      import csv
      print(list(csv.DictReader(f=['a,b', '1,2'])))
    `),
      "[{'a': '1', 'b': '2'}]\n",
    );
  });

  it('keys rows by the header, with restkey and restval, skipping blank lines', () => {
    const out = output(py`
      import csv
      d = csv.DictReader(['a,b', '1,2,3', '', '4'], restkey='more', restval='?')
      print(d.fieldnames)
      for row in d:
          print(row)
    `);
    assert.equal(out, "['a', 'b']\n{'a': '1', 'b': '2', 'more': ['3']}\n{'a': '4', 'b': '?'}\n");
  });

  it('writes rows to sys.stdout with minimal quoting and DictWriter headers', () => {
    const out = output(py`
      import csv, sys
      w = csv.writer(sys.stdout)
      n = w.writerow(['x,y', 'q"q', None, 1.5])
      print(n)
      dw = csv.DictWriter(sys.stdout, ['k', 'v'], lineterminator='\\n')
      dw.writeheader()
      dw.writerow({'k': 1})
    `);
    assert.equal(out, '"x,y","q""q",,1.5\r\n19\nk,v\n1,\n');
  });

  it('refuses a field it would have to escape without an escapechar', () => {
    assert.equal(
      errorOf(
        `import csv, sys\ncsv.writer(sys.stdout, quoting=csv.QUOTE_NONE).writerow(['a,b'])\n`,
      ),
      'Error: need to escape, but no escapechar set @2:1',
    );
    assert.equal(
      errorOf(`import csv, sys\ncsv.DictWriter(sys.stdout, ['a']).writerow({'b': 1})\n`),
      "ValueError: dict contains fields not in fieldnames: 'b' @2:1",
    );
  });
});
