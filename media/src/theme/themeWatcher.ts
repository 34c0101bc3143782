// VS Code switches themes by toggling body classes and rewriting the --vscode-* variables on
// <html>; both are attribute changes, so one MutationObserver catches every theme switch.
import { readPalette, type Palette } from './palette';

export class ThemeWatcher {
  private current: Palette;
  private readonly listeners: ((p: Palette) => void)[] = [];
  private readonly observer: MutationObserver;
  private pending = false;

  constructor(
    private readonly doc: Document,
    private readonly within: HTMLElement = doc.body,
  ) {
    this.current = readPalette(doc, within);
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(doc.body, {
      attributes: true,
      attributeFilter: ['class', 'data-vscode-theme-kind'],
    });
    this.observer.observe(doc.documentElement, {
      attributes: true,
      attributeFilter: ['style', 'class'],
    });
  }

  get palette(): Palette {
    return this.current;
  }

  onChange(listener: (p: Palette) => void): void {
    this.listeners.push(listener);
  }

  /** Re-reads the theme now (also on zoom); listeners hear only of real changes. */
  refresh(): void {
    const next = readPalette(this.doc, this.within);
    if (JSON.stringify(next) === JSON.stringify(this.current)) return;
    this.current = next;
    for (const l of this.listeners) l(this.current);
  }

  // Class and style usually change together: read the theme once, after both.
  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      this.refresh();
    });
  }

  dispose(): void {
    this.observer.disconnect();
  }
}
