import * as assert from 'node:assert/strict';
import type * as A from '../../../src/lang/ast';
import { checkSyntax, parseCell } from '../../../src/lang/checkSyntax';
import { TgradError } from '../../../src/lang/errors';
import { tabRuleOf, tokenize, type TabRule } from '../../../src/lang/lexer';
import { parseModule } from '../../../src/lang/parser';

function syntaxError(code: string, firstLine = 1, tabs: TabRule = 'refuse'): string {
  try {
    parseModule(code, firstLine, tabs);
    return 'no error';
  } catch (e) {
    assert.ok(e instanceof TgradError, String(e));
    // IndentationError is CPython's SyntaxError subclass for a block's bad indentation.
    assert.ok(['SyntaxError', 'IndentationError', 'TabError'].includes(e.kind), e.kind);
    const kind = e.kind === 'SyntaxError' ? '' : `${e.kind}: `;
    return `${kind}${e.message} @${e.line}:${e.col}-${e.endLine}:${e.endCol}`;
  }
}

function firstExpr(code: string): A.Expr {
  const s = parseModule(code).body[0];
  assert.equal(s.type, 'ExprStmt');
  return (s as A.ExprStmt).value;
}

describe('lexer', () => {
  it('gives every token a 1-based file position with an exclusive end', () => {
    const { tokens, error } = tokenize('x = 12.5 + f"a{b}"\n', 0, undefined, 7);
    assert.equal(error, null);
    const summary = tokens.map((t) => `${t.kind}:${t.text}@${t.line}:${t.col}-${t.endCol}`);
    assert.deepEqual(summary.slice(0, 5), [
      'name:x@7:1-2',
      'op:=@7:3-4',
      'number:12.5@7:5-9',
      'op:+@7:10-11',
      'fstring:@7:12-19',
    ]);
  });

  it('reads ints as bigints and floats as numbers', () => {
    const { tokens } = tokenize('3 0x1F 1_000 1e-3 .5 1. 0o17 0b101');
    assert.deepEqual(
      tokens.filter((t) => t.kind === 'number').map((t) => t.number),
      [3n, 31n, 1000n, 0.001, 0.5, 1, 15n, 5n],
    );
  });

  it('joins lines inside brackets and after a backslash, and emits INDENT/DEDENT', () => {
    const { tokens } = tokenize(
      'if x:\n    y = (1,\n        2)\n    z = 1 + \\\n        2\nw = 3\n',
    );
    const kinds = tokens.map((t) =>
      t.kind === 'name' || t.kind === 'op' || t.kind === 'number' ? t.text : t.kind,
    );
    assert.deepEqual(kinds, [
      'if',
      'x',
      ':',
      'newline',
      'indent',
      'y',
      '=',
      '(',
      '1',
      ',',
      '2',
      ')',
      'newline',
      'z',
      '=',
      '1',
      '+',
      '2',
      'newline',
      'dedent',
      'w',
      '=',
      '3',
      'newline',
      'eof',
    ]);
  });

  it('decodes escapes and adjacent string literals', () => {
    const e = firstExpr('"a\\tb\\n" \'\\x41\\u00e9\' r"\\d"');
    assert.equal(e.type, 'Constant');
    assert.equal((e as A.Constant).value, 'a\tb\nAé\\d');
  });
});

