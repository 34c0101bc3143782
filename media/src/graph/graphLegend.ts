// The key to the picture: the gradient colour scale (drawn with the very function that
// colours the nodes) and what each border means.
import { el } from '../element';
import { fixed4 } from '../format/number';
import { cssColor, divergingColor } from '../theme/color';
import type { Palette } from '../theme/palette';

const ROLES: [string, string][] = [
  ['role-leaf', 'input'],
  ['role-param', 'parameter'],
  ['role-const', 'constant'],
  ['role-output', 'output'],
  ['role-inner', 'computed'],
  ['role-op', 'operation'],
  ['role-group', 'folded (double-click opens)'],
];

export class GraphLegend {
  readonly element: HTMLElement;
  private readonly bar: HTMLCanvasElement;
  private readonly minText: HTMLElement;
  private readonly maxText: HTMLElement;

  constructor() {
    this.bar = el('canvas', { className: 'legend-bar', attrs: { 'aria-hidden': 'true' } });
    this.minText = el('span', { className: 'legend-end' });
    this.maxText = el('span', { className: 'legend-end' });
    const scale = el('div', { className: 'legend-scale' }, [
      el('span', { className: 'legend-title', text: 'grad' }),
      this.minText,
      this.bar,
      this.maxText,
    ]);
    const roles = el(
      'ul',
      { className: 'legend-roles', attrs: { 'aria-label': 'Node kinds' } },
      ROLES.map(([cls, text]) =>
        el('li', {}, [
          el('span', { className: `swatch ${cls}`, attrs: { 'aria-hidden': 'true' } }),
          el('span', { text }),
        ]),
      ),
    );
    this.element = el(
      'div',
      { className: 'legend', attrs: { role: 'group', 'aria-label': 'Legend' } },
      [scale, roles],
    );
  }

  update(palette: Palette, gradMax: number): void {
    const max = gradMax > 0 ? gradMax : 1;
    this.minText.textContent = `−${fixed4(max)}`;
    this.maxText.textContent = `+${fixed4(max)}`;
    this.element.setAttribute(
      'aria-description',
      `Gradient cells are blue when negative and red when positive, stronger with magnitude, up to ${fixed4(max)}.`,
    );
    const cssW = 140;
    const cssH = 10;
    const dpr = window.devicePixelRatio || 1;
    this.bar.width = Math.round(cssW * dpr);
    this.bar.height = Math.round(cssH * dpr);
    const ctx = this.bar.getContext('2d');
    if (!ctx) return;
    const w = this.bar.width;
    for (let px = 0; px < w; px++) {
      const g = ((px + 0.5) / w) * 2 * max - max;
      const c = divergingColor(
        Math.abs(g) < max / w ? 0 : g,
        max,
        palette.blue,
        palette.red,
        palette.widgetBg,
      );
      ctx.fillStyle = cssColor(c ?? palette.yellow);
      ctx.fillRect(px, 0, 1, this.bar.height);
    }
    ctx.strokeStyle = cssColor(palette.muted);
    ctx.lineWidth = 1;
    ctx.strokeRect(0.5, 0.5, w - 1, this.bar.height - 1);
  }
}
