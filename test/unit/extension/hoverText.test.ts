import { strict as assert } from 'node:assert';
import { code, hoverMarkdown } from '../../../src/extension/hoverText';

const plain = { stale: false, lineLink: null };

describe('hoverText', () => {
  it('shows a Value with data, grad, op, inputs, label and a link to its line', () => {
    const md = hoverMarkdown(
      'x1w1',
      {
        kind: 'value',
        id: 7,
        data: -6,
        grad: 0.5,
        op: '*',
        label: 'x1w1',
        inputs: ['x1', 'w1'],
        line: 46,
        col: 8,
      },
      { stale: false, lineLink: (line, col) => `command:reveal?${line}:${col}` },
    );
    assert.match(md, /data \*\*-6\.0000\*\* · grad \*\*0\.5000\*\*/);
    assert.match(md, /`\*` of `x1`, `w1`/);
    assert.match(md, /label `x1w1`/);
    assert.match(md, /\[line 46\]\(command:reveal\?46:8\)/);
  });

  it('says when a grad adds up several backward passes, with a zero_grad hint', () => {
    const value = {
      kind: 'value' as const,
      id: 1,
      data: 2,
      grad: -4,
      op: '',
      label: 'a',
      inputs: [],
      line: 2,
      col: 1,
    };
    const once = hoverMarkdown('a', value, plain);
    assert.doesNotMatch(once, /passes/);
    const twice = hoverMarkdown('a', { ...value, passes: 2 }, plain);
    const hint = twice.split('\n\n').find((l) => l.includes('passes'));
    assert.equal(
      hint,
      'grad adds up 2 backward passes (micrograd accumulates): call `zero_grad(...)` ' +
        "(or `model.zero_grad()`) before `backward()` for one pass's gradient",
    );
  });

  it('says a leaf is a leaf and names unnamed inputs', () => {
    const leaf = hoverMarkdown(
      'a',
      {
        kind: 'value',
        id: 1,
        data: 2,
        grad: -1.5,
        op: '',
        label: 'a',
        inputs: [],
        line: 0,
        col: 0,
      },
      plain,
    );
    assert.match(leaf, /grad \*\*-1\.5000\*\*/);
    assert.match(leaf, /a leaf/);
    assert.doesNotMatch(leaf, /line/);
    const sum = hoverMarkdown(
      's',
      {
        kind: 'value',
        id: 2,
        data: 3,
        grad: 0,
        op: '+',
        label: '',
        inputs: ['', '1.0'],
        line: 3,
        col: 1,
      },
      plain,
    );
    assert.match(sum, /\(unnamed\), `1\.0`/);
    assert.match(sum, /made on line 3/);
  });

  it('shows a list by its length and its shortened repr', () => {
    const md = hoverMarkdown(
      'xs',
      {
        kind: 'list',
        length: 100,
        items: ['[0.1, 0.2]', '[0.3, 0.4]'],
        values: 0,
        preview: '[[0.1000, 0.2000], [0.3000, 0.4000], … 98 more]',
      },
      plain,
    );
    assert.match(md, /list of 100 items/);
    assert.match(md, /```\n\[\[0\.1000, 0\.2000\], \[0\.3000, 0\.4000\], … 98 more\]\n```/);
  });

  it('shows a module by shape, parameters and grad norm per layer', () => {
    const md = hoverMarkdown(
      'model',
      {
        kind: 'module',
        type: 'MLP',
        shape: 'MLP 2 → 16 → 16 → 1',
        params: 337,
        layers: [
          { name: 'layer 1 (16 relu)', params: 48, gradNorm: 0.25 },
          { name: 'layer 2', params: 272, gradNorm: 1e-7 },
        ],
      },
      plain,
    );
    assert.match(md, /`MLP 2 → 16 → 16 → 1`/);
    assert.match(md, /337 parameters/);
    assert.match(md, /\| layer 1 \(16 relu\) \| 48 \| 0\.2500 \|/);
    assert.match(md, /\| layer 2 \| 272 \| 1\.000e-7 \|/);
  });

  it('shows other objects by their repr, and says when values are from before a run', () => {
    const md = hoverMarkdown(
      'lr',
      { kind: 'number', type: 'float', repr: '0.05' },
      { stale: true, lineLink: null },
    );
    assert.match(md, /`lr` · float/);
    assert.match(md, /```\n0\.05\n```/);
    assert.match(md, /from before/);
  });

  it('quotes text with backticks safely', () => {
    assert.equal(code('a'), '`a`');
    assert.equal(code('a`b'), '``a`b``');
    assert.equal(code('`x'), '`` `x ``');
  });
});
