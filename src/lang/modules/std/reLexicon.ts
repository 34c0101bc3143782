// re.Scanner(lexicon, flags=0): the lexer class of CPython's re module (undocumented, used by
// tokenizers). Its phrases become one pattern, each phrase a group of an alternation; scan()
// matches at the end of the last match and runs the action of the phrase that matched
// (lexicon[m.lastindex - 1], as CPython picks it), stopping at the first place no phrase
// matches or a match is empty: (the actions' results, the rest of the string).

import { bindArgs } from '../../runtime/args';
import { callMethod, getAttr, setAttr } from '../../runtime/attributes';
import { binary } from '../../runtime/arith';
import { callValue, isCallable } from '../../runtime/call';
import { iterate, itemsOf } from '../../runtime/iteration';
import type { PyClass } from '../../runtime/objects';
import { str } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { getItem, getSlice } from '../../runtime/subscript';
import { truthy } from '../../runtime/truth';
import { PyTuple, type PyValue } from '../../runtime/values';
import { nativeClass } from './nativeClass';

/** VERBOSE: a phrase's trailing `# comment` must not swallow the group's closing parenthesis. */
const VERBOSE = 64n;

/**
 * A phrase with its own groups made non-capturing: CPython parses each phrase on its own, so
 * its groups do not count among the phrases' groups (lastindex names the phrase).
 */
function uncaptured(phrase: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase[i];
    if (c === '\\') {
      out += phrase.slice(i, i + 2);
      i++;
    } else if (inClass) {
      out += c;
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
      out += c;
      // A ']' first in the class (after '^') is one of its characters.
      if (phrase[i + 1] === '^') out += phrase[++i];
      if (phrase[i + 1] === ']') out += phrase[++i];
    } else if (c === '(' && phrase[i + 1] !== '?') {
      out += '(?:';
    } else if (c === '(' && phrase.startsWith('(?P<', i)) {
      const close = phrase.indexOf('>', i);
      out += '(?:';
      i = close < 0 ? i : close;
    } else out += c;
  }
  return out;
}

export function lexiconScannerClass(compile: (text: string, flags: PyValue) => PyValue): PyClass {
  return nativeClass({
    name: 'Scanner',
    module: 're',
    init: (self, args, kw) => {
      const [lexicon, flags] = bindArgs('Scanner.__init__', ['lexicon', 'flags'], 1, args, kw);
      const flagValue = flags ?? 0n;
      const verbose = truthy(binary('&', flagValue, VERBOSE));
      setAttr(self, 'lexicon', lexicon!);
      const phrases: string[] = [];
      const it = iterate(lexicon!);
      for (let entry = it.next(); entry !== undefined; entry = it.next()) {
        const pair = itemsOf(entry);
        if (pair.length !== 2) {
          throw typeError(`cannot unpack lexicon entry of ${pair.length} items (expected 2)`);
        }
        phrases.push(`(${uncaptured(str(pair[0]))}${verbose ? '\n' : ''})`);
      }
      // An alternation of no phrases is a program _sre refuses.
      if (phrases.length === 0) throw fail('RuntimeError', 'invalid SRE code');
      setAttr(self, 'scanner', compile(phrases.join('|'), flagValue));
    },
    methods: [
      [
        'scan',
        (self, args, kw) => {
          const [string] = bindArgs('scan', ['string'], 1, args, kw);
          const result: PyValue[] = [];
          const scanner = callMethod(getAttr(self, 'scanner'), 'scanner', [string!], null);
          let i: PyValue = 0n;
          for (;;) {
            const m = callMethod(scanner, 'match', [], null);
            if (!truthy(m)) break;
            const j = callMethod(m, 'end', [], null);
            if (j === i) break;
            const index = binary('-', getAttr(m, 'lastindex'), 1n);
            let action = getItem(getItem(getAttr(self, 'lexicon'), index), 1n);
            if (isCallable(action)) {
              setAttr(self, 'match', m);
              action = callValue(action, [self, callMethod(m, 'group', [], null)], null);
            }
            if (action !== null) result.push(action);
            i = j;
          }
          return new PyTuple([result, getSlice(string!, i, null, null)]);
        },
      ],
    ],
  });
}
