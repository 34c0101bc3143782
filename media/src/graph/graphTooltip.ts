// The hover card over the graph canvas. vis-network can show `title` tooltips, but building a
// card for each of 2,000 nodes up front costs more than the rest of opening the graph: this
// one is built when the pointer rests on a node, from textContent only.
import { el } from '../element';

export class GraphTooltip {
  readonly element: HTMLElement;
  private timer = 0;
  private shownFor: string | null = null;

  constructor(
    private readonly stage: HTMLElement,
    private readonly contentFor: (id: string) => HTMLElement | null,
  ) {
    this.element = el('div', {
      className: 'graph-tip',
      attrs: { role: 'tooltip', id: 'graph-tip' },
    });
    this.element.hidden = true;
  }

  /** Shows the card for `id` near `at` (stage coordinates) after a short rest. */
  schedule(id: string, at: { x: number; y: number }): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      const content = this.contentFor(id);
      if (!content) return;
      this.shownFor = id;
      this.element.replaceChildren(content);
      this.element.hidden = false;
      const box = this.stage.getBoundingClientRect();
      const w = this.element.offsetWidth;
      const h = this.element.offsetHeight;
      const left = at.x + 16 + w > box.width ? Math.max(4, at.x - w - 16) : at.x + 16;
      const top = at.y + 16 + h > box.height ? Math.max(4, at.y - h - 16) : at.y + 16;
      this.element.style.left = `${left}px`;
      this.element.style.top = `${top}px`;
    }, 250);
  }

  /** New data for the node under the card. */
  refresh(): void {
    if (!this.shownFor || this.element.hidden) return;
    const content = this.contentFor(this.shownFor);
    if (content) this.element.replaceChildren(content);
  }

  hide(): void {
    window.clearTimeout(this.timer);
    this.shownFor = null;
    this.element.hidden = true;
  }
}
