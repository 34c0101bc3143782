// While a cell of the panel's document runs: what runs, and a Stop button. The panel often
// has the focus while a person watches the curves, and then the editor's Stop (status bar,
// editor title) is out of sight; this one is where they look.
import { button, el } from './element';
import type { PanelHost } from './host';

export class RunBar {
  readonly element: HTMLElement;
  private readonly label: HTMLElement;
  private readonly stop: HTMLButtonElement;

  constructor(host: PanelHost) {
    this.label = el('span', { className: 'run-bar-label', attrs: { role: 'status' } });
    this.stop = button(
      'Stop',
      () => {
        this.stop.disabled = true;
        this.label.textContent = 'Stopping…';
        host.post({ type: 'stop' });
      },
      { className: 'run-bar-stop', attrs: { title: 'Stop the running cell (ToyGrad: Stop)' } },
    );
    this.element = el('div', { className: 'run-bar' }, [this.label, this.stop]);
    this.element.hidden = true;
  }

  /** `running`: what runs ("Training", "cell 3"), or null when nothing does. */
  set(running: string | null): void {
    this.element.hidden = running === null;
    this.stop.disabled = running === null;
    this.label.textContent = running === null ? '' : `Running ${running}…`;
  }

  get running(): string | null {
    return this.element.hidden ? null : (this.label.textContent ?? '');
  }
}
