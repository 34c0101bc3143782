// io.StringIO as programs use it (print's file=, csv's reader and writer, reading back by
// lines, newline modes, seek/tell/truncate), and contextlib.redirect_stdout/redirect_stderr,
// through which print() and warnings write into a buffer. Expected outputs are what python3
// (CPython 3.11) printed for the same text.

import * as assert from 'node:assert/strict';
import { Interpreter } from '../../../src/lang/interpreter';
import { errorOf, output, py, RecordingHost } from './runProgram';

describe('standard modules: io.StringIO', () => {
  it('is written by print and write, and read back by lines', () => {
    const out = output(py`
      import io
      buf = io.StringIO()
      print('a', 1, sep='-', file=buf)
      print(buf.write('b\\nc'), buf.tell())
      buf.writelines(['\\n', 'd\\n'])
      print(repr(buf.getvalue()), repr(buf.read()))
      buf.seek(0)
      print(buf.readline(), end='')
      print(buf.readlines())
      print([line for line in io.StringIO('x\\ny')], buf.readable(), buf.writable(), buf.seekable())
      with io.StringIO('one\\ntwo\\n') as f:
          print(f.read(2), f.readline(), f.readline(1), f.readlines(1), f.closed)
      print(f.closed, type(f), type(f).__name__)
    `);
    assert.equal(
      out,
      "3 7\n'a-1\\nb\\nc\\nd\\n' ''\na-1\n['b\\n', 'c\\n', 'd\\n']\n" +
        "['x\\n', 'y'] True True True\non e\n t ['wo\\n'] False\nTrue <class '_io.StringIO'> StringIO\n",
    );
  });

  it('seeks, tells and truncates as CPython does, padding past the end', () => {
    const out = output(py`
      import io
      b = io.StringIO('hello')
      print(b.seek(8), b.write('X'), repr(b.getvalue()), b.tell())
      print(b.truncate(3), repr(b.getvalue()), b.tell())
      b.seek(1)
      print(b.truncate(), repr(b.getvalue()), b.tell(), b.seek(0, 2), b.seek(0, 1))
      e = io.StringIO('é🙂x')
      print(e.read(2), e.tell(), e.seek(0, 2), e.seek(1), e.read())
      print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
    `);
    assert.equal(
      out,
      "8 1 'hello\\x00\\x00\\x00X' 9\n3 'hel' 9\n1 'h' 1 1 1\né🙂 2 3 1 🙂x\n0 1 2\n",
    );
  });

  it("translates newlines by the newline argument, as CPython's StringIO", () => {
    const out = output(
      py`
      for nl in [None, '', '\\n', '\\r', '\\r\\n']:
          b = io.StringIO('a\\r\\nb\\rc\\nd', newline=nl)
          print(repr(nl), repr(b.getvalue()), b.readlines(), b.tell(), b.newlines)
          b.write('x\\ny\\r')
          print(repr(b.getvalue()), b.seek(0), list(b), b.newlines)
    `.replace('for', 'import io\nfor'),
    );
    assert.equal(
      out,
      [
        "None 'a\\nb\\nc\\nd' ['a\\n', 'b\\n', 'c\\n', 'd'] 7 ('\\r', '\\n', '\\r\\n')",
        "'a\\nb\\nc\\ndx\\ny\\n' 0 ['a\\n', 'b\\n', 'c\\n', 'dx\\n', 'y\\n'] ('\\r', '\\n', '\\r\\n')",
        "'' 'a\\r\\nb\\rc\\nd' ['a\\r\\n', 'b\\r', 'c\\n', 'd'] 8 ('\\r', '\\n', '\\r\\n')",
        "'a\\r\\nb\\rc\\ndx\\ny\\r' 0 ['a\\r\\n', 'b\\r', 'c\\n', 'dx\\n', 'y\\r'] ('\\r', '\\n', '\\r\\n')",
        "'\\n' 'a\\r\\nb\\rc\\nd' ['a\\r\\n', 'b\\rc\\n', 'd'] 8 None",
        "'a\\r\\nb\\rc\\ndx\\ny\\r' 0 ['a\\r\\n', 'b\\rc\\n', 'dx\\n', 'y\\r'] None",
        "'\\r' 'a\\r\\rb\\rc\\rd' ['a\\r', '\\r', 'b\\r', 'c\\r', 'd'] 8 None",
        "'a\\r\\rb\\rc\\rdx\\ry\\r' 0 ['a\\r', '\\r', 'b\\r', 'c\\r', 'dx\\r', 'y\\r'] None",
        "'\\r\\n' 'a\\r\\r\\nb\\rc\\r\\nd' ['a\\r\\r\\n', 'b\\rc\\r\\n', 'd'] 10 None",
        "'a\\r\\r\\nb\\rc\\r\\ndx\\r\\ny\\r' 0 ['a\\r\\r\\n', 'b\\rc\\r\\n', 'dx\\r\\n', 'y\\r'] None",
        '',
      ].join('\n'),
    );
  });

  it('is a file for csv.writer and csv.reader', () => {
    const out = output(py`
      import csv, io
      out = io.StringIO()
      w = csv.writer(out)
      w.writerow(['a', 'b,c'])
      w.writerows([[1, 2], [3, None]])
      print(repr(out.getvalue()))
      out.seek(0)
      print(list(csv.reader(out)))
      print(list(csv.DictReader(io.StringIO('x,y\\n1,2\\n'))))
    `);
    assert.equal(
      out,
      "'a,\"b,c\"\\r\\n1,2\\r\\n3,\\r\\n'\n[['a', 'b,c'], ['1', '2'], ['3', '']]\n[{'x': '1', 'y': '2'}]\n",
    );
  });

  it("gives CPython's errors, closed or given wrong arguments", () => {
    const out = output(py`
      import io
      def tr(f):
          try:
              print('ok', repr(f()))
          except Exception as e:
              print(type(e).__name__, e)
      b = io.StringIO('ab')
      tr(lambda: b.write(3))
      tr(lambda: b.read('x'))
      tr(lambda: b.seek(-1))
      tr(lambda: b.seek(1, 1))
      tr(lambda: b.seek(0, 3))
      tr(lambda: b.truncate(-1))
      tr(lambda: io.StringIO(3))
      tr(lambda: io.StringIO(newline=3))
      tr(lambda: io.StringIO(newline='x'))
      tr(lambda: io.StringIO('a', 'b', 'c'))
      tr(lambda: io.StringIO(foo=1))
      tr(lambda: b.fileno())
      print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
      b.close()
      tr(lambda: b.read())
      tr(lambda: b.getvalue())
      tr(lambda: print('x', file=b))
      tr(lambda: next(b))
      tr(lambda: iter(b))
      tr(lambda: b.writelines([]))
      tr(lambda: b.flush())
      tr(lambda: b.close())
      class Sub(io.StringIO):
          def __init__(self):
              pass
      tr(lambda: Sub().write('x'))
      class Tee(io.StringIO):
          def write(self, s):
              return super().write(s.upper())
      t = Tee('')
      print('hi', file=t)
      print(repr(t.getvalue()), isinstance(t, io.StringIO))
    `);
    assert.equal(
      out,
      [
        "TypeError string argument expected, got 'int'",
        "TypeError argument should be integer or None, not 'str'",
        'ValueError Negative seek position -1',
        "OSError Can't do nonzero cur-relative seeks",
        'ValueError Invalid whence (3, should be 0, 1 or 2)',
        'ValueError Negative size value -1',
        'TypeError initial_value must be str or None, not int',
        'TypeError newline must be str or None, not int',
        "ValueError illegal newline value: 'x'",
        'TypeError StringIO() takes at most 2 arguments (3 given)',
        "TypeError 'foo' is an invalid keyword argument for StringIO()",
        'UnsupportedOperation fileno',
        'True True',
        'ValueError I/O operation on closed file',
        'ValueError I/O operation on closed file',
        'ValueError I/O operation on closed file',
        'ValueError I/O operation on closed file',
        'ValueError I/O operation on closed file.',
        'ValueError I/O operation on closed file.',
        'ok None',
        'ok None',
        'ValueError I/O operation on uninitialized object',
        "'HI\\n' True",
        '',
      ].join('\n'),
    );
  });
});

