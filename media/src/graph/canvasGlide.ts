// Moving the view without drawing the picture again, while the stepper follows its current
// node. vis-network draws every edge on every draw (it culls nodes, not edges): 60–96 ms a
// frame for the demo's 2,000 drawn nodes, on each key or play step that left the view. A
// glide instead shifts the picture vis drew last with a CSS transform (the compositor moves
// the bitmap; nothing is drawn), the stepper's layer is painted for the shifted view at once,
// and vis draws the picture for the new view once the moves rest, or at once when the pointer
// comes to the picture (vis hit-tests its own view, not the shifted one).

/** Moves rest this long before vis draws the picture for the view they reached. */
export const GLIDE_REST_MS = 150;

export class CanvasGlide {
  /** CSS pixels the drawn picture is shifted by, until vis draws the view it stands for. */
  private shiftX = 0;
  private shiftY = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    /** vis's canvas (found when needed: vis makes it after the glide is made). */
    private readonly picture: () => HTMLCanvasElement | null,
    /** Makes vis draw the view the shift stands for: `dx`, `dy` CSS pixels from its own. */
    private readonly settle: (dx: number, dy: number) => void,
  ) {}

  get shift(): { x: number; y: number } {
    return { x: this.shiftX, y: this.shiftY };
  }

  get pending(): boolean {
    return this.timer !== null;
  }

  /** Shifts the picture so that what vis drew at (x, y) CSS pixels is at (toX, toY). */
  glide(x: number, y: number, toX: number, toY: number): void {
    this.shiftX = toX - x;
    this.shiftY = toY - y;
    const canvas = this.picture();
    if (canvas !== null) canvas.style.transform = `translate(${this.shiftX}px, ${this.shiftY}px)`;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.now(), GLIDE_REST_MS);
  }

  /** Draws the glided view now (the pointer is about to use the picture). */
  now(): void {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.settle(this.shiftX, this.shiftY);
  }

  /** vis drew the view the shift stood for: the picture stands where it is drawn again. */
  drawn(): void {
    if (this.timer !== null || (this.shiftX === 0 && this.shiftY === 0)) return;
    this.shiftX = 0;
    this.shiftY = 0;
    const canvas = this.picture();
    if (canvas !== null) canvas.style.transform = '';
  }
}
