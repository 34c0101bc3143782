// The shipped examples are valid tgrad: the grammar must not flag anything in them, and it
// must see the same cell markers as the cell reader.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitCells } from '../../../src/lang/cells';
import { describeLine, repoRoot, tokenize } from './grammar-harness';

const dir = join(repoRoot(), 'examples');
const examples = readdirSync(dir).filter((f) => f.endsWith('.tgrad'));

describe('tgrad grammar on the shipped examples', () => {
  it('has examples to check', () => {
    assert.ok(examples.length > 0);
  });

  for (const name of examples) {
    it(`${name}: no invalid token, and the cell markers of the cell reader`, async () => {
      const text = readFileSync(join(dir, name), 'utf8');
      const doc = await tokenize(text);
      doc.forEach((tokens, line) => {
        const bad = tokens.filter((t) => t.scopes.some((s) => s.startsWith('invalid')));
        assert.deepEqual(bad, [], `${name}:${line + 1}\n${describeLine(tokens)}`);
      });
      const markerLines = doc
        .map((tokens, line) => ({ tokens, line }))
        .filter(({ tokens }) =>
          tokens.some((t) => t.scopes.includes('keyword.other.cell-marker.tgrad')),
        )
        .map(({ line }) => line);
      const cells = splitCells(text).filter((c) => c.hasMarker);
      assert.deepEqual(
        markerLines,
        cells.map((c) => c.startLine),
      );
      for (const c of cells.filter((cell) => cell.kind === 'markdown')) {
        assert.ok(
          doc[c.startLine].some((t) => t.scopes.includes('support.type.cell-kind.markdown.tgrad')),
          `${name}:${c.startLine + 1} is a markdown cell`,
        );
      }
    });
  }
});