describe('parser', () => {
  it('puts file positions on every node (a cell parsed with its first line)', () => {
    const m = parseModule('x = foo(a, b=2) + y[1:-1]\n', 10);
    const assign = m.body[0] as A.Assign;
    assert.deepEqual([assign.line, assign.col, assign.endLine, assign.endCol], [10, 1, 10, 26]);
    const sum = assign.value as A.BinOp;
    const call = sum.left as A.Call;
    assert.deepEqual([call.line, call.col, call.endCol], [10, 5, 16]);
    assert.deepEqual([call.keywords[0].name, call.keywords[0].col], ['b', 12]);
    const sub = sum.right as A.Subscript;
    assert.equal(sub.index.type, 'Slice');
    assert.deepEqual([sub.col, sub.endCol], [19, 26]);
  });

  it("spans an operation from its first token to its last, parentheses of an operand included, as CPython's ast", () => {
    // [source, CPython's col_offset, end_col_offset] of the statement's expression (or index).
    const cases: [string, number, number][] = [
      ['x + (y)', 0, 7],
      ['(x) ** (y)', 0, 10],
      ['1 / (x - 2)', 0, 11],
      ['(a) and b', 0, 9],
      ['a or (b)', 0, 8],
      ['(a) if b else (c)', 0, 17],
      ['-(x)', 0, 4],
      ['not (x)', 0, 7],
      ['a < (b)', 0, 7],
      ['lambda: (x)', 0, 11],
      ['(a), (b)', 0, 8],
      ['x = a, b,', 4, 9],
      ['x[(a), (b)]', 2, 10],
      ['x[a, b,]', 2, 7],
    ];
    for (const [code, col, endCol] of cases) {
      const s = parseModule(code).body[0] as A.ExprStmt | A.Assign;
      let e: A.Expr = s.value;
      if (code.startsWith('x[')) e = (e as A.Subscript).index;
      assert.deepEqual([e.col - 1, e.endCol - 1], [col, endCol], code);
    }
  });

  it('places f-string fields at their file columns, also in a nested spec', () => {
    const e = firstExpr('f"{a!r:>{w}} {b=}"') as A.JoinedStr;
    const a = e.parts[0] as A.FormattedValue;
    assert.equal(a.conversion, 'r');
    assert.deepEqual([(a.value as A.Name).name, a.value.col], ['a', 4]);
    const w = a.spec!.parts[1] as A.FormattedValue;
    assert.deepEqual([(w.value as A.Name).name, w.value.col], ['w', 10]);
    const b = e.parts[2] as A.FormattedValue;
    assert.equal(b.debugText, 'b=');
  });

  it('parses the whole statement subset', () => {
    const code = [
      'def f(a, b=1, *args, c, d=2, **kw) -> float:',
      '    nonlocal_free = [x for x in a if x]',
      '    return a',
      'for i, (x, y) in enumerate(zip(xs, ys)):',
      '    if x: continue',
      '    elif y: break',
      '    else: pass',
      'while n > 0: n -= 1',
      'a, *b = c = [1, 2, 3]',
      'v: float = 1.0',
      'del a[0], b',
      'g = lambda *a, k=1: (a, k)',
      'd = {k: v for k, v in {"a": 1}.items()}',
      's = {1, 2} | {x % 3 for x in range(9)}',
      't = x if x is not None else -1',
      'u = not a in b and c not in d or e is None',
      'w = xs[::2], xs[1:], xs[:-1]',
      'print(*xs, **{"sep": ","})',
      'total = sum(x * x for x in xs)',
    ].join('\n');
    const m = parseModule(code);
    assert.equal(m.body.length, 14);
  });

  it('reports Python’s syntax errors at file positions', () => {
    assert.equal(syntaxError('if x\n    y = 1', 5), "expected ':' @5:5-5:6");
    assert.equal(syntaxError('x = [1 2]'), 'invalid syntax. Perhaps you forgot a comma? @1:6-1:9');
    assert.equal(syntaxError('x = (1,\n2'), "'(' was never closed @1:5-1:6");
    assert.equal(
      syntaxError('print("abc)'),
      'unterminated string literal (detected at line 1) @1:7-1:8',
    );
    assert.equal(
      syntaxError('f() = 3'),
      "cannot assign to function call here. Maybe you meant '==' instead of '='? @1:1-1:4",
    );
    assert.equal(
      syntaxError('x = 012'),
      'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1:5-1:8',
    );
    assert.equal(syntaxError('return 5'), "'return' outside function @1:1-1:7");
    assert.equal(
      syntaxError('for i in x:\n    def g():\n        break'),
      "'break' outside loop @3:9-3:14",
    );
    assert.equal(
      syntaxError('a, b += 1'),
      "'tuple' is an illegal expression for augmented assignment @1:1-1:5",
    );
    assert.equal(
      syntaxError('while x = 1:\n    pass'),
      "invalid syntax. Maybe you meant '==' or ':=' instead of '='? @1:7-1:10",
    );
    assert.equal(
      syntaxError('f(a for a in b, c)'),
      'Generator expression must be parenthesized @1:3-1:15',
    );
    assert.equal(syntaxError('f(x=1, 2)'), 'positional argument follows keyword argument @1:8-1:9');
    assert.equal(
      syntaxError('def f(a=1, b): pass'),
      'non-default argument follows default argument @1:12-1:13',
    );
    assert.equal(syntaxError('x = 5 if y'), "expected 'else' after 'if' expression @1:5-1:11");
  });

  it('reports a syntax error anywhere in the file before an error of the compile stage', () => {
    assert.equal(
      syntaxError('return 1\nx = [1 2]'),
      'invalid syntax. Perhaps you forgot a comma? @2:6-2:9',
    );
    assert.equal(syntaxError('f(a=1, a=2)\nif x\n  pass'), "expected ':' @2:5-2:6");
    assert.equal(syntaxError('break\nreturn 1'), "'break' outside loop @1:1-1:6");
  });

  it('fails after a `not` that no `in` follows, where CPython read it as `not in`', () => {
    assert.equal(syntaxError('if a not b: pass'), 'invalid syntax @1:10-1:11');
    assert.equal(syntaxError('x = a not'), 'invalid syntax @1:10-1:11');
    assert.equal(syntaxError('x = [a not]'), 'invalid syntax @1:11-1:12');
    assert.equal(syntaxError('x = {a not: 1}'), 'invalid syntax @1:11-1:12');
    // (CPython's end is that of the whole `not b`; the start is what errors report.)
    assert.match(
      syntaxError('x = [a not b]'),
      /^invalid syntax\. Perhaps you forgot a comma\? @1:6-/,
    );
    assert.equal(
      syntaxError('x = {1: 2, a not b: 3}'),
      "':' expected after dictionary key @1:12-1:13",
    );
  });

  it('reports indentation errors: tabs, unexpected indents, bad dedents, missing blocks', () => {
    assert.equal(
      syntaxError('if x:\n\ty = 1'),
      'tabs are not allowed in indentation: indent with spaces only @2:1-2:2',
    );
    assert.equal(syntaxError('x = 1\n    y = 2'), 'IndentationError: unexpected indent @2:5-2:10');
    assert.equal(
      syntaxError('if x:\n    a\n  b'),
      'IndentationError: unindent does not match any outer indentation level @3:1-3:3',
    );
    assert.equal(
      syntaxError('for i in x:\nprint(i)', 3),
      "IndentationError: expected an indented block after 'for' statement on line 3 @4:1-4:6",
    );
  });

  it("reads tabs in a .py file's indentation as CPython does: 8-column stops, TabError when mixed", () => {
    assert.equal(tabRuleOf('/home/me/bp.py'), 'python');
    assert.equal(tabRuleOf('names.IPYNB'), 'python');
    assert.equal(tabRuleOf('lecture.tgrad'), 'refuse');
    const py = (code: string) => syntaxError(code, 1, 'python');
    assert.equal(py('def f():\n\tif x:\n\t\treturn 1\n\treturn 2'), 'no error');
    // A tab then spaces up to the same stop reads as one level, as CPython reads it.
    assert.equal(py('if x:\n\tif y:\n\t    pass'), 'no error');
    const mixed = 'TabError: inconsistent use of tabs and spaces in indentation';
    // Same width with tabs at 8, different with tabs at 1: 8 spaces, then a tab.
    assert.equal(py('if x:\n        a = 1\n\tb = 2'), `${mixed} @3:1-3:2`);
    // Deeper with tabs at 8, not deeper with tabs at 1: 4 spaces, then a tab.
    assert.equal(py('if x:\n    a = 1\n    if y:\n\tb = 2'), `${mixed} @4:1-4:2`);
    // Back to a level whose width matches with tabs at 8 only.
    assert.equal(py('if x:\n\tif y:\n\t\tpass\n        b = 2'), `${mixed} @4:1-4:2`);
    assert.equal(
      py('if x:\n\ta\n  b'),
      'IndentationError: unindent does not match any outer indentation level @3:1-3:3',
    );
    // The .tgrad language keeps its rule (contract §2).
    assert.match(syntaxError('def f():\n\treturn 1'), /^tabs are not allowed in indentation/);
  });

  it('names a bad del or assignment target as CPython does (checked against python3)', () => {
    const cases: [string, string][] = [
      ['del a if b else c', 'cannot delete conditional expression'],
      ['del lambda: 1', 'cannot delete lambda'],
      ['del a == b', 'cannot delete comparison'],
      ['del not a', 'cannot delete expression'],
      ['del a and b', 'cannot delete expression'],
      ["del f'x'", 'cannot delete f-string expression'],
      ['del None', 'cannot delete None'],
      ['def f():\n    del (yield)', 'cannot delete yield expression'],
      [
        "f'x' = 1",
        "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?",
      ],
      ['a if b else c = 1', 'cannot assign to conditional expression'],
      [
        '(a if b else c) = 1',
        "cannot assign to conditional expression here. Maybe you meant '==' instead of '='?",
      ],
      ['a < b = 1', 'cannot assign to comparison'],
      ['(a < b) = 1', "cannot assign to comparison here. Maybe you meant '==' instead of '='?"],
      ['not a = 1', 'cannot assign to expression'],
      ['lambda: 1 = 1', 'cannot assign to lambda'],
      ['with a as f"x": pass', 'cannot assign to f-string expression'],
    ];
    for (const [code, message] of cases) {
      assert.equal(syntaxError(code).replace(/ @.*$/, ''), message, code);
    }
    assert.equal(syntaxError('del a, b.c, d[0]'), 'no error');
  });

  it("gives CPython's '==' hint over a chain's first target and its own yield and __debug__ messages (checked against python3)", () => {
    const hint = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
    const cases: [string, string][] = [
      ['x = a and b = 1', `${hint} @1:1-1:6`],
      ['x = a < f() = 1', `${hint} @1:1-1:6`],
      ['x = a, b = f() = 1', `${hint} @1:1-1:6`],
      ['x = a if b else c = 1', `${hint} @1:1-1:6`],
      ['x = -a and b = 1', `${hint} @1:1-1:7`],
      [
        'x.y = a and b = 1',
        "cannot assign to attribute here. Maybe you meant '==' instead of '='? @1:1-1:4",
      ],
      [
        'f() = a and b = 1',
        "cannot assign to function call here. Maybe you meant '==' instead of '='? @1:1-1:4",
      ],
      // The last item of a bare tuple is where the rule starts: `y = 1` here.
      ['f(), y = 1', `${hint} @1:6-1:11`],
      ['x, y = a and b = 1', `${hint} @1:4-1:9`],
      ['... = 1', "cannot assign to ellipsis here. Maybe you meant '==' instead of '='? @1:1-1:4"],
      // No hint: `not`, a lambda or a bracketed operand, or not the chain's second target.
      ['x = not a and b = 1', 'cannot assign to expression @1:5-1:16'],
      ['x = (a and b) = 1', 'cannot assign to expression @1:6-1:13'],
      ['x = y = a and b = 1', 'cannot assign to expression @1:9-1:16'],
      ['[a, f()] = a and b = 1', 'cannot assign to function call @1:5-1:8'],
      ['f(), = 1', 'cannot assign to function call @1:1-1:4'],
      ['(a, f()) = 1', 'cannot assign to function call @1:5-1:8'],
      ['f() = not x', 'cannot assign to function call @1:1-1:4'],
      ['def f():\n    yield = 1', 'assignment to yield expression not possible @2:5-2:10'],
      ['def f():\n    x = yield 2 = 1', 'assignment to yield expression not possible @2:9-2:16'],
      ['def f():\n    x = (yield) = 1', 'cannot assign to yield expression @2:10-2:15'],
      ['__debug__ = 1', 'cannot assign to __debug__ @1:1-1:10'],
      ['del __debug__', 'cannot delete __debug__ @1:5-1:14'],
      ['__debug__ += 1', 'cannot assign to __debug__ @1:1-1:10'],
      ['x.__debug__ = 1', 'cannot assign to __debug__ @1:1-1:12'],
      ['for __debug__ in y: pass', 'cannot assign to __debug__ @1:5-1:14'],
      ['from m import y as __debug__', 'cannot assign to __debug__ @1:1-1:29'],
      // The symbol table's errors come first, wherever they are.
      [
        '__debug__ = 1\ndef f(a, a): pass',
        "duplicate argument 'a' in function definition @2:10-2:11",
      ],
    ];
    for (const [code, message] of cases) assert.equal(syntaxError(code), message, code);
    for (const ok of [
      'x = a, b = 1',
      'x = a = 1',
      'x.__debug__ += 1',
      'del x.__debug__',
      'x = __debug__',
    ]) {
      assert.equal(syntaxError(ok), 'no error', ok);
    }
  });

  it('refuses more than 100 levels of indentation, as Python', () => {
    const code =
      Array.from({ length: 120 }, (_, i) => ' '.repeat(i) + 'if x:').join('\n') +
      '\n' +
      ' '.repeat(120) +
      'pass';
    assert.match(syntaxError(code), /^too many levels of indentation @102:/);
  });

  it('reports syntax errors inside f-strings where CPython 3.11 does', () => {
    // The expression is parsed as `(x +)` on its own: the column is in that text.
    assert.equal(syntaxError('x = 1\ny = f"{x +}"'), 'f-string: invalid syntax @2:5-2:6');
    // The scanner's errors stand at the token after the string.
    assert.equal(syntaxError('y = f"{}"'), 'f-string: empty expression not allowed @1:10-1:11');
    assert.equal(
      syntaxError('y = f"{x!z}"'),
      "f-string: invalid conversion character: expected 's', 'r', or 'a' @1:13-1:14",
    );
    assert.equal(syntaxError('y = f"a } b"'), "f-string: single '}' is not allowed @1:13-1:14");
    assert.equal(syntaxError('y = f"{a)}"'), "f-string: unmatched ')' @1:12-1:13");
    assert.equal(
      syntaxError('y = f"{(}"'),
      "f-string: closing parenthesis '}' does not match opening parenthesis '(' @1:11-1:12",
    );
  });

  it('parses assignment expressions where CPython allows them', () => {
    const test = (parseModule('if (n := len(xs)) > 5: pass').body[0] as A.If).test as A.Compare;
    assert.equal(test.left.type, 'NamedExpr');
    const walrus = test.left as A.NamedExpr;
    assert.equal(walrus.target.name, 'n');
    assert.deepEqual([walrus.line, walrus.col, walrus.endCol], [1, 5, 17]);
    for (const code of [
      'while chunk := xs[:2]: pass',
      'print(x := 1, x)',
      '[y := 1, y]',
      'xs[i := 0]',
      '[(y := f(x)) for x in xs if (z := y)]',
    ]) {
      assert.equal(syntaxError(code), 'no error', code);
    }
  });

  it("reports CPython's errors for ':=' at the target's position", () => {
    assert.equal(syntaxError('x := 1'), 'invalid syntax @1:3-1:5');
    assert.equal(syntaxError('x = y := 1'), 'invalid syntax @1:7-1:9');
    assert.equal(syntaxError('[y for x in xs if y := x]'), 'invalid syntax @1:21-1:23');
    assert.equal(
      syntaxError('if (box.size := 3) > 2: pass'),
      'cannot use assignment expressions with attribute @1:5-1:13',
    );
    assert.equal(
      syntaxError('(xs[0] := 1)'),
      'cannot use assignment expressions with subscript @1:2-1:7',
    );
    assert.equal(
      syntaxError('a.b := 1'),
      'cannot use assignment expressions with attribute @1:1-1:4',
    );
    assert.equal(
      syntaxError('(None := 1)'),
      'cannot use assignment expressions with None @1:2-1:6',
    );
  });

  it("reports ':=' that a comprehension's scope forbids, as CPython's compiler", () => {
    const scopeError = (code: string): string => {
      const { error } = parseCell(code);
      return error === null ? 'no error' : `${error.message} @${error.line}:${error.col}`;
    };
    assert.equal(
      scopeError('xs = [1]\ndoubled = [x := x * 2 for x in xs]'),
      "assignment expression cannot rebind comprehension iteration variable 'x' @2:12",
    );
    assert.equal(
      scopeError('[i for i in (j := range(3))]'),
      'assignment expression cannot be used in a comprehension iterable expression @1:14',
    );
    assert.equal(
      scopeError('class C:\n    s = [(last := r) for r in range(3)]'),
      'assignment expression within a comprehension cannot be used in a class body @2:11',
    );
    assert.equal(scopeError('def f():\n    return [(t := x) for x in range(3)], t'), 'no error');
  });

  it('parses match as a soft keyword, with every kind of pattern', () => {
    const code = [
      'match = 1',
      'match(print)',
      'match cmd.split():',
      '    case [("go" | "run") as verb, *rest] if rest:',
      '        pass',
      '    case {"k": 1, **others}:',
      '        pass',
      '    case Point(0, y=-1.5) | Color.RED | None:',
      '        pass',
      '    case _:',
      '        pass',
    ].join('\n');
    const body = parseModule(code).body;
    assert.deepEqual(
      body.map((s) => s.type),
      ['Assign', 'ExprStmt', 'Match'],
    );
    const m = body[2] as A.Match;
    assert.deepEqual(
      m.cases.map((k) => k.pattern.type),
      ['MatchSequence', 'MatchMapping', 'MatchOr', 'MatchCapture'],
    );
    assert.deepEqual([m.line, m.col, m.endLine], [3, 1, 11]);
  });

  it("reports CPython's errors for patterns at their positions", () => {
    const match = (...cases: string[]): string =>
      syntaxError(['match x:', ...cases.map((k) => `    ${k}:\n        pass`)].join('\n'));
    assert.equal(
      match('case y', 'case 1'),
      "name capture 'y' makes remaining patterns unreachable @2:10-2:11",
    );
    assert.equal(
      match('case _', 'case 1'),
      'wildcard makes remaining patterns unreachable @2:10-2:11',
    );
    assert.equal(
      match('case y | 1'),
      "name capture 'y' makes remaining patterns unreachable @2:10-2:11",
    );
    assert.equal(match('case [a, a]'), "multiple assignments to name 'a' in pattern @2:14-2:15");
    assert.equal(match('case [a] | [b]'), 'alternative patterns bind different names @2:17-2:18');
    assert.equal(match('case 1 as _'), "cannot use '_' as a target @2:15-2:16");
    assert.equal(match('case [*a, *b]'), 'multiple starred names in sequence pattern @2:10-2:18');
    assert.equal(
      match('case Point(x=1, 2)'),
      'positional patterns follow keyword patterns @2:21-2:22',
    );
    assert.equal(match('case y if y > 0', 'case 1'), 'no error');
    assert.equal(
      syntaxError('match x:\ncase 1: pass'),
      "IndentationError: expected an indented block after 'match' statement on line 1 @2:1-2:5",
    );
  });

  it('explains the Python features tgrad leaves out', () => {
    for (const [code, word] of [['async def f(): pass', "'async' is not part of tgrad"]]) {
      const message = syntaxError(code);
      assert.ok(message.startsWith(word), `${code} → ${message}`);
      assert.ok(
        /program can only compute|return the new value|return a list|top to bottom/.test(message),
        message,
      );
    }
  });

  it('refuses expressions too deep to evaluate, without overflowing the stack', () => {
    for (const code of [
      'x = ' + '('.repeat(100_000) + '1' + ')'.repeat(100_000),
      'x = ' + Array.from({ length: 100_000 }, () => 'a').join(' + '),
      'x = ' + '-'.repeat(100_000) + '1',
      'x = ' + 'not '.repeat(100_000) + 'a',
      'x = ' + '2 ** '.repeat(50_000) + '2',
      'x = ' + 'a.b'.repeat(1) + '.b'.repeat(100_000),
      'x = ' + 'lambda: '.repeat(100_000) + '1',
      'x = ' + '['.repeat(100_000) + ']'.repeat(100_000),
      'x = ' + 'f('.repeat(100_000) + ')'.repeat(100_000),
    ]) {
      const message = syntaxError(code);
      assert.match(
        message,
        /nested too deeply|too many nested parentheses|too long or nested/,
        message.slice(0, 100),
      );
    }
  });
});

