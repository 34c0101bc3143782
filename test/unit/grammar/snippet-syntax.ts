// A checker for VS Code's snippet syntax (the grammar in the VS Code docs, "Snippet syntax"):
// tabstops `$1` `${1}`, placeholders `${1:default}` (nesting allowed), choices
// `${1|a,b|}`, variables `$NAME` `${NAME:default}`, and the escapes `\$ \} \\`.
// VS Code never rejects a snippet: a typo silently becomes text or an odd placeholder, so
// the checks here are stricter than the editor on purpose.

export interface SnippetCheck {
  /** Problems found; empty for a good body. */
  errors: string[];
  /** The text inserted when every tabstop keeps its default (first choice for choices). */
  expansion: string;
  /** Tabstop numbers in order of first appearance. */
  tabstops: number[];
}

/** Variables VS Code resolves in snippets; any other `$NAME` is almost always a mistake. */
const KNOWN_VARIABLES = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER',
  'TM_FILENAME', 'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH',
  'CLIPBOARD', 'WORKSPACE_NAME', 'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER',
  'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME',
  'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT',
  'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX',
  'CURRENT_TIMEZONE_OFFSET', 'RANDOM', 'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START',
  'BLOCK_COMMENT_END', 'LINE_COMMENT',
]); // prettier-ignore

interface Parsed {
  text: string;
  next: number;
}

class SnippetParser {
  readonly errors: string[] = [];
  readonly tabstops: number[] = [];
  /** Default text of each tabstop that has one, to resolve mirrors like `$1`. */
  private readonly defaults = new Map<number, string>();
  private readonly mirrors: { at: number; index: number }[] = [];

  constructor(private readonly src: string) {}

  check(): SnippetCheck {
    const { text } = this.parseSequence(0, false);
    // Mirrors take the default of their tabstop, wherever that default was written.
    let expansion = text;
    for (const m of [...this.mirrors].sort((a, b) => b.at - a.at)) {
      const value = this.defaults.get(m.index) ?? '';
      expansion = expansion.slice(0, m.at) + value + expansion.slice(m.at);
    }
    return { errors: this.errors, expansion, tabstops: this.tabstops };
  }

  private note(index: number): void {
    if (!this.tabstops.includes(index)) this.tabstops.push(index);
  }

  /** Text up to the end of input, or up to an unescaped `}` when inside a placeholder. */
  private parseSequence(pos: number, nested: boolean, baseOffset = 0): Parsed {
    let text = '';
    let i = pos;
    while (i < this.src.length) {
      const c = this.src[i];
      if (c === '\\' && i + 1 < this.src.length && '$}\\'.includes(this.src[i + 1])) {
        text += this.src[i + 1];
        i += 2;
      } else if (c === '}' && nested) {
        return { text, next: i };
      } else if (c === '$') {
        const r = this.parseDollar(i, baseOffset + text.length);
        text += r.text;
        i = r.next;
      } else {
        text += c;
        i++;
      }
    }
    if (nested) this.errors.push(`unclosed \${ placeholder (opened before offset ${pos})`);
    return { text, next: i };
  }

  private parseDollar(i: number, outAt: number): Parsed {
    const rest = this.src.slice(i + 1);
    const digits = /^\d+/.exec(rest);
    if (digits) {
      const index = Number(digits[0]);
      this.note(index);
      this.mirrors.push({ at: outAt, index });
      return { text: '', next: i + 1 + digits[0].length };
    }
    const name = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(rest);
    if (name) {
      if (!KNOWN_VARIABLES.has(name[0])) this.errors.push(`unknown variable $${name[0]}`);
      return { text: '', next: i + 1 + name[0].length };
    }
    if (rest.startsWith('{')) return this.parseBraced(i + 2, outAt);
    this.errors.push(`a lone $ at offset ${i}: write \\$ for a literal dollar`);
    return { text: '$', next: i + 1 };
  }

  /** After `${`: `1}`, `1:default}`, `1|a,b|}`, `NAME}` or `NAME:default}`. */
  private parseBraced(i: number, outAt: number): Parsed {
    const rest = this.src.slice(i);
    const head = /^(\d+|[_a-zA-Z][_a-zA-Z0-9]*)/.exec(rest);
    if (!head) {
      this.errors.push(`\${ at offset ${i - 2} is not followed by a number or a variable`);
      return { text: '${', next: i };
    }
    const isIndex = /^\d/.test(head[0]);
    const index = isIndex ? Number(head[0]) : -1;
    if (isIndex) this.note(index);
    else if (!KNOWN_VARIABLES.has(head[0])) this.errors.push(`unknown variable \${${head[0]}}`);
    let j = i + head[0].length;
    const after = this.src[j];
    if (after === '}') {
      if (isIndex) this.mirrors.push({ at: outAt, index });
      return { text: '', next: j + 1 };
    }
    if (after === ':') {
      const inner = this.parseSequence(j + 1, true, outAt);
      if (this.src[inner.next] !== '}') return { text: inner.text, next: inner.next };
      if (isIndex) this.setDefault(index, inner.text);
      return { text: inner.text, next: inner.next + 1 };
    }
    if (after === '|' && isIndex) {
      const close = this.src.indexOf('|}', j + 1);
      if (close < 0) {
        this.errors.push(`unclosed choice \${${index}|...`);
        return { text: '', next: this.src.length };
      }
      const options = this.src.slice(j + 1, close).split(/(?<!\\),/);
      if (options.length < 2) this.errors.push(`choice \${${index}|...|} has one option`);
      const first = options[0].replace(/\\([,|\\])/g, '$1');
      this.setDefault(index, first);
      return { text: first, next: close + 2 };
    }
    this.errors.push(`unexpected ${JSON.stringify(after ?? 'end')} in \${${head[0]}`);
    j++;
    return { text: '', next: j };
  }

  private setDefault(index: number, text: string): void {
    if (this.defaults.has(index)) {
      this.errors.push(`tabstop ${index} has two defaults`);
      return;
    }
    this.defaults.set(index, text);
  }
}

/** Checks one snippet body (lines joined with `\n`, as VS Code joins them). */
export function checkSnippetBody(body: string): SnippetCheck {
  return new SnippetParser(body).check();
}
