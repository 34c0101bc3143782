// The text of CPython 3.11's traceback module: a frame's `  File "…", line N, in f` with its
// source line and the `^^^^` / `~~^~~` markers under the part that failed, the
// `[Previous line repeated N more times]` of a recursion, and an exception's last line.

import type * as A from '../../ast';
import { parseModule } from '../../parser';
import { getAttr } from '../../runtime/attributes';
import { PyExceptionObject } from '../../runtime/objects';
import { str } from '../../runtime/repr';
import { catchable, EXCEPTION_CLASSES } from '../../runtime/exceptions';
import { PyTuple, type PyValue } from '../../runtime/values';
import { collect } from '../../runtime/iteration';

/** One frame as the traceback module shows it (CPython's FrameSummary). */
export interface FrameText {
  filename: string;
  lineno: number | null;
  name: string;
  /** The source line as read, with its newline; null when there is none. */
  original: string | null;
  /** 0-based character columns of the failing part, with its end line; null when unknown. */
  endLineno: number | null;
  colno: number | null;
  endColno: number | null;
}

/** Python's str.strip(), str.lstrip() and str.rstrip() for whitespace. */
const strip = (s: string): string => s.replace(/^\s+|\s+$/g, '');
const rstrip = (s: string): string => s.replace(/\s+$/, '');

interface Anchors {
  left: number;
  right: number;
}

const isSpace = (ch: string): boolean => /\s/.test(ch);

/** CPython's _extract_caret_anchors_from_line_segment: the operator of a BinOp, a subscript's […]. */
function caretAnchors(segment: string): Anchors | null {
  let tree: A.Module;
  try {
    tree = parseModule(segment);
  } catch {
    return null;
  }
  if (tree.body.length !== 1 || tree.body[0].type !== 'ExprStmt') return null;
  const expr = tree.body[0].value;
  if (expr.type === 'BinOp') {
    const operatorStart = expr.left.endCol - 1;
    const operatorStr = segment.slice(operatorStart, expr.right.col - 1);
    const operatorOffset = operatorStr.length - operatorStr.replace(/^\s+/, '').length;
    let left = operatorStart + operatorOffset;
    let right = left + 1;
    if (operatorOffset + 1 < operatorStr.length && !isSpace(operatorStr[operatorOffset + 1])) {
      right += 1;
    }
    while (left < segment.length && (isSpace(segment[left]) || ')#'.includes(segment[left]))) {
      left += 1;
      right += 1;
    }
    return { left, right };
  }
  if (expr.type === 'Subscript') {
    let left = expr.value.endCol - 1;
    let right = expr.index.endCol;
    while (left < segment.length && segment[left] !== '[') left += 1;
    while (right < segment.length && segment[right] !== ']') right += 1;
    if (right < segment.length) right += 1;
    return { left, right };
  }
  return null;
}

/** StackSummary.format_frame_summary. */
export function formatFrame(fs: FrameText): string {
  let row = `  File "${fs.filename}", line ${fs.lineno ?? 'None'}, in ${fs.name}\n`;
  const original = fs.original;
  const stripped = original === null ? '' : strip(original);
  if (original === null || stripped === '') return row;
  row += `    ${stripped}\n`;
  if (fs.colno === null || fs.endColno === null) return row;
  const strippedCharacters = original.length - stripped.length;
  const start = fs.colno;
  let end = fs.endColno;
  let anchors: Anchors | null = null;
  if (fs.lineno === fs.endLineno) anchors = caretAnchors(original.slice(start, end));
  else end = rstrip(original).length;
  if (end - start < stripped.length || (anchors !== null && anchors.right - anchors.left > 0)) {
    const dpStart = start + 1;
    const dpEnd = end + 1;
    row += '    ' + ' '.repeat(Math.max(0, dpStart - strippedCharacters));
    if (anchors !== null) {
      row += '~'.repeat(anchors.left);
      row += '^'.repeat(anchors.right - anchors.left);
      row += '~'.repeat(Math.max(0, dpEnd - dpStart - anchors.right));
    } else {
      row += '^'.repeat(Math.max(0, dpEnd - dpStart));
    }
    row += '\n';
  }
  return row;
}

/** How many times one frame shows before CPython sums up the rest of a recursion. */
const RECURSIVE_CUTOFF = 3;

