import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinHoverMarkdown, parseBuiltinTable } from '../../../src/extension/builtinDocs';

const doc = readFileSync(join(__dirname, '../../../../docs/language.md'), 'utf8');

describe('built-in hovers from docs/language.md', () => {
  const table = parseBuiltinTable(doc);

  it('reads a signature and what it gives for the built-ins a learner meets first', () => {
    for (const name of ['train', 'moons', 'MLP', 'Value', 'zero_grad', 'draw', 'pi']) {
      assert.ok(table.has(name), `${name} is in the table`);
    }
    const train = table.get('train')!;
    assert.deepEqual(train.signatures, [
      'train(model, xs, ys, loss="mse", optimizer=None, steps=100, lr=0.05, batch=None, every=1)',
    ]);
    assert.deepEqual(train.gives, ['the list of losses']);
    assert.deepEqual(table.get('moons')!.signatures, ['moons(n=100, noise=0.1)']);
    assert.deepEqual(table.get('MLP')!.gives, ['a multi-layer perceptron']);
  });

  it('keeps every signature of a name documented in several rows', () => {
    const log = table.get('log')!;
    assert.deepEqual(log.signatures, ['log(x)', 'log(x, base)', 'log(value, name="loss")']);
    assert.equal(log.gives[2], 'a point of the named loss curve (as a statement)');
  });

  it('shows the signatures as code with what each gives, markdown stripped', () => {
    const md = builtinHoverMarkdown(table.get('zero_grad')!);
    assert.equal(
      md,
      '```tgrad\nzero_grad(x)  # → sets grad = 0.0 on a Value, a list of Values or a ' +
        "module's parameters\n```\n\nbuilt-in · see *Built-ins at a glance* in docs/language.md",
    );
  });

  it('reads nothing from a document without the table, and cells with an escaped bar', () => {
    assert.equal(parseBuiltinTable('# no table here\n').size, 0);
    const md =
      '<!-- builtins table -->\n\n| Built-in | Gives |\n| --- | --- |\n| `a(x)` | x \\| y |\n';
    assert.deepEqual(table.size > 0 && parseBuiltinTable(md).get('a')?.gives, ['x | y']);
  });
});
