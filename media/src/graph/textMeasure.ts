// Text widths for node sizes. Thousands of nodes each need several widths; setting ctx.font
// and measureText dominate, so: widths are cached, ctx.font is only set when it changes, and
// printable ASCII in a monospaced font (the editor font of the number cells) is computed
// from one glyph's advance.

const ASCII = /^[\x20-\x7e]*$/;

export class TextMeasure {
  private readonly ctx: CanvasRenderingContext2D | null;
  private readonly cache = new Map<string, number>();
  /** Advance of one glyph for fonts found to be monospaced; NaN for proportional ones. */
  private readonly monoAdvance = new Map<string, number>();
  private currentFont = '';

  constructor(doc: Document) {
    this.ctx = doc.createElement('canvas').getContext('2d');
  }

  readonly measure = (text: string, font: string): number => {
    const ctx = this.ctx;
    if (!ctx) return text.length * 8;
    let advance = this.monoAdvance.get(font);
    if (advance === undefined) {
      this.setFont(font);
      const narrow = ctx.measureText('iiiiiiiiii').width;
      const wide = ctx.measureText('MMMMMMMMMM').width;
      advance = Math.abs(narrow - wide) < 0.01 ? wide / 10 : NaN;
      this.monoAdvance.set(font, advance);
    }
    if (!Number.isNaN(advance) && ASCII.test(text)) return advance * text.length;
    const key = `${font}\u0000${text}`;
    let w = this.cache.get(key);
    if (w === undefined) {
      this.setFont(font);
      w = ctx.measureText(text).width;
      if (this.cache.size > 100_000) this.cache.clear();
      this.cache.set(key, w);
    }
    return w;
  };

  private setFont(font: string): void {
    if (font !== this.currentFont) {
      this.ctx!.font = font;
      this.currentFont = font;
    }
  }

  /** Fonts change with the theme. */
  reset(): void {
    this.cache.clear();
    this.monoAdvance.clear();
    this.currentFont = '';
  }
}
