import { strict as assert } from 'node:assert';
import { statusView } from '../../../src/extension/statusText';
import { numberText, shortNumber } from '../../../src/extension/numberText';

const idle = {
  busy: false,
  cellNumber: null,
  cellLabel: null,
  progress: null,
  started: false,
  waitingForInput: false,
};

describe('statusText', () => {
  it('is idle, then running a cell, then shows training progress', () => {
    assert.equal(statusView(idle).text, '$(beaker) ToyGrad: idle');
    assert.equal(statusView(idle).action, 'showPanel');
    const running = { ...idle, busy: true, started: true, cellNumber: 4, cellLabel: 'Training' };
    assert.equal(statusView(running).text, '$(sync~spin) ToyGrad: running cell 4');
    assert.equal(statusView(running).action, 'stop');
    const training = { ...running, progress: { step: 41, steps: 1000, loss: 0.0234567891 } };
    assert.equal(statusView(training).text, '$(sync~spin) step 42/1000 · loss 0.0234568');
    assert.match(statusView(training).tooltip, /Click to stop/);
  });

  it('says so while the running cell waits for input, and Stop stays in reach', () => {
    const asking = { ...idle, busy: true, started: true, cellNumber: 2, waitingForInput: true };
    assert.equal(statusView(asking).text, '$(keyboard) ToyGrad: cell 2 waits for input');
    assert.match(statusView(asking).tooltip, /box at the top/);
    assert.equal(statusView(asking).action, 'stop');
  });

  it('formats numbers for hovers and the status bar', () => {
    assert.equal(numberText(-1.5), '-1.5000');
    assert.equal(numberText(0.70710678), '0.7071');
    assert.equal(numberText(-0.00000001), '-1.000e-8');
    assert.equal(numberText(-0.00001 * 0), '0.0000');
    assert.equal(numberText(2.5e7), '2.500e7');
    assert.equal(numberText(NaN), 'nan');
    assert.equal(numberText(-Infinity), '-inf');
    assert.equal(shortNumber(1234.56789), '1234.57');
  });
});
