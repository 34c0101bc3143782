// The one error type a tgrad program can meet. Every error carries a kind named as Python
// names it, a message in Python's wording where Python has one, and a 1-based FILE position
// (never a cell-relative one) with an exclusive end column, so the editor can underline it.

export type TgradErrorKind =
  | 'SyntaxError'
  | 'IndentationError'
  | 'TabError'
  | 'NameError'
  | 'TypeError'
  | 'ValueError'
  | 'IndexError'
  | 'KeyError'
  | 'ZeroDivisionError'
  | 'RecursionError'
  | 'LimitError'
  | 'AttributeError'
  | 'AssertionError'
  | 'RuntimeError'
  | 'NotImplementedError'
  | 'StopIteration'
  | 'OverflowError'
  | 'LookupError'
  | 'ArithmeticError'
  | 'Exception'
  | 'PermissionError'
  | 'FileNotFoundError'
  | 'OSError'
  | 'ImportError'
  | 'ModuleNotFoundError'
  | 'IsADirectoryError'
  | 'KeyboardInterrupt'
  // A user exception class: the kind is its name.
  | (string & { readonly userClass?: never });

/** A 1-based file span; `endCol` is exclusive. */
export interface Span {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  /**
   * The file, relative to the notebook's folder with '/' separators, when it is not the
   * notebook itself (an imported module's code).
   */
  file?: string;
}

/** A frame an error left, innermost first: the code's name and where it stood in it. */
export interface UnwoundFrame {
  name: string;
  span: Span;
}

// Not an Error subclass: a program may raise and catch thousands of these a second (`try: d[k]
// except KeyError`), and making a JS Error (its stack trace, even an empty one) was a third of
// each raise's cost. Nothing of ours is ever shown as a JS stack to anyone.
export class TgradError {
  // The message, or how to make it: an exception's own __str__ runs only when something
  // shows the message (CPython calls it when printing the traceback, never at the raise).
  private text: string | (() => string);
  name: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  /** The imported module's file the position is in; undefined for the notebook. */
  file: string | undefined;
  /** False until the error has been given the position of the code that raised it. */
  located: boolean;
  /** The Python exception object, once the program has raised or caught it (a PyExceptionObject). */
  exception: unknown = null;
  /** The exception's args when they are not just the message (KeyError's key). */
  args: unknown[] | null = null;
  /** Attributes the exception object gets besides args (ImportError's `name`). */
  attributes: Record<string, unknown> | null = null;
  // Its traceback, gathered as it unwinds (runtime/tracebacks.ts): the frames it left, where
  // it stands in the frame it is in now when it came out of a call, where a `raise` threw
  // it, the traceback its exception object already had then, and the frame that caught it.
  unwound: UnwoundFrame[] | null = null;
  pending: Span | null = null;
  origin: Span | null = null;
  baseTraceback: unknown = null;
  caughtIn: string | null = null;
  /** The traceback object made from the above, once the program asked for it. */
  tracebackCache: unknown = null;

  constructor(
    readonly kind: TgradErrorKind,
    message: string | (() => string),
    span?: Span,
  ) {
    this.text = message;
    this.name = kind;
    this.line = span?.line ?? 0;
    this.col = span?.col ?? 0;
    this.endLine = span?.endLine ?? 0;
    this.endCol = span?.endCol ?? 0;
    this.file = span?.file;
    this.located = span !== undefined;
  }

  get message(): string {
    if (typeof this.text !== 'string') this.text = this.text();
    return this.text;
  }

  set message(text: string) {
    this.text = text;
  }

  /** Gives the error a position unless it already has one (the innermost one wins). */
  locate(span: Span): this {
    if (!this.located) {
      this.line = span.line;
      this.col = span.col;
      this.endLine = span.endLine;
      this.endCol = span.endCol;
      this.file = span.file;
      this.located = true;
    }
    return this;
  }

  /** `NameError: name 'x' is not defined`, as Python prints the last line of a traceback. */
  toString(): string {
    return this.message === '' ? this.kind : `${this.kind}: ${this.message}`;
  }
}
