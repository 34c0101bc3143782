// The stepper's controls above the graph: the two entry buttons, then while stepping
// ← previous, play/pause with a speed, → next, a scrub bar, where we are, and the text of
// the current update. Only DOM here; stepper.ts decides what happens.
import { button, el } from '../element';

export interface BarEvents {
  start(mode: 'backward' | 'forward'): void;
  go(unit: number): void;
  step(delta: number): void;
  togglePlay(): void;
  speed(stepsPerSecond: number): void;
  close(): void;
}

export const SPEEDS = [1, 2, 5, 20, 60] as const;

export class StepperBar {
  /** The controls and the text, shown only while stepping (they take height from the graph). */
  readonly element: HTMLElement;
  /** The two start buttons, for the graph's toolbar. */
  readonly starts: HTMLElement;
  readonly startBackward: HTMLButtonElement;
  readonly startForward: HTMLButtonElement;
  private readonly controls: HTMLElement;
  readonly scrub: HTMLInputElement;
  readonly play: HTMLButtonElement;
  private readonly where: HTMLElement;
  readonly text: HTMLElement;

  constructor(events: BarEvents) {
    // Short texts: the toolbar must stay one row in a narrow panel (its full name is the label).
    this.startBackward = button('Step ∇', () => events.start('backward'), {
      className: 'stepper-start',
      attrs: {
        'aria-label': 'Step through backward',
        title: 'Step through backward: the pass one chain-rule update at a time',
      },
    });
    this.startForward = button('Step ▸', () => events.start('forward'), {
      className: 'stepper-start',
      attrs: {
        'aria-label': 'Step through forward',
        title: 'Step through forward: how the graph was made, one Value at a time',
      },
    });
    this.play = button('▶ Play', () => events.togglePlay(), {
      attrs: { title: 'Play or pause (Space)', 'aria-pressed': 'false' },
    });
    const speed = el('select', { attrs: { title: 'Steps per second', 'aria-label': 'Speed' } });
    for (const s of SPEEDS)
      speed.appendChild(el('option', { text: `${s}/s`, attrs: { value: String(s) } }));
    speed.value = '2';
    speed.addEventListener('change', () => events.speed(Number(speed.value)));
    this.scrub = el('input', {
      className: 'stepper-scrub',
      attrs: { type: 'range', min: '0', max: '0', value: '0', 'aria-label': 'Step' },
    });
    this.scrub.addEventListener('input', () => events.go(Number(this.scrub.value)));
    this.where = el('span', { className: 'stepper-where', attrs: { 'aria-live': 'polite' } });
    this.controls = el('div', { className: 'stepper-controls' }, [
      button('←', () => events.step(-1), {
        attrs: { title: 'Previous step (←)', 'aria-label': 'Previous step' },
      }),
      this.play,
      speed,
      button('→', () => events.step(1), {
        attrs: { title: 'Next step (→)', 'aria-label': 'Next step' },
      }),
      this.scrub,
      this.where,
      button('✕', () => events.close(), {
        attrs: { title: 'Stop stepping (Esc)', 'aria-label': 'Stop stepping' },
      }),
    ]);
    this.text = el('pre', { className: 'stepper-text', attrs: { 'aria-live': 'polite' } });
    this.starts = el('span', { className: 'stepper-starts' }, [
      this.startBackward,
      this.startForward,
    ]);
    this.element = el(
      'div',
      {
        className: 'stepper',
        attrs: { role: 'group', 'aria-label': 'Step through the pass', tabindex: '-1' },
      },
      [this.controls, this.text],
    );
    this.setActive(false);
  }

  /** Disabled, not hidden, without a graph: the toolbar keeps its size (no relayout, no refit). */
  setAvailable(available: boolean): void {
    this.startBackward.disabled = !available;
    this.startForward.disabled = !available;
  }

  setActive(active: boolean): void {
    this.element.hidden = !active;
    this.startBackward.hidden = active;
    this.startForward.hidden = active;
  }

  setPosition(unit: number, units: number, label: string): void {
    this.scrub.max = String(Math.max(0, units - 1));
    if (this.scrub.value !== String(unit)) this.scrub.value = String(unit);
    this.where.textContent = label;
  }

  setPlaying(playing: boolean): void {
    this.play.textContent = playing ? '⏸ Pause' : '▶ Play';
    this.play.setAttribute('aria-pressed', String(playing));
  }

  setText(lines: readonly string[]): void {
    this.text.textContent = lines.join('\n');
  }
}
