// textwrap: dedent, indent, and TextWrapper with wrap/fill/shorten (the wrapping itself is
// textwrapWrap.ts). TextWrapper keeps its options as instance attributes, as CPython's does,
// so a program may change `w.width` between calls; the functions are Python functions, so
// argument errors read as CPython's ("TextWrapper.__init__() got an unexpected keyword …").

import { getAttr } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { binary } from '../../runtime/arith';
import { STR_METHODS } from '../../runtime/methods/strMethods';
import { nativeFunction, type NativeSignature } from '../../runtime/nativeFunction';
import { c3, PyClass, PyInstance } from '../../runtime/objects';
import { repr, typeName } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { truthy } from '../../runtime/truth';
import { OBJECT } from '../../runtime/types';
import { PyDict, type Frame, type PyValue } from '../../runtime/values';
import { isBlank, pySplit, wrapText, type WrapOptions } from './textwrapWrap';

const OPTIONS: [string, PyValue][] = [
  ['width', 70n],
  ['initial_indent', ''],
  ['subsequent_indent', ''],
  ['expand_tabs', true],
  ['replace_whitespace', true],
  ['fix_sentence_endings', false],
  ['break_long_words', true],
  ['drop_whitespace', true],
  ['break_on_hyphens', true],
  ['tabsize', 8n],
];
const KEYWORD_ONLY: [string, PyValue][] = [
  ['max_lines', null],
  ['placeholder', ' [...]'],
];

function fn(sig: NativeSignature, run: (f: Frame) => PyValue): PyValue {
  return nativeFunction(sig, run);
}

/** A number option (width, tabsize, max_lines) as JS reads it; an int or a float. */
function numberOption(v: PyValue): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  throw typeError(`'<=' not supported between instances of '${typeName(v)}' and 'int'`);
}

function strOption(self: PyInstance, name: string): string {
  const v = getAttr(self, name);
  if (typeof v !== 'string') {
    throw typeError(`can only concatenate str (not "${typeName(v)}") to str`);
  }
  return v;
}

/** The wrapper's options, read from its attributes now. */
function optionsOf(self: PyInstance): WrapOptions {
  const width = getAttr(self, 'width');
  const maxLines = getAttr(self, 'max_lines');
  const hyphens = getAttr(self, 'break_on_hyphens');
  return {
    width: numberOption(width),
    widthRepr: repr(width),
    initialIndent: strOption(self, 'initial_indent'),
    subsequentIndent: strOption(self, 'subsequent_indent'),
    expandTabs: truthy(getAttr(self, 'expand_tabs')),
    replaceWhitespace: truthy(getAttr(self, 'replace_whitespace')),
    fixSentenceEndings: truthy(getAttr(self, 'fix_sentence_endings')),
    breakLongWords: truthy(getAttr(self, 'break_long_words')),
    dropWhitespace: truthy(getAttr(self, 'drop_whitespace')),
    breakOnHyphens: hyphens === true,
    hyphenLongWords: truthy(hyphens),
    tabsize: numberOption(getAttr(self, 'tabsize')),
    maxLines: maxLines === null ? null : numberOption(maxLines),
    placeholder: strOption(self, 'placeholder'),
  };
}

function textArg(v: PyValue, o: WrapOptions): string {
  if (typeof v === 'string') return v;
  const method = o.expandTabs ? 'expandtabs' : o.replaceWhitespace ? 'translate' : null;
  if (method !== null) {
    throw fail('AttributeError', `'${typeName(v)}' object has no attribute '${method}'`);
  }
  throw typeError(`expected string or bytes-like object, got '${typeName(v)}'`);
}

function wrapperMethod(name: string, run: (self: PyInstance, text: PyValue) => PyValue): PyValue {
  return fn({ qualname: `TextWrapper.${name}`, params: ['self', 'text'] }, (f) => {
    const self = f[0] as PyValue;
    if (!(self instanceof PyInstance)) {
      throw typeError(`'${typeName(self)}' object has no attribute 'width'`);
    }
    return run(self, f[1] as PyValue);
  });
}

function wrapLines(self: PyInstance, text: PyValue): string[] {
  const o = optionsOf(self);
  return wrapText(o, textArg(text, o));
}

