// The grammar and the cell reader (src/lang/cells.ts) must agree on which lines start cells,
// whatever code comes before them: otherwise the editor would colour a line as a cell
// marker that the kernel runs as code, or the other way round.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitCells } from '../../../src/lang/cells';
import { describeLine, scopeMatches, tokenize, type ScopedToken } from './grammar-harness';

const has = (tokens: ScopedToken[], selector: string): boolean =>
  tokens.some((t) => t.scopes.some((s) => scopeMatches(s, selector)));

/** Pieces of code that open regions (calls, strings, f-string fields, parameter lists...). */
const fragment = fc.constantFrom(
  '(', ')', '[', ']', '{', '}', '"', "'", 'f"{', "f'{x:", 'f"{d[', 'def f(', 'def g(x=',
  'lambda', 'lambda x', 'print(', 'x.y(', 'train(m, xs, steps=', '\\', '# note', '# %%',
  '# %% [markdown]', '#%%[md] t', '%%', '#', ':', '=', '==', 'x', 'Value', '1e-3', '.5', ' ',
  '    ', '\t', 'import', 'if', 'else:', '`', '**', 'e',
); // prettier-ignore

const codeLine = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(''));

/** Arbitrary one-line text, including odd whitespace between `#` and `%%`. */
const anyLine = fc
  .array(
    fc.oneof(
      fragment,
      fc.constantFrom('#', '%', ' ', '\t', '\u00a0', '\u3000', '\f', '\v', '[markdown]', '[md]'),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join('').replace(/[\r\n]/g, ''));

describe('tgrad grammar and cell reader agree on cell markers', () => {
  it('a marker line after any code is a marker, and the code after it starts clean', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(codeLine, { maxLength: 5 }), async (prefix) => {
        const lines = [...prefix, '# %% Title', 'x = 1'];
        const doc = await tokenize(lines.join('\n'));
        const marker = doc[prefix.length];
        assert.ok(has(marker, 'keyword.other.cell-marker.tgrad'), describeLine(marker));
        assert.ok(has(marker, 'entity.name.section.cell.tgrad'), describeLine(marker));
        const code = doc[prefix.length + 1];
        const eq = code.find((t) => t.text === '=');
        assert.deepEqual(eq?.scopes, ['source.tgrad', 'keyword.operator.assignment.tgrad']);
      }),
      { numRuns: 300 },
    );
  });

  it('a line is scoped as a (markdown) cell marker exactly when the reader splits there', async () => {
    await fc.assert(
      fc.asyncProperty(anyLine, async (line) => {
        const tokens = (await tokenize(line))[0];
        const cell = splitCells(line)[0];
        const isMarker = cell !== undefined && cell.hasMarker;
        const isMarkdown = isMarker && cell.kind === 'markdown';
        assert.equal(
          has(tokens, 'keyword.other.cell-marker.tgrad'),
          isMarker,
          describeLine(tokens),
        );
        assert.equal(has(tokens, 'meta.cell-marker.markdown.tgrad'), isMarkdown, line);
        if (isMarker) {
          // Same title, up to the whitespace the reader trims around the tag.
          const title = tokens
            .filter((t) => t.scopes.some((s) => scopeMatches(s, 'entity.name.section')))
            .map((t) => t.text)
            .join('');
          assert.equal(title.replace(/\s+/g, ''), cell.title.replace(/\s+/g, ''), line);
        }
      }),
      { numRuns: 500 },
    );
  });
});
