import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSnippetBody } from './snippet-syntax';
import { describeLine, repoRoot, scopeMatches, tokenize } from './grammar-harness';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const snippets = JSON.parse(
  readFileSync(join(repoRoot(), 'snippets/tgrad.json'), 'utf8'),
) as Record<string, Snippet>;

const bodyOf = (s: Snippet): string => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const prefixes = (s: Snippet): string[] => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);

/** The snippet's text as inserted with all defaults, indented with 4 spaces per tab. */
function expanded(prefix: string): string {
  const found = Object.values(snippets).find((s) => prefixes(s).includes(prefix));
  assert.ok(found, `no snippet with prefix ${prefix}`);
  return checkSnippetBody(bodyOf(found)).expansion.replace(/\t/g, '    ');
}

describe('tgrad snippets', () => {
  describe('the snippet syntax checker', () => {
    it('accepts tabstops, nested placeholders, choices, mirrors and escapes', () => {
      const r = checkSnippetBody('${1:a} = Value(${2:2.0}, label="${3:$1}") \\$5 ${4|x,y|} $1$0');
      assert.deepEqual(r.errors, []);
      assert.equal(r.expansion, 'a = Value(2.0, label="a") $5 x a');
      assert.deepEqual(r.tabstops, [1, 2, 3, 4, 0]);
    });

    it('rejects unbalanced placeholders, unknown variables and lone dollars', () => {
      assert.match(checkSnippetBody('x = ${1:foo').errors.join(), /unclosed/);
      assert.match(checkSnippetBody('${2:model}.zero_grad()\n$model').errors.join(), /\$model/);
      assert.match(checkSnippetBody('cost $ 5').errors.join(), /lone \$/);
      assert.match(checkSnippetBody('${:x}').errors.join(), /not followed/);
      assert.match(checkSnippetBody('${1|only|}').errors.join(), /one option/);
      assert.match(checkSnippetBody('${1:a} ${1:b}').errors.join(), /two defaults/);
    });
  });

  it('every snippet has a word prefix, a description and a well-formed body', () => {
    assert.ok(Object.keys(snippets).length >= 6);
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(prefixes(s).length > 0, name);
      for (const p of prefixes(s)) assert.match(p, /^[A-Za-z_]\w*$/, `${name}: prefix ${p}`);
      assert.equal(typeof s.description, 'string', name);
      assert.ok(s.description.length > 0, name);
      const r = checkSnippetBody(bodyOf(s));
      assert.deepEqual(r.errors, [], name);
      // Tabstops are numbered 1..n with no gaps, so Tab visits every field.
      const numbered = r.tabstops.filter((n) => n !== 0).sort((a, b) => a - b);
      assert.deepEqual(
        numbered,
        numbered.map((_, k) => k + 1),
        `${name}: tabstops ${numbered.join(',')}`,
      );
    }
  });

  it('every snippet, expanded with its defaults, is tgrad code with no invalid token', async () => {
    for (const [name, s] of Object.entries(snippets)) {
      const text = checkSnippetBody(bodyOf(s)).expansion.replace(/\t/g, '    ');
      const doc = await tokenize(text);
      doc.forEach((tokens) => {
        const bad = tokens.filter((t) => t.scopes.some((sc) => sc.startsWith('invalid')));
        assert.deepEqual(bad, [], `${name}:\n${describeLine(tokens)}`);
      });
      // Indentation is whole levels and only grows right after a line ending with `:`.
      const lines = text.split('\n');
      lines.forEach((line, k) => {
        const indent = line.length - line.trimStart().length;
        assert.equal(indent % 4, 0, `${name}: ${line}`);
        const prev = lines
          .slice(0, k)
          .reverse()
          .find((l) => l.trim() !== '');
        if (prev !== undefined && line.trim() !== '') {
          const prevIndent = prev.length - prev.trimStart().length;
          if (indent > prevIndent) {
            assert.match(prev, /:\s*$/, `${name}: indent after ${prev}`);
            assert.equal(indent, prevIndent + 4, `${name}: ${line}`);
          }
        }
      });
    }
  });

  it('cell inserts a code cell marker with a title placeholder', async () => {
    const s = Object.values(snippets).find((x) => prefixes(x).includes('cell'));
    assert.ok(s);
    assert.match(bodyOf(s), /^# %% \$\{1:title\}/);
    const doc = await tokenize(expanded('cell'));
    assert.ok(
      doc[0].some((t) => t.scopes.some((sc) => scopeMatches(sc, 'keyword.other.cell-marker'))),
    );
    assert.ok(
      doc[0].some((t) => t.text === 'title' && t.scopes.includes('entity.name.section.cell.tgrad')),
    );
  });

  it('mdcell inserts a markdown cell whose lines are comments', async () => {
    const doc = await tokenize(expanded('mdcell'));
    assert.ok(doc[0].some((t) => t.scopes.includes('support.type.cell-kind.markdown.tgrad')));
    for (const tokens of doc.slice(1)) {
      for (const t of tokens)
        assert.ok(
          t.scopes.some((sc) => sc.startsWith('comment')),
          t.text,
        );
    }
  });

  it('trainloop is micrograd’s loop: forward, loss, zero_grad, backward, update', () => {
    const text = expanded('trainloop');
    const order = [
      /^for k in range\(100\):$/m,
      /^ {4}ypred = \[model\(x\) for x in xs\]$/m,
      /^ {4}loss = sum\(\(yout - ygt\) \*\* 2 for ygt, yout in zip\(ys, ypred\)\)$/m,
      /^ {4}model\.zero_grad\(\)$/m,
      /^ {4}loss\.backward\(\)$/m,
      /^ {4}for p in model\.parameters\(\):$/m,
      /^ {8}p\.data \+= -0\.05 \* p\.grad$/m,
    ];
    let from = 0;
    for (const re of order) {
      const m = re.exec(text.slice(from));
      assert.ok(m, `${re} after offset ${from} in:\n${text}`);
      from += m.index + m[0].length;
    }
  });

  it('train, mlp and value insert the calls they are named for', () => {
    assert.equal(
      expanded('train'),
      'losses = train(model, xs, ys, loss="mse", steps=100, lr=0.05)',
    );
    assert.match(expanded('mlp'), /^model = MLP\(2, \[16, 16, 1\], act="tanh"\)$/m);
    assert.equal(expanded('value'), 'a = Value(2.0, label="a")');
  });
});
