// argparse's usage and help text, laid out as CPython's HelpFormatter lays it out for a
// terminal 80 columns wide (what it assumes when output is not a terminal): a usage line
// wrapped under the program's name, the description, then each section's arguments with
// their help in a column that starts at most 24 columns in.

import { percentFormat } from '../../runtime/percentFormat';
import { itemsOf } from '../../runtime/iteration';
import { repr, str } from '../../runtime/repr';
import { PyDict, PyTuple, type PyValue } from '../../runtime/values';
import { SUPPRESS, type Action } from './argparseActions';

/** The text width CPython's formatter uses: the terminal's 80 columns less 2. */
const WIDTH = 78;
const MAX_HELP_POSITION = 24;

/** A section of the help: "positional arguments", "options", or a group of the program's. */
export interface HelpSection {
  title: string;
  description: PyValue;
  actions: Action[];
}

/** A mutually exclusive group: its arguments and whether one of them is required. */
export interface ExclusiveGroup {
  actions: Action[];
  required: boolean;
}

/** Which of CPython's formatter classes the parser was given. */
export type FormatterKind = 'plain' | 'rawDescription' | 'rawText' | 'defaults';

export interface HelpParts {
  prog: string;
  usage: PyValue;
  description: PyValue;
  epilog: PyValue;
  actions: readonly Action[];
  sections: readonly HelpSection[];
  groups: readonly ExclusiveGroup[];
  formatter: FormatterKind;
}

// ---- words and lines ----------------------------------------------------------------------

/** textwrap.wrap with its defaults: greedy lines of at most `width`, long words broken. */
export function wrapText(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  // textwrap may also break a word after a hyphen between letters.
  const chunks: string[] = [];
  words.forEach((w, i) => {
    if (i > 0) chunks.push(' ');
    chunks.push(...w.split(/(?<=[A-Za-z]-)(?=[A-Za-z])/));
  });
  const lines: string[] = [];
  while (chunks.length > 0) {
    if (lines.length > 0 && chunks[0] === ' ') chunks.shift();
    const line: string[] = [];
    let len = 0;
    while (chunks.length > 0 && len + chunks[0].length <= width) {
      len += chunks[0].length;
      line.push(chunks.shift()!);
    }
    if (chunks.length > 0 && chunks[0].length > width) {
      const room = Math.max(width - len, 1);
      line.push(chunks[0].slice(0, room));
      chunks[0] = chunks[0].slice(room);
    }
    if (line.length > 0 && line[line.length - 1] === ' ') line.pop();
    if (line.length > 0) lines.push(line.join(''));
  }
  return lines;
}

function fillText(text: string, width: number, indent: string, raw: boolean): string {
  if (raw) {
    return text
      .split('\n')
      .map((l) => indent + l)
      .join('\n');
  }
  return wrapText(text, width - indent.length)
    .map((l) => indent + l)
    .join('\n');
}

// ---- an argument's words --------------------------------------------------------------------

/** The metavar words of an argument: its metavar, `{a,b}` for choices, or its default name. */
function metavars(a: Action, defaultName: string, n: number): string[] {
  let mv: string;
  if (a.metavar instanceof PyTuple) return a.metavar.items.map((m) => str(m));
  if (a.metavar !== null) mv = str(a.metavar);
  else if (a.choices !== null)
    mv = `{${itemsOf(a.choices)
      .map((c) => str(c))
      .join(',')}}`;
  else mv = defaultName;
  return Array.from({ length: n }, () => mv);
}

function defaultMetavar(a: Action): string {
  return a.optionStrings.length === 0 ? a.dest : a.dest.toUpperCase();
}

/** What an argument's values look like in usage: `N`, `[N]`, `[N ...]`, `N [N ...]`, `N N`. */
export function formatArgs(a: Action, defaultName = defaultMetavar(a)): string {
  const nargs = a.nargs;
  if (nargs === null) return metavars(a, defaultName, 1)[0];
  if (nargs === '?') return `[${metavars(a, defaultName, 1)[0]}]`;
  if (nargs === '*') return `[${metavars(a, defaultName, 1)[0]} ...]`;
  if (nargs === '+') {
    const [m1, m2] = metavars(a, defaultName, 2);
    return `${m1} [${m2 ?? m1} ...]`;
  }
  return metavars(a, defaultName, nargs).join(' ');
}

