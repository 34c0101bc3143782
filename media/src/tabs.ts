// The view switcher, following the WAI-ARIA tabs pattern: one tab stop, arrow keys (and
// Home/End) move between tabs and activate them. It starts with no view at all: which view
// the panel shows is the extension's to say (its first `state`), and a default shown in the
// meantime is what a person would see when that message is late.
import type { PanelView } from '../../src/kernel/protocol';
import { el } from './element';

export interface TabDef {
  view: PanelView;
  label: string;
  panel: HTMLElement;
}

export class Tabs {
  readonly list: HTMLElement;
  readonly panels: HTMLElement;
  private readonly tabs = new Map<PanelView, HTMLButtonElement>();
  private readonly panelOf = new Map<PanelView, HTMLElement>();
  private current: PanelView | null = null;

  constructor(
    defs: readonly TabDef[],
    private readonly onSelect: (view: PanelView, fromUser: boolean) => void,
  ) {
    this.list = el('div', {
      className: 'tabs',
      attrs: { role: 'tablist', 'aria-label': 'ToyGrad views' },
    });
    this.panels = el('div', { className: 'tab-panels' });
    for (const d of defs) {
      const tab = el(
        'button',
        {
          className: 'tab',
          attrs: {
            type: 'button',
            role: 'tab',
            id: `tab-${d.view}`,
            'aria-controls': `panel-${d.view}`,
          },
        },
        [
          el('span', { text: d.label }),
          el('span', { className: 'tab-dot', attrs: { 'aria-hidden': 'true' } }),
        ],
      );
      tab.addEventListener('click', () => this.select(d.view, true));
      tab.addEventListener('keydown', (e) => this.onKey(e));
      this.tabs.set(d.view, tab);
      this.list.appendChild(tab);
      const panel = el(
        'section',
        {
          className: 'tab-panel',
          attrs: { role: 'tabpanel', id: `panel-${d.view}`, 'aria-labelledby': `tab-${d.view}` },
        },
        [d.panel],
      );
      this.panelOf.set(d.view, panel);
      this.panels.appendChild(panel);
    }
    this.apply();
  }

  /** The view shown; null until the first `select`. */
  get view(): PanelView | null {
    return this.current;
  }

  select(view: PanelView, fromUser: boolean): void {
    if (!this.tabs.has(view)) return;
    const changed = view !== this.current;
    this.current = view;
    this.apply();
    if (changed || fromUser) this.onSelect(view, fromUser);
  }

  /** A dot on a background tab: something new arrived there. */
  markUpdated(view: PanelView): void {
    if (view === this.current) return;
    const tab = this.tabs.get(view);
    if (!tab || tab.classList.contains('updated')) return;
    tab.classList.add('updated');
    tab.setAttribute('aria-description', 'updated');
  }

  private apply(): void {
    const first = this.tabs.keys().next().value;
    for (const [view, tab] of this.tabs) {
      const active = view === this.current;
      tab.setAttribute('aria-selected', String(active));
      // With no view yet, the first tab is the way in from the keyboard.
      tab.tabIndex = active || (this.current === null && view === first) ? 0 : -1;
      if (active) {
        tab.classList.remove('updated');
        tab.removeAttribute('aria-description');
      }
      this.panelOf.get(view)!.hidden = !active;
    }
  }

  private onKey(e: KeyboardEvent): void {
    const views = [...this.tabs.keys()];
    const focused = views.find((v) => this.tabs.get(v) === e.currentTarget);
    const at = views.indexOf(this.current ?? focused ?? views[0]);
    let next = -1;
    if (e.key === 'ArrowRight') next = (at + 1) % views.length;
    else if (e.key === 'ArrowLeft') next = (at - 1 + views.length) % views.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = views.length - 1;
    if (next < 0) return;
    e.preventDefault();
    this.select(views[next], true);
    this.tabs.get(views[next])!.focus();
  }
}