function makeTextWrapperClass(): PyClass {
  const cls = new PyClass(
    'TextWrapper',
    [OBJECT],
    new Map<string, PyValue>([['__module__', 'textwrap']]),
  );
  cls.mro = c3(cls, [OBJECT])!;
  const n = OPTIONS.length;
  cls.dict.set(
    '__init__',
    fn(
      {
        qualname: 'TextWrapper.__init__',
        params: ['self', ...OPTIONS.map(([k]) => k)],
        defaults: OPTIONS.map(([, v]) => v),
        kwonly: KEYWORD_ONLY.map(([k]) => k),
        kwDefaults: KEYWORD_ONLY.map(([, v]) => v),
      },
      (f) => {
        const self = f[0] as PyInstance;
        OPTIONS.forEach(([k], i) => (self.attrs[k] = f[i + 1] as PyValue));
        KEYWORD_ONLY.forEach(([k], i) => (self.attrs[k] = f[n + 1 + i] as PyValue));
        return null;
      },
    ),
  );
  cls.dict.set(
    'wrap',
    wrapperMethod('wrap', (self, text) => wrapLines(self, text)),
  );
  cls.dict.set(
    'fill',
    wrapperMethod('fill', (self, text) => wrapLines(self, text).join('\n')),
  );
  return cls;
}

/** The keyword arguments gathered by **kwargs, as a call's keywords. */
function keywords(first: [string, PyValue][], rest: PyValue): Map<string, PyValue> {
  const kw = new Map<string, PyValue>(first);
  if (rest instanceof PyDict) {
    for (const e of rest.map.values()) {
      const k = e.key as string;
      if (kw.has(k)) {
        throw typeError(`textwrap.TextWrapper() got multiple values for keyword argument '${k}'`);
      }
      kw.set(k, e.value);
    }
  }
  return kw;
}

// ---- dedent and indent ---------------------------------------------------------------------

/** The common leading spaces and tabs of the lines that are not blank (CPython's margin). */
export function dedent(text: string): string {
  const lines = text.split('\n').map((l) => (/^[ \t]+$/.test(l) ? '' : l));
  let margin: string | null = null;
  for (const line of lines) {
    const m = /^[ \t]*(?=[^ \t])/.exec(line);
    if (m === null) continue;
    const indent = m[0];
    if (margin === null || margin.startsWith(indent)) margin = indent;
    else if (!indent.startsWith(margin)) {
      let i = 0;
      while (i < margin.length && i < indent.length && margin[i] === indent[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  if (margin === null || margin === '') return lines.join('\n');
  const cut = margin;
  return lines.map((l) => (l.startsWith(cut) ? l.slice(cut.length) : l)).join('\n');
}

function indent(text: PyValue, prefix: PyValue, predicate: PyValue): PyValue {
  if (typeof text !== 'string') {
    throw fail('AttributeError', `'${typeName(text)}' object has no attribute 'splitlines'`);
  }
  const lines = STR_METHODS.get('splitlines')!(text, [true], null) as string[];
  const out: PyValue[] = [];
  for (const line of lines) {
    const selected =
      predicate === null ? !isBlank(line) : truthy(callValue(predicate, [line], null));
    out.push(selected ? binary('+', prefix, line) : line);
  }
  return STR_METHODS.get('join')!('', [out], null);
}

// ---- the module ------------------------------------------------------------------------------

export function textwrapModule(): Map<string, PyValue> {
  const wrapper = makeTextWrapperClass();
  const make = (kw: Map<string, PyValue>): PyInstance => callValue(wrapper, [], kw) as PyInstance;
  const withWidth = (name: string, width: PyValue[], run: (f: Frame) => PyValue): PyValue =>
    fn({ qualname: name, params: ['text', 'width'], defaults: width, kwargs: true }, run);
  return new Map<string, PyValue>([
    ['TextWrapper', wrapper],
    [
      'wrap',
      withWidth('wrap', [70n], (f) => {
        const w = make(keywords([['width', f[1] as PyValue]], f[2] as PyValue));
        return wrapLines(w, f[0] as PyValue);
      }),
    ],
    [
      'fill',
      withWidth('fill', [70n], (f) => {
        const w = make(keywords([['width', f[1] as PyValue]], f[2] as PyValue));
        return wrapLines(w, f[0] as PyValue).join('\n');
      }),
    ],
    [
      'shorten',
      withWidth('shorten', [], (f) => {
        const text = f[0] as PyValue;
        const w = make(
          keywords(
            [
              ['width', f[1] as PyValue],
              ['max_lines', 1n],
            ],
            f[2] as PyValue,
          ),
        );
        if (typeof text !== 'string') {
          throw fail('AttributeError', `'${typeName(text)}' object has no attribute 'strip'`);
        }
        const collapsed = pySplit(text);
        return wrapLines(w, collapsed.join(' ')).join('\n');
      }),
    ],
    [
      'dedent',
      fn({ qualname: 'dedent', params: ['text'] }, (f) => {
        const text = f[0] as PyValue;
        if (typeof text !== 'string')
          throw typeError(`expected string or bytes-like object, got '${typeName(text)}'`);
        return dedent(text);
      }),
    ],
    [
      'indent',
      fn({ qualname: 'indent', params: ['text', 'prefix', 'predicate'], defaults: [null] }, (f) =>
        indent(f[0] as PyValue, f[1] as PyValue, f[2] as PyValue),
      ),
    ],
  ]);
}