/** An argument as the help lists it: `-e N, --epochs N`, `--flag`, `data`. */
function invocation(a: Action): string {
  if (a.optionStrings.length === 0) return metavars(a, a.dest, 1)[0];
  if (a.nargs === 0) return a.optionStrings.join(', ');
  const args = formatArgs(a);
  return a.optionStrings.map((s) => `${s} ${args}`).join(', ');
}

/** An argument's help with `%(default)s`, `%(prog)s`… filled in. */
function expandHelp(a: Action, prog: string, formatter: FormatterKind): string {
  let help = str(a.help);
  if (
    formatter === 'defaults' &&
    !help.includes('%(default)') &&
    a.default !== SUPPRESS &&
    (a.optionStrings.length > 0 || a.nargs === '?' || a.nargs === '*')
  ) {
    help += ' (default: %(default)s)';
  }
  if (!help.includes('%')) return help;
  const params = new PyDict();
  const set = (k: string, v: PyValue): void => void params.map.set(k, { key: k, value: v });
  set('option_strings', [...a.optionStrings]);
  set('dest', a.dest);
  set('nargs', typeof a.nargs === 'number' ? BigInt(a.nargs) : a.nargs);
  set('const', a.const);
  set('default', a.default);
  set('type', a.type);
  set(
    'choices',
    a.choices === null
      ? null
      : itemsOf(a.choices)
          .map((c) => str(c))
          .join(', '),
  );
  set('required', a.required);
  set('help', a.help);
  set('metavar', a.metavar);
  set('prog', prog);
  return percentFormat(help, params);
}

// ---- usage --------------------------------------------------------------------------------

function usagePart(a: Action): string {
  if (a.optionStrings.length === 0) return formatArgs(a);
  const s = a.optionStrings[0];
  return a.nargs === 0 ? s : `${s} ${formatArgs(a)}`;
}

/** The usage parts of some arguments, a mutually exclusive group's joined by `|`. */
function usageParts(actions: readonly Action[], groups: readonly ExclusiveGroup[]): string[] {
  const shown = actions.filter((a) => a.help !== SUPPRESS);
  const out: string[] = [];
  for (let i = 0; i < shown.length; i++) {
    const a = shown[i];
    const group = groups.find((g) => g.actions[0] === a && g.actions.length > 1);
    const members = group?.actions.filter((m) => m.help !== SUPPRESS) ?? [];
    if (
      group !== undefined &&
      shown.slice(i, i + members.length).every((m, j) => m === members[j])
    ) {
      const inner = members.map(usagePart).join(' | ');
      out.push(group.required ? `(${inner})` : `[${inner}]`);
      i += members.length - 1;
      continue;
    }
    const part = usagePart(a);
    out.push(a.optionStrings.length > 0 && !a.required ? `[${part}]` : part);
  }
  // Split as CPython's wrapping sees the words: a bracketed group is one, else each word.
  const text = out.join(' ');
  return text.match(/\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+/g) ?? [];
}

function linesOf(parts: string[], indent: string, prefix: string | null): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let len = prefix !== null ? prefix.length - 1 : indent.length - 1;
  for (const part of parts) {
    if (len + 1 + part.length > WIDTH && line.length > 0) {
      lines.push(indent + line.join(' '));
      line = [];
      len = indent.length - 1;
    }
    line.push(part);
    len += part.length + 1;
  }
  if (line.length > 0) lines.push(indent + line.join(' '));
  if (prefix !== null && lines.length > 0) lines[0] = lines[0].slice(indent.length);
  return lines;
}

