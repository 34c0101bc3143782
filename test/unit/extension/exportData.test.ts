import { strict as assert } from 'node:assert';
import { ExportError, exportBytes, exportFileName } from '../../../src/extension/exportData';

describe('exportData', () => {
  it('writes SVG and CSV as UTF-8 text', () => {
    assert.equal(
      Buffer.from(exportBytes('csv', 'step,loss\n0,1.5\n')).toString('utf8'),
      'step,loss\n0,1.5\n',
    );
    assert.equal(Buffer.from(exportBytes('svg', '<svg>∇</svg>')).toString('utf8'), '<svg>∇</svg>');
  });

  it('decodes a PNG data URL and refuses anything else', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const bytes = exportBytes('png', `data:image/png;base64,${png.toString('base64')}`);
    assert.deepEqual([...bytes], [...png]);
    assert.throws(() => exportBytes('png', 'data:text/plain;base64,aGk='), ExportError);
    assert.throws(
      () => exportBytes('png', `data:image/png;base64,${Buffer.from('hi').toString('base64')}`),
      ExportError,
    );
  });

  it('offers a safe file name with the right extension', () => {
    assert.equal(exportFileName('graph', 'svg'), 'graph.svg');
    assert.equal(exportFileName('loss.csv', 'csv'), 'loss.csv');
    assert.equal(exportFileName('../../etc/passwd', 'png'), 'passwd.png');
    assert.equal(exportFileName('', 'png'), 'toygrad.png');
  });
});
