// textwrap's wrapping algorithm, ported from CPython's Lib/textwrap.py (TextWrapper's
// _munge_whitespace, _split, _fix_sentence_endings, _handle_long_word and _wrap_chunks) so
// that lines break where CPython breaks them. Lengths and slices count code points, as
// Python's len() does.

import { strLength } from '../../runtime/iteration';
import { fail } from '../../runtime/state';

export interface WrapOptions {
  width: number;
  /** repr(width), for the error of a width below 1. */
  widthRepr: string;
  initialIndent: string;
  subsequentIndent: string;
  expandTabs: boolean;
  replaceWhitespace: boolean;
  fixSentenceEndings: boolean;
  breakLongWords: boolean;
  dropWhitespace: boolean;
  /** True only when break_on_hyphens `is True` (CPython tests identity). */
  breakOnHyphens: boolean;
  /** Truthiness of break_on_hyphens, which _handle_long_word tests. */
  hyphenLongWords: boolean;
  tabsize: number;
  maxLines: number | null;
  placeholder: string;
}

// textwrap._whitespace, and the classes of CPython's pattern: \w (word_punct adds
// !"'&.,?) and `letter`, [^\d\W]: a word character that is not a decimal digit.
const WS = '[\\t\\n\\x0b\\x0c\\r ]';
const NWS = '[^\\t\\n\\x0b\\x0c\\r ]';
const WP = `[\\p{L}\\p{N}_!"'&.,?]`;
const LT = '[\\p{L}\\p{Nl}\\p{No}_]';
const WORD = '[\\p{L}\\p{N}_]';
// TextWrapper.wordsep_re: whitespace, an em-dash between words, or a word possibly
// hyphenated (broken after a hyphen between letters, as in "goof-ball").
const WORDSEP = new RegExp(
  `(${WS}+` +
    `|(?<=${WP})-{2,}(?=${WORD})` +
    `|${NWS}+?(?:` +
    `-(?:(?<=${LT}{2}-)|(?<=${LT}-${LT}-))(?=${LT}-?${LT})` +
    `|(?=${WS}|$)` +
    `|(?<=${WP})(?=-{2,}${WORD})` +
    `))`,
  'u',
);
const WORDSEP_SIMPLE = new RegExp(`(${WS}+)`, 'u');
const SENTENCE_END = /[a-z][.!?]["']?$/;
// str.isspace()'s characters, for str.strip() == ''.
const PY_SPACE =
  '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const BLANK = new RegExp(`^[${PY_SPACE}]*$`);
const LEADING = new RegExp(`^[${PY_SPACE}]+`);
const TRAILING = new RegExp(`[${PY_SPACE}]+$`);

/** `s.strip() == ''`. */
export const isBlank = (s: string): boolean => BLANK.test(s);
const SPACE_RUN = new RegExp(`[${PY_SPACE}]+`);

/** str.split(): the words between runs of whitespace. */
export const pySplit = (s: string): string[] => s.split(SPACE_RUN).filter((w) => w !== '');
const lstrip = (s: string): string => s.replace(LEADING, '');
const rstrip = (s: string): string => s.replace(TRAILING, '');

/** str.expandtabs(tabsize): columns restart after \n and \r. */
export function expandTabs(text: string, tabsize: number): string {
  let out = '';
  let column = 0;
  for (const c of text) {
    if (c === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (column % tabsize);
        out += ' '.repeat(n);
        column += n;
      }
    } else {
      out += c;
      column = c === '\n' || c === '\r' ? 0 : column + 1;
    }
  }
  return out;
}

function mungeWhitespace(o: WrapOptions, text: string): string {
  if (o.expandTabs) text = expandTabs(text, o.tabsize);
  if (o.replaceWhitespace) text = text.replace(/[\t\n\v\f\r]/g, ' ');
  return text;
}

/** The text's indivisible chunks: words (broken after hyphens) and runs of whitespace. */
export function splitChunks(o: WrapOptions, text: string): string[] {
  const munged = mungeWhitespace(o, text);
  const parts = munged.split(o.breakOnHyphens ? WORDSEP : WORDSEP_SIMPLE);
  return parts.filter((c) => c !== '');
}

function fixSentenceEndings(chunks: string[]): void {
  let i = 0;
  while (i < chunks.length - 1) {
    if (chunks[i + 1] === ' ' && SENTENCE_END.test(chunks[i])) {
      chunks[i + 1] = '  ';
      i += 2;
    } else {
      i += 1;
    }
  }
}