describe('contextlib.redirect_stdout and redirect_stderr', () => {
  it('send print() into the buffer, and put sys.stdout back even when an exception escapes', () => {
    const out = output(py`
      import contextlib, io, sys
      buf = io.StringIO()
      with contextlib.redirect_stdout(buf) as r:
          print('inside')
          print(r is buf, sys.stdout is buf)
      print(repr(buf.getvalue()), sys.stdout is sys.__stdout__)
      try:
          with contextlib.redirect_stdout(buf):
              print('boom')
              raise KeyError('k')
      except KeyError:
          pass
      print('after', repr(buf.getvalue()))
      err = io.StringIO()
      with contextlib.redirect_stderr(err):
          print('to err', file=sys.stderr)
      print(repr(err.getvalue()))
      with contextlib.redirect_stdout(None):
          print('lost')
      sys.stdout = io.StringIO()
      print('hidden')
      v = sys.stdout.getvalue()
      sys.stdout = sys.__stdout__
      print(repr(v), type(contextlib.redirect_stdout(buf)).__name__)
    `);
    assert.equal(
      out,
      "'inside\\nTrue True\\n' True\nafter 'inside\\nTrue True\\nboom\\n'\n'to err\\n'\n" +
        "'hidden\\n' redirect_stdout\n",
    );
  });

  it('nest, and one object can be reentered', () => {
    const out = output(py`
      import contextlib, io, sys
      a, b = io.StringIO(), io.StringIO()
      ra = contextlib.redirect_stdout(a)
      with ra:
          print(1)
          with contextlib.redirect_stdout(b):
              print(2)
              with ra:
                  print(3)
              print(4)
          print(5)
      print(repr(a.getvalue()), repr(b.getvalue()))
      try:
          contextlib.redirect_stdout()
      except TypeError as e:
          print(e)
    `);
    assert.equal(
      out,
      "'1\\n3\\n5\\n' '2\\n4\\n'\n_RedirectStream.__init__() missing 1 required positional argument: 'new_target'\n",
    );
  });

  it('send warnings to the redirected stderr', () => {
    const out = output(py`
      import contextlib, io, warnings
      err = io.StringIO()
      with contextlib.redirect_stderr(err):
          warnings.warn('careful')
      print(err.getvalue().splitlines()[0].split(': ', 1)[1])
    `);
    assert.equal(out, 'UserWarning: careful\n');
  });

  it('give the next run its output back when a run is stopped inside the block', () => {
    const host = new RecordingHost();
    const interpreter = new Interpreter(host);
    host.stopAfterPolls = 5;
    const stopped = interpreter.runCell(
      'import contextlib, io\nbuf = io.StringIO()\nwith contextlib.redirect_stdout(buf):\n    while True:\n        pass\n',
    );
    assert.equal(stopped.status, 'stopped');
    host.stopAfterPolls = null;
    const after = interpreter.runCell('print("visible")\n', 10);
    assert.equal(after.error, null);
    assert.equal(host.rec.out, 'visible\n');
  });

  it('raises an error from the buffer at the print', () => {
    assert.equal(
      errorOf('import io\nb = io.StringIO()\nb.close()\nprint(1, file=b)\n'),
      'ValueError: I/O operation on closed file @4:1',
    );
  });
});
