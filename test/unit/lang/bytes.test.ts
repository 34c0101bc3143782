import * as assert from 'node:assert/strict';
import { errorOf, output, run } from './runProgram';

describe('bytes and bytearray', () => {
  it('reads bytes literals: escapes, raw prefixes, adjacent literals', () => {
    assert.equal(
      output(String.raw`print(b'\x00\xff', rb'\x00', br'a\'', b'a' b'b', b'\777', b'\u0041')`),
      String.raw`b'\x00\xff' b'\\x00' b"a\\'" b'ab' b'\xff' b'\\u0041'` + '\n',
    );
  });

  it("shows bytes as CPython does: the quote it picks, escapes, bytearray keeping \\'", () => {
    assert.equal(
      output(`print(b"it's", b'a"b\\'c', b'\\n\\t', str(b'x'), f"{b'y'}", bytearray(b"it's"))`),
      `b"it's" b'a"b\\'c' b'\\n\\t' b'x' b'y' bytearray(b"it\\'s")\n`,
    );
  });

  it('refuses mixing bytes and str literals, at the end of the last literal', () => {
    assert.equal(
      errorOf("x = b'a' 'b'"),
      'SyntaxError: cannot mix bytes and nonbytes literals @1:13',
    );
    assert.equal(
      errorOf("x = (1,\n  'a'\n  b'b')"),
      'SyntaxError: cannot mix bytes and nonbytes literals @3:7',
    );
  });

  it('refuses non-ASCII characters and a short \\x escape in a bytes literal', () => {
    const r = run("x = b'é'");
    const e = r.outcome.error!;
    assert.equal(e.message, 'bytes can only contain ASCII literal characters');
    assert.deepEqual([e.kind, e.line, e.col, e.endCol], ['SyntaxError', 1, 5, 9]);
    assert.equal(
      errorOf("x = b'ab\\x1'"),
      'SyntaxError: (value error) invalid \\x escape at position 2 @1:13',
    );
  });

  it('indexes to ints, slices to bytes, iterates ints, hashes as a dict key', () => {
    assert.equal(
      output(
        'b = b"hello"\nvocab = {i: bytes([i]) for i in range(256)}\n' +
          'print(b[0], b[-1], b[1:3], list(b[:2]), vocab[104] + vocab[105], {b"k": 1}[b"k"])',
      ),
      "104 111 b'el' [104, 101] b'hi' 1\n",
    );
  });

  it('orders and compares by bytes, and equals a bytearray with the same bytes', () => {
    assert.equal(
      output(
        'print(sorted([b"b", b"ab", b"a"]), b"a" < b"ab", b"x" == bytearray(b"x"), b"a" == "a")',
      ),
      "[b'a', b'ab', b'b'] True True False\n",
    );
  });

  it('raises CPython’s errors for bytes mixed with str, at the operation', () => {
    assert.equal(errorOf('x = 1\ny = b"a" + "b"'), "TypeError: can't concat str to bytes @2:5");
    assert.equal(
      errorOf('y = "a" in b"abc"'),
      "TypeError: a bytes-like object is required, not 'str' @1:5",
    );
    assert.equal(errorOf('y = b"ab"[2]'), 'IndexError: index out of range @1:5');
    assert.equal(errorOf('y = bytes([256])'), 'ValueError: bytes must be in range(0, 256) @1:5');
    assert.equal(errorOf('y = {bytearray(): 1}'), "TypeError: unhashable type: 'bytearray' @1:5");
  });

  it('encodes and decodes utf-8, ascii and latin-1 with CPython’s errors', () => {
    assert.equal(
      output(
        'print("é€".encode(), "é".encode("latin-1"), b"\\xe2\\x82".decode("utf-8", errors="replace"))',
      ),
      "b'\\xc3\\xa9\\xe2\\x82\\xac' b'\\xe9' \ufffd\n",
    );
    assert.equal(
      errorOf('x = 1\ns = b"ab\\xe2\\x82".decode()'),
      "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 2-3: unexpected end of data @2:5",
    );
    assert.equal(
      errorOf('s = "aé€".encode("ascii")'),
      "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128) @1:5",
    );
    assert.equal(errorOf('s = "a".encode("utf-9")'), 'LookupError: unknown encoding: utf-9 @1:5');
  });

  it('replaces each maximal invalid UTF-8 subpart with one U+FFFD', () => {
    assert.equal(
      output(
        'print(ascii(b"a\\xed\\xa0\\x80b\\xf0\\x9f\\x98\\xc0\\xaf".decode(errors="replace")))',
      ),
      "'a\\ufffd\\ufffd\\ufffdb\\ufffd\\ufffd\\ufffd'\n",
    );
  });

  it('changes a bytearray in place, seen through an alias', () => {
    assert.equal(
      output(
        'ba = bytearray(b"hi")\nsame = ba\nba.append(33)\nba += b"?"\nba[0] = 72\nprint(same, bytes(ba))',
      ),
      "bytearray(b'Hi!?') b'Hi!?'\n",
    );
    assert.equal(
      errorOf('ba = bytearray(1)\nba[0] = 256'),
      'ValueError: byte must be in range(0, 256) @2:1',
    );
  });

  it('converts ints to and from bytes', () => {
    assert.equal(
      output(
        'print(int.from_bytes(b"\\x01\\x00", "big"), (258).to_bytes(2, "little"), bytes.fromhex("ff00").hex())',
      ),
      "256 b'\\x02\\x01' ff00\n",
    );
    assert.equal(
      errorOf('n = 256\nx = n.to_bytes(1, "big")'),
      'OverflowError: int too big to convert @2:5',
    );
  });
});