describe('from __future__ import', () => {
  it('takes every feature of Python 3.11 after a docstring and other future imports', () => {
    for (const code of [
      'from __future__ import annotations\nx = 1',
      '"""Doc."""\n# a comment\n\nfrom __future__ import annotations\nfrom __future__ import (division,\n  print_function)\nimport os',
      'from __future__ import generators, with_statement, nested_scopes, absolute_import, unicode_literals, generator_stop as g',
      'from __future__ import annotations; x = 1',
    ]) {
      assert.equal(syntaxError(code), 'no error', code);
    }
  });

  it('refuses one after other code, in a block, or naming an unknown feature, as CPython', () => {
    const late = 'from __future__ imports must occur at the beginning of the file';
    assert.equal(syntaxError('x = 1\nfrom __future__ import annotations'), `${late} @2:1-2:35`);
    assert.equal(
      syntaxError('def f():\n    from __future__ import annotations'),
      `${late} @2:5-2:39`,
    );
    assert.equal(
      syntaxError('"""a"""\n"""b"""\nfrom __future__ import annotations'),
      `${late} @3:1-3:35`,
    );
    assert.equal(
      syntaxError('from __future__ import annotations, nonexistent'),
      'future feature nonexistent is not defined @1:1-1:2',
    );
    assert.equal(syntaxError('from __future__ import braces'), 'not a chance @1:1-1:2');
    assert.equal(
      syntaxError('from __future__ import *'),
      'future feature * is not defined @1:1-1:2',
    );
  });
});

describe('checkSyntax', () => {
  it('gives the first syntax error of every code cell, at file positions', () => {
    const file = [
      '# %% one',
      'x = 1',
      '# %% two',
      'y = (',
      '# %% [markdown]',
      '# this is ( not code',
      '# %% three',
      'if x',
      '    pass',
      'z = ]',
    ].join('\n');
    const errors = checkSyntax(file);
    assert.deepEqual(
      errors.map((e) => [e.kind, e.line, e.col, e.message]),
      [
        ['SyntaxError', 4, 5, "'(' was never closed"],
        // CPython reports a tokenizer error later in the cell before the parser's.
        ['SyntaxError', 10, 5, "unmatched ']'"],
      ],
    );
  });

  it('parses a single cell for the editor', () => {
    assert.equal(parseCell('x = 1', 3).error, null);
    const bad = parseCell('def f():\n    nonlocal q', 3);
    assert.equal(bad.error?.message, "no binding for nonlocal 'q' found");
    assert.equal(bad.error?.line, 4);
  });
});
