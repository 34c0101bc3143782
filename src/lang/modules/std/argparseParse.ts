// argparse's parse: the command-line words matched to a parser's arguments as CPython
// matches them. Each word is an option ('O': a known option string, `--name=value`, `-xVALUE`
// or an unknown `-word`) or an argument ('A'; everything after `--`); each run of arguments
// goes to as many positionals as its length can satisfy (by their nargs, as patterns over
// the 'A's), each option takes the words its nargs asks for, and the values are converted by
// `type`, checked against `choices`, and stored by the argument's action.

import { callValue } from '../../runtime/call';
import { contains } from '../../runtime/equality';
import { catchable, errorClass, exceptionOf, EXCEPTION_CLASSES } from '../../runtime/exceptions';
import type { PyInstance } from '../../runtime/objects';
import { getAttr } from '../../runtime/attributes';
import { repr, str } from '../../runtime/repr';
import type { PyValue } from '../../runtime/values';
import {
  actionName,
  ARGUMENT_TYPE_ERROR,
  argumentError,
  SUPPRESS,
  type Action,
  type Nargs,
} from './argparseActions';
import { choicesText, type ExclusiveGroup } from './argparseHelp';

/** What the parse needs from its parser. */
export interface ParseSetup {
  actions: readonly Action[];
  groups: readonly ExclusiveGroup[];
  allowAbbrev: boolean;
  /** parser.error(message): what a missing required argument ends in, exit_on_error or not. */
  fail(message: string): void;
  /** Runs a help or version action: prints, then ends the program. */
  runExiting(a: Action): void;
}

interface OptionMatch {
  action: Action | null;
  option: string;
  explicit: string | null;
}

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;
const VALUE_ERROR = EXCEPTION_CLASSES.get('ValueError')!;
const TYPE_ERROR = EXCEPTION_CLASSES.get('TypeError')!;

function nargsPattern(a: Action): string {
  const n: Nargs = a.nargs;
  let p: string;
  if (n === null) p = '(-*A-*)';
  else if (n === '?') p = '(-*A?-*)';
  else if (n === '*') p = '(-*[A-]*)';
  else if (n === '+') p = '(-*A[A-]*)';
  else p = `(-*${Array.from({ length: n }, () => 'A').join('-*')}-*)`;
  // An option's words never include `--`.
  return a.optionStrings.length > 0 ? p.replace(/-\*/g, '').replace(/-/g, '') : p;
}

export class ArgumentParse {
  private readonly options = new Map<string, Action>();
  private readonly seen = new Set<Action>();
  private readonly seenNonDefault = new Set<Action>();
  private positionals: Action[];
  private readonly words: string[];
  private pattern = '';
  private readonly optionIndices: number[] = [];
  private readonly matches = new Map<number, OptionMatch>();
  readonly extras: string[] = [];

  constructor(
    private readonly setup: ParseSetup,
    words: readonly string[],
    private readonly ns: PyInstance,
  ) {
    this.words = [...words];
    for (const a of setup.actions) for (const s of a.optionStrings) this.options.set(s, a);
    this.positionals = setup.actions.filter((a) => a.optionStrings.length === 0);
  }

  private hasNegativeNumberOptions(): boolean {
    return [...this.options.keys()].some((s) => NEGATIVE_NUMBER.test(s));
  }

  /** Whether a word is an option, and which (null: an argument). */
  private classify(word: string): OptionMatch | null {
    if (word === '' || !word.startsWith('-')) return null;
    const exact = this.options.get(word);
    if (exact !== undefined) return { action: exact, option: word, explicit: null };
    if (word.length === 1) return null;
    if (word.includes('=')) {
      const at = word.indexOf('=');
      const a = this.options.get(word.slice(0, at));
      if (a !== undefined)
        return { action: a, option: word.slice(0, at), explicit: word.slice(at + 1) };
    }
    const candidates = this.prefixMatches(word);
    if (candidates.length > 1) {
      const names = candidates.map((c) => c.option).join(', ');
      throw argumentError(null, `ambiguous option: ${word.split('=')[0]} could match ${names}`);
    }
    if (candidates.length === 1) return candidates[0];
    if (NEGATIVE_NUMBER.test(word) && !this.hasNegativeNumberOptions()) return null;
    if (word.includes(' ')) return null;
    return { action: null, option: word, explicit: null };
  }