/** `usage: prog [-h] [--lr LR] data` (wrapped as CPython wraps it), without a newline. */
export function formatUsage(p: HelpParts): string {
  const prefix = 'usage: ';
  if (p.usage !== null) return prefix + percentFormat(str(p.usage), progDict(p.prog));
  const optionals = p.actions.filter((a) => a.optionStrings.length > 0);
  const positionals = p.actions.filter((a) => a.optionStrings.length === 0);
  const opt = usageParts(optionals, p.groups);
  const pos = usageParts(positionals, p.groups);
  const whole = [p.prog, ...opt, ...pos].join(' ');
  if (prefix.length + whole.length <= WIDTH) return prefix + whole;
  let lines: string[];
  if (prefix.length + p.prog.length <= 0.75 * WIDTH) {
    const indent = ' '.repeat(prefix.length + p.prog.length + 1);
    if (opt.length > 0) {
      lines = linesOf([p.prog, ...opt], indent, prefix);
      lines.push(...linesOf(pos, indent, null));
    } else if (pos.length > 0) lines = linesOf([p.prog, ...pos], indent, prefix);
    else lines = [p.prog];
  } else {
    const indent = ' '.repeat(prefix.length);
    lines = linesOf([...opt, ...pos], indent, null);
    if (lines.length > 1) {
      lines = [...linesOf(opt, indent, null), ...linesOf(pos, indent, null)];
    }
    lines = [p.prog, ...lines];
  }
  return prefix + lines.join('\n');
}

function progDict(prog: string): PyDict {
  const d = new PyDict();
  d.map.set('prog', { key: 'prog', value: prog });
  return d;
}

// ---- help ---------------------------------------------------------------------------------

function actionLines(a: Action, helpPosition: number, p: HelpParts): string {
  const indent = 2;
  const helpWidth = Math.max(WIDTH - helpPosition, 11);
  const actionWidth = helpPosition - indent - 2;
  const header = invocation(a);
  const pad = ' '.repeat(indent);
  if (a.help === null || str(a.help).trim() === '') return `${pad}${header}\n`;
  const help = expandHelp(a, p.prog, p.formatter);
  const lines = p.formatter === 'rawText' ? help.split('\n') : wrapText(help, helpWidth);
  let out: string;
  let first: string;
  if (header.length <= actionWidth) {
    out = `${pad}${header.padEnd(actionWidth)}  `;
    first = '';
  } else {
    out = `${pad}${header}\n`;
    first = ' '.repeat(helpPosition);
  }
  out += `${first}${lines[0] ?? ''}\n`;
  for (const line of lines.slice(1)) out += `${' '.repeat(helpPosition)}${line}\n`;
  return out;
}

/** parser.format_help(): usage, description, each section, epilog. */
export function formatHelp(p: HelpParts): string {
  const raw = p.formatter === 'rawDescription' || p.formatter === 'rawText';
  const visible = (a: Action): boolean => a.help !== SUPPRESS;
  const longest = Math.max(
    0,
    ...p.sections.flatMap((s) => s.actions.filter(visible).map((a) => invocation(a).length + 2)),
  );
  const helpPosition = Math.min(longest + 2, MAX_HELP_POSITION);
  const pieces = [`${formatUsage(p)}\n\n`];
  if (p.description !== null) pieces.push(fillText(str(p.description), WIDTH, '', raw) + '\n\n');
  for (const s of p.sections) {
    const items = s.actions.filter(visible).map((a) => actionLines(a, helpPosition, p));
    const description =
      s.description !== null ? fillText(str(s.description), WIDTH - 2, '  ', raw) + '\n\n' : '';
    if (items.length === 0 && description === '') continue;
    pieces.push(`\n${s.title}:\n${description}${items.join('')}\n`);
  }
  if (p.epilog !== null) pieces.push(fillText(str(p.epilog), WIDTH, '', raw) + '\n\n');
  return (
    pieces
      .join('')
      .replace(/\n\n\n+/g, '\n\n')
      .replace(/^\n+|\n+$/g, '') + '\n'
  );
}

/** `'a', 'b'`: the choices as an invalid-choice message lists them. */
export function choicesText(choices: PyValue): string {
  return itemsOf(choices)
    .map((c) => repr(c))
    .join(', ');
}
