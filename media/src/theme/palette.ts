// The theme as numbers and font strings for canvas drawing. VS Code publishes its theme as
// --vscode-* CSS variables; panel.css maps them (with fallbacks) onto --tg-* variables, and
// this module resolves those through a probe element so every CSS colour syntax is normalised.
import { parseColor, type Rgba } from './color';

export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export interface Palette {
  kind: ThemeKind;
  bg: Rgba;
  fg: Rgba;
  muted: Rgba;
  border: Rgba;
  widgetBg: Rgba;
  focus: Rgba;
  /** Chart grid lines and axes. */
  lines: Rgba;
  red: Rgba;
  blue: Rgba;
  green: Rgba;
  orange: Rgba;
  yellow: Rgba;
  purple: Rgba;
  /** UI font (chart ticks, group nodes). */
  font: string;
  fontSize: number;
  /** Editor font (numbers in graph records). */
  mono: string;
  monoSize: number;
}

/** Colour variables read from panel.css, by palette key. */
const colorVars: Record<
  Exclude<keyof Palette, 'kind' | 'font' | 'fontSize' | 'mono' | 'monoSize'>,
  string
> = {
  bg: '--tg-bg',
  fg: '--tg-fg',
  muted: '--tg-muted',
  border: '--tg-border',
  widgetBg: '--tg-widget-bg',
  focus: '--tg-focus',
  lines: '--tg-lines',
  red: '--tg-red',
  blue: '--tg-blue',
  green: '--tg-green',
  orange: '--tg-orange',
  yellow: '--tg-yellow',
  purple: '--tg-purple',
};

export function themeKind(body: HTMLElement): ThemeKind {
  const c = body.classList;
  if (c.contains('vscode-high-contrast-light')) return 'high-contrast-light';
  if (c.contains('vscode-high-contrast')) return 'high-contrast';
  if (c.contains('vscode-light')) return 'light';
  return 'dark';
}

const FALLBACK: Rgba = { r: 128, g: 128, b: 128, a: 1 };

/**
 * The theme as seen from `within` (the page's body in the panel; an output's own element in
 * a notebook, whose stylesheets live in a shadow root).
 */
export function readPalette(doc: Document, within: HTMLElement = doc.body): Palette {
  const probe = doc.createElement('span');
  probe.className = 'tg-probe';
  probe.setAttribute('aria-hidden', 'true');
  within.appendChild(probe);
  try {
    const read = (variable: string): Rgba => {
      probe.style.color = `var(${variable})`;
      return parseColor(getComputedStyle(probe).color) ?? FALLBACK;
    };
    const colors = Object.fromEntries(
      Object.entries(colorVars).map(([key, variable]) => [key, read(variable)]),
    ) as Record<keyof typeof colorVars, Rgba>;
    const bodyStyle = getComputedStyle(within);
    probe.style.fontFamily = 'var(--tg-mono-font)';
    probe.style.fontSize = 'var(--tg-mono-size)';
    const probeStyle = getComputedStyle(probe);
    const fontSize = parseFloat(bodyStyle.fontSize) || 13;
    return {
      kind: themeKind(doc.body),
      ...colors,
      font: bodyStyle.fontFamily || 'sans-serif',
      fontSize,
      mono: probeStyle.fontFamily || 'monospace',
      monoSize: parseFloat(probeStyle.fontSize) || fontSize,
    };
  } finally {
    probe.remove();
  }
}