  /** Options a word abbreviates (`--verb` for `--verbose`), or a short option with its value. */
  private prefixMatches(word: string): OptionMatch[] {
    const out: OptionMatch[] = [];
    if (word.startsWith('--')) {
      if (!this.setup.allowAbbrev) return out;
      const at = word.indexOf('=');
      const prefix = at < 0 ? word : word.slice(0, at);
      const explicit = at < 0 ? null : word.slice(at + 1);
      for (const [s, a] of this.options) {
        if (s.startsWith(prefix)) out.push({ action: a, option: s, explicit });
      }
      return out;
    }
    const short = word.slice(0, 2);
    const rest = word.slice(2);
    for (const [s, a] of this.options) {
      if (s === short) out.push({ action: a, option: s, explicit: rest });
      else if (this.setup.allowAbbrev && s.startsWith(word)) {
        out.push({ action: a, option: s, explicit: null });
      }
    }
    return out;
  }

  /** Parses every word; what no argument took is left in `extras`. */
  run(): void {
    let afterDashes = false;
    this.words.forEach((w, i) => {
      if (afterDashes) {
        this.pattern += 'A';
        return;
      }
      if (w === '--') {
        afterDashes = true;
        this.pattern += '-';
        return;
      }
      const m = this.classify(w);
      if (m === null) this.pattern += 'A';
      else {
        this.pattern += 'O';
        this.optionIndices.push(i);
        this.matches.set(i, m);
      }
    });
    let start = 0;
    const lastOption = this.optionIndices.length > 0 ? Math.max(...this.optionIndices) : -1;
    while (start <= lastOption) {
      const nextOption = Math.min(...this.optionIndices.filter((i) => i >= start));
      if (start !== nextOption) {
        const end = this.consumePositionals(start);
        if (end > start) {
          start = end;
          continue;
        }
        start = end;
      }
      if (!this.matches.has(start)) {
        this.extras.push(...this.words.slice(start, nextOption));
        start = nextOption;
      }
      start = this.consumeOptional(start);
    }
    const stop = this.consumePositionals(start);
    this.extras.push(...this.words.slice(stop));
    this.finish();
  }

  private finish(): void {
    const missing: string[] = [];
    for (const a of this.setup.actions) {
      if (this.seen.has(a)) continue;
      if (a.required) missing.push(actionName(a) ?? a.dest);
      else if (typeof a.default === 'string' && this.ns.attrs[a.dest] === a.default) {
        // A str default goes through `type`, as the command line's words do.
        this.ns.attrs[a.dest] = this.convert(a, a.default);
      }
    }
    if (missing.length > 0) {
      this.setup.fail(`the following arguments are required: ${missing.join(', ')}`);
    }
    for (const g of this.setup.groups) {
      if (g.required && !g.actions.some((a) => this.seenNonDefault.has(a))) {
        const names = g.actions.filter((a) => a.help !== SUPPRESS).map((a) => actionName(a));
        this.setup.fail(`one of the arguments ${names.join(' ')} is required`);
      }
    }
  }

  private consumePositionals(start: number): number {
    const rest = this.pattern.slice(start);
    let counts: number[] = [];
    for (let i = this.positionals.length; i > 0; i--) {
      const re = new RegExp('^' + this.positionals.slice(0, i).map(nargsPattern).join(''));
      const m = re.exec(rest);
      if (m !== null) {
        counts = m.slice(1).map((g) => g.length);
        break;
      }
    }
    let at = start;
    counts.forEach((n, i) => {
      this.take(this.positionals[i], this.words.slice(at, at + n), null);
      at += n;
    });
    this.positionals = this.positionals.slice(counts.length);
    return at;
  }

  private wordCount(a: Action, pattern: string): number {
    const m = new RegExp('^' + nargsPattern(a)).exec(pattern);
    if (m !== null) return m[1].length;
    const n = a.nargs;
    const message =
      n === null
        ? 'expected one argument'
        : n === '?'
          ? 'expected at most one argument'
          : n === '+'
            ? 'expected at least one argument'
            : `expected ${n} argument${n === 1 ? '' : 's'}`;
    throw argumentError(a, message);
  }

