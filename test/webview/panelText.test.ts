// Text and colour helpers behind what the panel shows (pure).
import * as assert from 'node:assert/strict';
import { escapeXml, graphSvg } from '../../media/src/graph/graphSvg';
import { displayText, recordLabel, valueLook } from '../../media/src/graph/nodeLook';
import { compact, count, exact, fixed4, tick } from '../../media/src/format/number';
import { contrastRatio, divergingColor, parseColor, readableOn } from '../../media/src/theme/color';
import type { Palette } from '../../media/src/theme/palette';
import { asToPanel } from '../../media/src/messages';
import { readUiState } from '../../media/src/uiState';

const palette: Palette = {
  kind: 'dark',
  bg: parseColor('#1f1f1f')!,
  fg: parseColor('#cccccc')!,
  muted: parseColor('#9d9d9d')!,
  border: parseColor('#2b2b2b')!,
  widgetBg: parseColor('#202020')!,
  focus: parseColor('#0078d4')!,
  lines: parseColor('#cccccc80')!,
  red: parseColor('#f14c4c')!,
  blue: parseColor('#3794ff')!,
  green: parseColor('#89d185')!,
  orange: parseColor('#d18616')!,
  yellow: parseColor('#cca700')!,
  purple: parseColor('#b180d7')!,
  font: 'sans-serif',
  fontSize: 13,
  mono: 'monospace',
  monoSize: 13,
};

describe('numbers as the panel prints them', () => {
  it("follows micrograd's %.4f in graph records", () => {
    assert.equal(fixed4(2), '2.0000');
    assert.equal(fixed4(-1.5), '-1.5000');
    assert.equal(fixed4(0.70710678), '0.7071');
    assert.equal(fixed4(-0), '0.0000');
    assert.equal(fixed4(1e-7), '1.00e-7');
    assert.equal(fixed4(NaN), 'nan');
    assert.equal(fixed4(-Infinity), '-inf');
  });

  it('prints exact values as Python does', () => {
    assert.equal(exact(2), '2.0');
    assert.equal(exact(0.1 + 0.2), '0.30000000000000004');
    assert.equal(exact(1e-5), '1e-05');
    assert.equal(exact(1e16), '1e+16');
    assert.equal(count(65818), '65,818');
    assert.equal(compact(0.123456789), '0.123457');
    assert.equal(tick(0.30000000000000004, 0.1), '0.3');
  });
});

describe('labels', () => {
  it("builds draw_dot's record text", () => {
    assert.equal(recordLabel({ label: 'a', data: 2, grad: 6 }), 'a | data 2.0000 | grad 6.0000');
    assert.equal(recordLabel({ label: '', data: 2, grad: 6 }), 'data 2.0000 | grad 6.0000');
  });

  it('flattens control characters and shortens long labels', () => {
    assert.equal(displayText('a\nb\tc'), 'a b c');
    assert.equal([...displayText('x'.repeat(100))].length, 32);
  });

  it('escapes XML and drops what XML cannot hold', () => {
    assert.equal(
      escapeXml(`<img src=x onerror="alert('1')">&`),
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;',
    );
    assert.equal(escapeXml('a\u0000b\ud800c'), 'abc');
  });

  it('writes an SVG whose only text comes escaped', () => {
    const measure = (t: string) => t.length * 8;
    const look = valueLook(
      {
        id: 1,
        label: '</text><script>alert(1)</script>',
        data: 1,
        grad: -1,
        op: '',
        inputs: [],
        role: 'leaf',
        line: 1,
        col: 1,
        group: 0,
        level: 0,
        order: 0,
      },
      true,
      { palette, measure, gradMax: 1, vertical: false },
    );
    const svg = graphSvg([{ look, x: 0, y: 0 }], [], palette, 'graph of <x>');
    assert.ok(!svg.includes('<script'));
    assert.ok(svg.includes('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(svg.includes('<title>graph of &lt;x&gt;</title>'));
  });
});

describe('colours', () => {
  it('parses the forms computed styles use', () => {
    assert.deepEqual(parseColor('rgb(1, 2, 3)'), { r: 1, g: 2, b: 3, a: 1 });
    assert.deepEqual(parseColor('rgba(1, 2, 3, 0.5)'), { r: 1, g: 2, b: 3, a: 0.5 });
    assert.deepEqual(parseColor('#cccccc80'), { r: 204, g: 204, b: 204, a: 128 / 255 });
    assert.deepEqual(parseColor('color(srgb 1 0 0.5 / 0.25)'), { r: 255, g: 0, b: 128, a: 0.25 });
    assert.equal(parseColor('tomato'), null);
  });

  it('colours gradients by sign and magnitude, neutral at 0', () => {
    const neutral = palette.widgetBg;
    assert.deepEqual(divergingColor(0, 6, palette.blue, palette.red, neutral), neutral);
    const pos = divergingColor(6, 6, palette.blue, palette.red, neutral)!;
    const neg = divergingColor(-6, 6, palette.blue, palette.red, neutral)!;
    const weak = divergingColor(1, 6, palette.blue, palette.red, neutral)!;
    assert.ok(pos.r > pos.b && neg.b > neg.r);
    assert.ok(
      contrastRatio(weak, neutral) < contrastRatio(pos, neutral),
      'stronger with magnitude',
    );
    assert.equal(divergingColor(NaN, 6, palette.blue, palette.red, neutral), null);
    assert.deepEqual(readableOn(parseColor('#ffffff')!, palette.fg, palette.bg), palette.bg);
  });
});

describe('incoming messages and saved UI state', () => {
  it('accepts panel messages and rejects anything else', () => {
    assert.ok(asToPanel({ type: 'clearLoss' }));
    assert.ok(asToPanel({ type: 'select', valueId: null }));
    assert.equal(asToPanel({ type: 'select', valueId: '3' }), null);
    assert.equal(asToPanel({ type: 'graph', graph: { values: 'x' } }), null);
    assert.equal(asToPanel({ type: 'show', view: 'elsewhere' }), null);
    assert.equal(asToPanel('state'), null);
    assert.equal(asToPanel({ type: 'run' }), null);
  });

  it('reads saved UI state defensively', () => {
    assert.deepEqual(readUiState(undefined), {
      logScale: false,
      smooth: false,
      hiddenSeries: [],
      graph: null,
    });
    assert.deepEqual(
      readUiState({
        logScale: true,
        hiddenSeries: ['a', 3],
        graph: { key: 'k', collapsed: [1, 'x'] },
      }),
      {
        logScale: true,
        smooth: false,
        hiddenSeries: ['a'],
        graph: {
          key: 'k',
          collapsed: [1],
          pinnedGroups: [],
          extraBudget: 0,
          expandedChains: [],
          bundleLeaves: true,
          openBundles: [],
        },
      },
    );
  });
});