/** StackSummary.format: each frame's text, a recursion's repeats summed up. */
export function formatFrames(frames: readonly FrameText[]): string[] {
  const out: string[] = [];
  let last: FrameText | null = null;
  let count = 0;
  const repeated = (n: number): string =>
    `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
  for (const fs of frames) {
    if (
      last === null ||
      last.filename !== fs.filename ||
      last.lineno !== fs.lineno ||
      last.name !== fs.name
    ) {
      if (count > RECURSIVE_CUTOFF) out.push(repeated(count - RECURSIVE_CUTOFF));
      last = fs;
      count = 0;
    }
    count += 1;
    if (count > RECURSIVE_CUTOFF) continue;
    out.push(formatFrame(fs));
  }
  if (count > RECURSIVE_CUTOFF) out.push(repeated(count - RECURSIVE_CUTOFF));
  return out;
}

/** str(v), or CPython's stand-in when its __str__ raises. */
function safeString(v: PyValue, what: string): string {
  try {
    return str(v);
  } catch (e) {
    if (catchable(e) === null) throw e;
    return `<${what} str() failed>`;
  }
}

/** The exception class's name as the last line shows it (`json.decoder.JSONDecodeError`). */
function shownType(e: PyExceptionObject): string {
  const qualname = getAttr(e.cls, '__qualname__');
  const module = getAttr(e.cls, '__module__');
  const name = typeof qualname === 'string' ? qualname : e.cls.name;
  if (module === '__main__' || module === 'builtins') return name;
  return `${typeof module === 'string' ? module : '<unknown>'}.${name}`;
}

/** A SyntaxError's lines: where, the text with a caret, and its message. */
function syntaxErrorLines(e: PyExceptionObject, stype: string): string[] {
  const out: string[] = [];
  const field = (n: string): PyValue => getAttr(e, n);
  const lineno = field('lineno');
  const filename = field('filename');
  let suffix = '';
  if (lineno !== null) {
    const shown = filename === null || filename === '' ? '<string>' : str(filename);
    out.push(`  File "${shown}", line ${str(lineno)}\n`);
  } else if (filename !== null) {
    suffix = ` (${str(filename)})`;
  }
  const text = field('text');
  if (typeof text === 'string') {
    const rtext = text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = rtext.length - ltext.length;
    out.push(`    ${ltext}\n`);
    const offsetValue = field('offset');
    if (typeof offsetValue === 'bigint') {
      const offset = Number(offsetValue);
      const endValue = field('end_offset');
      let endOffset = typeof endValue === 'bigint' && endValue !== 0n ? Number(endValue) : offset;
      if (offset === endOffset || endOffset === -1) endOffset = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = endOffset - 1 - spaces;
      if (colno >= 0) {
        const caretSpace = [...ltext.slice(0, colno)].map((c) => (isSpace(c) ? c : ' ')).join('');
        out.push(`    ${caretSpace}${'^'.repeat(Math.max(0, endColno - colno))}\n`);
      }
    }
  }
  const msg = field('msg');
  const shownMsg = msg === null || msg === '' ? '<no detail available>' : str(msg);
  out.push(`${stype}: ${shownMsg}${suffix}\n`);
  return out;
}

/** TracebackException.format_exception_only for an exception object. */
export function exceptionOnly(e: PyExceptionObject): string[] {
  const stype = shownType(e);
  const out: string[] = [];
  if (e.cls.isSubclassOf(EXCEPTION_CLASSES.get('SyntaxError')!)) {
    out.push(...syntaxErrorLines(e, stype));
  } else {
    const text = safeString(e, 'exception');
    out.push(text === '' ? `${stype}\n` : `${stype}: ${text}\n`);
  }
  const notes = e.attrs.__notes__;
  if (notes !== undefined && notes !== null) {
    if (Array.isArray(notes) || notes instanceof PyTuple) {
      for (const note of collect(notes)) {
        for (const l of safeString(note, 'note').split('\n')) out.push(`${l}\n`);
      }
    } else {
      out.push(`${safeString(notes, '__notes__')}\n`);
    }
  }
  return out;
}

/** The last line for a value that is not an exception (`format_exception_only(None)`). */
export function finalLine(stype: string, value: PyValue): string {
  const text = safeString(value, 'exception');
  return text === '' ? `${stype}\n` : `${stype}: ${text}\n`;
}

export const CAUSE_MESSAGE =
  '\nThe above exception was the direct cause of the following exception:\n\n';
export const CONTEXT_MESSAGE =
  '\nDuring handling of the above exception, another exception occurred:\n\n';
