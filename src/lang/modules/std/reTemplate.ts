// The replacement strings of re.sub and Match.expand: `\1`, `\g<name>`, `\g<0>` and the
// character escapes, parsed once per call into literal text and group references.

import { fail } from '../../runtime/state';
import type { MatchData } from './reMatch';
import type { TranslatedPattern } from './reTranslate';

/** Literal text, or a group number whose text goes there ('' when it did not match). */
export type TemplatePart = string | number;

const CHAR_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

/** `template` as parts; `error` raises re.error (message, position in the template). */
export function parseTemplate(
  template: string,
  translated: TranslatedPattern,
  error: (msg: string, pos: number) => never,
): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = '';
  const group = (g: number, at: number): void => {
    if (g > translated.groups) error(`invalid group reference ${g}`, at);
    parts.push(literal, g);
    literal = '';
  };
  let i = 0;
  while (i < template.length) {
    const c = template[i];
    if (c !== '\\') {
      literal += c;
      i++;
      continue;
    }
    const e = template[i + 1];
    if (e === undefined) error('bad escape (end of pattern)', i);
    if (e === 'g') {
      if (template[i + 2] !== '<') error('missing <', i + 2);
      const close = template.indexOf('>', i + 3);
      if (close < 0) {
        error(
          i + 3 === template.length ? 'missing group name' : 'missing >, unterminated name',
          i + 3,
        );
      }
      const name = template.slice(i + 3, close);
      if (name === '') error('missing group name', i + 3);
      if (/^\d+$/.test(name)) group(Number(name), i + 3);
      else {
        if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) {
          error(`bad character in group name '${name}'`, i + 3);
        }
        const g = translated.groupIndex.get(name);
        if (g === undefined) throw fail('IndexError', `unknown group name '${name}'`);
        group(g, i + 3);
      }
      i = close + 1;
    } else if (e === '0') {
      const m = /^[0-7]{0,2}/.exec(template.slice(i + 2))!;
      literal += String.fromCharCode(parseInt(`0${m[0]}`, 8));
      i += 2 + m[0].length;
    } else if (e >= '1' && e <= '9') {
      const m = /^([0-7]{3}|\d{1,2})/.exec(template.slice(i + 1))!;
      const octal = m[1].length === 3 && /^[0-3]/.test(m[1]);
      if (octal) literal += String.fromCharCode(parseInt(m[1], 8));
      else group(Number(m[1].slice(0, 2)), i + 1);
      i += 1 + (octal ? 3 : Math.min(2, m[1].length));
    } else if (e in CHAR_ESCAPES) {
      literal += CHAR_ESCAPES[e];
      i += 2;
    } else if (/[A-Za-z]/.test(e)) {
      error(`bad escape \\${e}`, i);
    } else {
      // An escape Python does not know stays as written (`\.` gives a backslash and a dot).
      literal += c + e;
      i += 2;
    }
  }
  parts.push(literal);
  return parts;
}

export function expandTemplate(d: MatchData, parts: readonly TemplatePart[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else {
      const span = d.spans[part];
      if (span !== null) out += d.string.slice(span[0], span[1]);
    }
  }
  return out;
}