  private consumeOptional(start: number): number {
    let { action, option, explicit } = this.matches.get(start)!;
    const todo: [Action, string[], string][] = [];
    let stop: number;
    for (;;) {
      if (action === null) {
        this.extras.push(this.words[start]);
        return start + 1;
      }
      if (explicit !== null) {
        const count = this.wordCount(action, 'A');
        if (count === 0 && option[1] !== '-' && explicit !== '') {
          // `-vv`: a flag followed by more single-letter options.
          todo.push([action, [], option]);
          option = option[0] + explicit[0];
          const next = this.options.get(option);
          if (next === undefined)
            throw argumentError(action, `ignored explicit argument ${repr(explicit)}`);
          action = next;
          explicit = explicit.length > 1 ? explicit.slice(1) : null;
          continue;
        }
        if (count === 1) {
          stop = start + 1;
          todo.push([action, [explicit], option]);
          break;
        }
        throw argumentError(action, `ignored explicit argument ${repr(explicit)}`);
      }
      const first = start + 1;
      const count = this.wordCount(action, this.pattern.slice(first));
      stop = first + count;
      todo.push([action, this.words.slice(first, stop), option]);
      break;
    }
    for (const [a, words, opt] of todo) this.take(a, words, opt);
    return stop;
  }

  private take(a: Action, words: string[], option: string | null): void {
    this.seen.add(a);
    const value = this.values(a, words, option);
    if (value !== a.default) {
      this.seenNonDefault.add(a);
      for (const g of this.setup.groups) {
        if (!g.actions.includes(a)) continue;
        for (const other of g.actions) {
          if (other !== a && this.seenNonDefault.has(other)) {
            throw argumentError(a, `not allowed with argument ${actionName(other)}`);
          }
        }
      }
    }
    if (value !== SUPPRESS) this.apply(a, value);
  }

  private values(a: Action, wordsIn: string[], option: string | null): PyValue {
    const words = [...wordsIn];
    const dashes = words.indexOf('--');
    if (dashes >= 0) words.splice(dashes, 1);
    if (words.length === 0 && a.nargs === '?') {
      let v = option !== null ? a.const : a.default;
      if (typeof v === 'string') {
        v = this.convert(a, v);
        this.check(a, v);
      }
      return v;
    }
    if (words.length === 0 && a.nargs === '*' && a.optionStrings.length === 0) {
      const v = a.default !== null ? a.default : [];
      this.check(a, v);
      return v;
    }
    if (words.length === 1 && (a.nargs === null || a.nargs === '?')) {
      const v = this.convert(a, words[0]);
      this.check(a, v);
      return v;
    }
    const vs = words.map((w) => this.convert(a, w));
    for (const v of vs) this.check(a, v);
    return vs;
  }

  /** A word through the argument's `type`, with CPython's message when it refuses it. */
  private convert(a: Action, word: string): PyValue {
    if (a.type === null) return word;
    try {
      return callValue(a.type, [word], null);
    } catch (e) {
      const err = catchable(e);
      if (err === null) throw e;
      const cls = errorClass(err);
      if (cls.isSubclassOf(ARGUMENT_TYPE_ERROR)) throw argumentError(a, str(exceptionOf(err)));
      if (cls.isSubclassOf(VALUE_ERROR) || cls.isSubclassOf(TYPE_ERROR)) {
        let name: string;
        try {
          name = str(getAttr(a.type, '__name__'));
        } catch {
          name = repr(a.type);
        }
        throw argumentError(a, `invalid ${name} value: ${repr(word)}`);
      }
      throw e;
    }
  }

  private check(a: Action, v: PyValue): void {
    if (a.choices !== null && !contains(a.choices, v)) {
      throw argumentError(a, `invalid choice: ${repr(v)} (choose from ${choicesText(a.choices)})`);
    }
  }

  /** What the argument's action does with its value. */
  private apply(a: Action, value: PyValue): void {
    const attrs = this.ns.attrs;
    const listed = (): PyValue[] => {
      const old = attrs[a.dest];
      return Array.isArray(old) ? [...old] : [];
    };
    switch (a.kind) {
      case 'store':
        attrs[a.dest] = value;
        return;
      case 'store_const':
      case 'store_true':
      case 'store_false':
        attrs[a.dest] = a.const;
        return;
      case 'append':
        attrs[a.dest] = [...listed(), value];
        return;
      case 'append_const':
        attrs[a.dest] = [...listed(), a.const];
        return;
      case 'extend':
        attrs[a.dest] = [...listed(), ...(Array.isArray(value) ? value : [value])];
        return;
      case 'count': {
        const old = attrs[a.dest];
        attrs[a.dest] = (typeof old === 'bigint' ? old : 0n) + 1n;
        return;
      }
      case 'help':
      case 'version':
        this.setup.runExiting(a);
    }
  }
}