const len = strLength;

/** A chunk too long for any line: break it (after a hyphen when one is near the end). */
function handleLongWord(
  o: WrapOptions,
  reversed: string[],
  curLine: string[],
  curLen: number,
  width: number,
): void {
  const spaceLeft = width < 1 ? 1 : width - curLen;
  if (o.breakLongWords) {
    let end = spaceLeft;
    const chunk = Array.from(reversed[reversed.length - 1]);
    if (o.hyphenLongWords && chunk.length > spaceLeft) {
      const hyphen = chunk.slice(0, Math.max(spaceLeft, 0)).lastIndexOf('-');
      if (hyphen > 0 && chunk.slice(0, hyphen).some((c) => c !== '-')) end = hyphen + 1;
    }
    // Python's chunk[:end] with a negative end counts from the right.
    const cut = end < 0 ? Math.max(chunk.length + end, 0) : Math.min(end, chunk.length);
    curLine.push(chunk.slice(0, cut).join(''));
    reversed[reversed.length - 1] = chunk.slice(cut).join('');
  } else if (curLine.length === 0) {
    curLine.push(reversed.pop()!);
  }
}

/** TextWrapper._wrap_chunks: the lines, each at most width long (unless words are kept whole). */
function wrapChunks(o: WrapOptions, chunks: string[]): string[] {
  const lines: string[] = [];
  if (o.width <= 0) throw fail('ValueError', `invalid width ${o.widthRepr} (must be > 0)`);
  if (o.maxLines !== null) {
    const indent = o.maxLines > 1 ? o.subsequentIndent : o.initialIndent;
    if (len(indent) + len(lstrip(o.placeholder)) > o.width) {
      throw fail('ValueError', 'placeholder too large for max width');
    }
  }
  chunks.reverse();
  const top = (): string => chunks[chunks.length - 1];
  while (chunks.length > 0) {
    const curLine: string[] = [];
    let curLen = 0;
    const indent = lines.length > 0 ? o.subsequentIndent : o.initialIndent;
    const width = o.width - len(indent);
    if (o.dropWhitespace && isBlank(top()) && lines.length > 0) chunks.pop();
    while (chunks.length > 0) {
      const l = len(top());
      if (curLen + l > width) break;
      curLine.push(chunks.pop()!);
      curLen += l;
    }
    if (chunks.length > 0 && len(top()) > width) {
      handleLongWord(o, chunks, curLine, curLen, width);
      curLen = curLine.reduce((n, c) => n + len(c), 0);
    }
    if (o.dropWhitespace && curLine.length > 0 && isBlank(curLine[curLine.length - 1])) {
      curLen -= len(curLine.pop()!);
    }
    if (curLine.length === 0) continue;
    if (
      o.maxLines === null ||
      lines.length + 1 < o.maxLines ||
      ((chunks.length === 0 || (o.dropWhitespace && chunks.length === 1 && isBlank(chunks[0]))) &&
        curLen <= width)
    ) {
      lines.push(indent + curLine.join(''));
      continue;
    }
    placeholderLine(o, lines, curLine, curLen, width, indent);
    break;
  }
  return lines;
}

/** The last line allowed by max_lines: as many chunks as leave room for the placeholder. */
function placeholderLine(
  o: WrapOptions,
  lines: string[],
  curLine: string[],
  curLen: number,
  width: number,
  indent: string,
): void {
  while (curLine.length > 0) {
    const last = curLine[curLine.length - 1];
    if (!isBlank(last) && curLen + len(o.placeholder) <= width) {
      curLine.push(o.placeholder);
      lines.push(indent + curLine.join(''));
      return;
    }
    curLen -= len(last);
    curLine.pop();
  }
  if (lines.length > 0) {
    const prev = rstrip(lines[lines.length - 1]);
    if (len(prev) + len(o.placeholder) <= o.width) {
      lines[lines.length - 1] = prev + o.placeholder;
      return;
    }
  }
  lines.push(indent + lstrip(o.placeholder));
}

/** TextWrapper.wrap(text). */
export function wrapText(o: WrapOptions, text: string): string[] {
  const chunks = splitChunks(o, text);
  if (o.fixSentenceEndings) fixSentenceEndings(chunks);
  return wrapChunks(o, chunks);
}
