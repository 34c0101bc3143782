import { strict as assert } from 'node:assert';
import type * as A from '../../../src/lang/ast';
import { TgradError } from '../../../src/lang/errors';
import { parseModule } from '../../../src/lang/parser';

function first(code: string): A.Stmt {
  return parseModule(code).body[0];
}

/** The import as Python's ast.dump shows it (names, asnames, level). */
function shape(s: A.Stmt): string {
  const names = (xs: A.ImportAlias[]) =>
    xs.map((a) => (a.asname === null ? a.name : `${a.name} as ${a.asname}`)).join(', ');
  if (s.type === 'Import') return `import ${names(s.names)}`;
  if (s.type === 'ImportFrom')
    return `from ${'.'.repeat(s.level)}${s.module ?? ''} import ${names(s.names)}`;
  return s.type;
}

function syntaxError(code: string): string {
  try {
    parseModule(code);
    return 'no error';
  } catch (e) {
    assert.ok(e instanceof TgradError && e.kind === 'SyntaxError', String(e));
    return `${e.message} @${e.line}:${e.col}`;
  }
}

describe('import syntax', () => {
  it('parses every form of import as Python does', () => {
    const cases: [string, string][] = [
      ['import math', 'import math'],
      ['import a.b.c as d, e', 'import a.b.c as d, e'],
      ['from x import a, b as c', 'from x import a, b as c'],
      ['from x import (a,\n  b as c,)', 'from x import a, b as c'],
      ['from x import *', 'from x import *'],
      ['from . import m', 'from . import m'],
      ['from .engine import Value', 'from .engine import Value'],
      ['from ... import y', 'from ... import y'],
      ['from ..pkg.mod import z', 'from ..pkg.mod import z'],
    ];
    for (const [code, expected] of cases) assert.equal(shape(first(code)), expected, code);
  });

  it('binds the name Python binds: the top package for `import a.b`, else the alias', () => {
    const s = first('import a.b.c, d.e as f') as A.Import;
    assert.deepEqual(
      s.names.map((n) => n.target?.name),
      ['a', 'f'],
    );
    const t = first('from m import x, y as z') as A.ImportFrom;
    assert.deepEqual(
      t.names.map((n) => n.target?.name),
      ['x', 'z'],
    );
  });

  it("gives CPython's syntax errors", () => {
    assert.equal(
      syntaxError('from x import a,'),
      'trailing comma not allowed without surrounding parentheses @1:17',
    );
    assert.equal(
      syntaxError('def f():\n    from x import *'),
      'import * only allowed at module level @2:19',
    );
    assert.equal(syntaxError('import x as'), 'invalid syntax @1:12');
    assert.equal(syntaxError('import a.'), 'invalid syntax @1:10');
    assert.equal(syntaxError('from import x'), 'invalid syntax @1:6');
    assert.equal(syntaxError('import .x'), 'invalid syntax @1:8');
  });
});
