import { strict as assert } from 'node:assert';
import { asFromPanel } from '../../../src/extension/panelMessages';

describe('panelMessages', () => {
  it('accepts the protocol’s messages', () => {
    assert.deepEqual(asFromPanel({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(asFromPanel({ type: 'reveal', valueId: 3, line: 4, col: 1, extra: 1 }), {
      type: 'reveal',
      valueId: 3,
      line: 4,
      col: 1,
    });
    assert.deepEqual(asFromPanel({ type: 'view', view: 'curves' }), {
      type: 'view',
      view: 'curves',
    });
    assert.deepEqual(asFromPanel({ type: 'export', format: 'csv', fileName: 'a.csv', data: 'x' }), {
      type: 'export',
      format: 'csv',
      fileName: 'a.csv',
      data: 'x',
    });
  });

  it('refuses anything else', () => {
    assert.equal(asFromPanel(null), null);
    assert.equal(asFromPanel('ready'), null);
    assert.equal(asFromPanel({ type: 'reveal', valueId: '3', line: 4, col: 1 }), null);
    assert.equal(asFromPanel({ type: 'view', view: 'everything' }), null);
    assert.equal(asFromPanel({ type: 'export', format: 'exe', fileName: 'a', data: '' }), null);
    assert.equal(asFromPanel({ type: 'launch' }), null);
  });
});
