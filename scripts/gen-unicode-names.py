#!/usr/bin/env python3
"""Writes src/lang/unicodeNamesTable.ts: the Unicode names of the characters a program is
likely to spell with a \\N{...} escape (ASCII, Latin-1 and Latin Extended-A, Greek, general
punctuation, super- and subscripts, currency, letterlike symbols, number forms, arrows,
mathematical operators, box drawing, block elements, geometric shapes, miscellaneous symbols
and dingbats) and the aliases of the control characters, from CPython's own unicodedata
(Unicode 14.0.0 in 3.11). Each name is written as indexes into a list of its words, which
keeps the table near a third of the names' size. Run with python3.11 from the repository."""

import os
import unicodedata

RANGES = [(0x20, 0x7e), (0xa0, 0x17f), (0x370, 0x3ff), (0x2010, 0x205e), (0x2070, 0x209f),
          (0x20a0, 0x20c0), (0x2100, 0x218f), (0x2190, 0x22ff), (0x2500, 0x27bf)]

# Candidate aliases (NameAliases.txt's control, abbreviation and correction aliases for the
# characters above and the C0 controls); only those CPython's lookup resolves are written.
ALIASES = {
    0x00: 'NULL NUL', 0x01: 'START OF HEADING SOH', 0x02: 'START OF TEXT STX',
    0x03: 'END OF TEXT ETX', 0x04: 'END OF TRANSMISSION EOT', 0x05: 'ENQUIRY ENQ',
    0x06: 'ACKNOWLEDGE ACK', 0x07: 'ALERT BEL', 0x08: 'BACKSPACE BS',
    0x09: 'CHARACTER TABULATION|HORIZONTAL TABULATION|HT|TAB',
    0x0a: 'LINE FEED|NEW LINE|END OF LINE|LF|NL|EOL',
    0x0b: 'LINE TABULATION|VERTICAL TABULATION|VT', 0x0c: 'FORM FEED|FF',
    0x0d: 'CARRIAGE RETURN|CR', 0x0e: 'SHIFT OUT|LOCKING-SHIFT ONE|SO',
    0x0f: 'SHIFT IN|LOCKING-SHIFT ZERO|SI', 0x10: 'DATA LINK ESCAPE|DLE',
    0x11: 'DEVICE CONTROL ONE|DC1', 0x12: 'DEVICE CONTROL TWO|DC2',
    0x13: 'DEVICE CONTROL THREE|DC3', 0x14: 'DEVICE CONTROL FOUR|DC4',
    0x15: 'NEGATIVE ACKNOWLEDGE|NAK', 0x16: 'SYNCHRONOUS IDLE|SYN',
    0x17: 'END OF TRANSMISSION BLOCK|ETB', 0x18: 'CANCEL|CAN', 0x19: 'END OF MEDIUM|EOM',
    0x1a: 'SUBSTITUTE|SUB', 0x1b: 'ESCAPE|ESC',
    0x1c: 'INFORMATION SEPARATOR FOUR|FILE SEPARATOR|FS',
    0x1d: 'INFORMATION SEPARATOR THREE|GROUP SEPARATOR|GS',
    0x1e: 'INFORMATION SEPARATOR TWO|RECORD SEPARATOR|RS',
    0x1f: 'INFORMATION SEPARATOR ONE|UNIT SEPARATOR|US', 0x20: 'SP', 0x7f: 'DELETE|DEL',
    0xa0: 'NBSP', 0xad: 'SHY', 0x200b: 'ZWSP', 0x200c: 'ZWNJ', 0x200d: 'ZWJ',
    0x200e: 'LRM', 0x200f: 'RLM', 0x202f: 'NNBSP', 0x2060: 'WJ',
    0xfeff: 'BYTE ORDER MARK|BOM|ZWNBSP',
}


def alias_names(text):
    if '|' in text:
        return text.split('|')
    # 'NULL NUL': a long name then its abbreviation.
    words = text.split(' ')
    return [' '.join(words[:-1]), words[-1]] if len(words) > 1 else words


def main():
    named = []
    for a, b in RANGES:
        for cp in range(a, b + 1):
            name = unicodedata.name(chr(cp), None)
            if name is not None:
                named.append((name, cp))
    for cp, text in ALIASES.items():
        for alias in alias_names(text):
            try:
                if unicodedata.lookup(alias) == chr(cp) and unicodedata.name(chr(cp), '') != alias:
                    named.append((alias, cp))
            except KeyError:
                pass
    counts = {}
    for name, _ in named:
        for w in name.split(' '):
            counts[w] = counts.get(w, 0) + 1
    words = sorted(counts, key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(words)}
    assert len(words) <= 36 * 36

    def code(i):
        return '0123456789abcdefghijklmnopqrstuvwxyz'[i // 36] + '0123456789abcdefghijklmnopqrstuvwxyz'[i % 36]

    entries = []
    last = None
    for name, cp in named:
        enc = ''.join(code(index[w]) for w in name.split(' '))
        # A code point one past the last entry's is left out (most of them).
        entries.append(enc if last is not None and cp == last + 1 else f'{cp:x}:{enc}')
        last = cp
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'lang',
                        'unicodeNamesTable.ts')
    with open(path, 'w') as fh:
        fh.write('// Written by scripts/gen-unicode-names.py from CPython 3.11\'s unicodedata '
                 '(Unicode 14.0.0): do not edit.\n')
        fh.write('// WORDS: the words of the names, most frequent first. NAMES: one entry per '
                 'name, comma-separated:\n')
        fh.write('// each word as two base-36 digits indexing WORDS, after `hex:` when its '
                 'code point is not one\n// past the previous entry\'s.\n\n')
        for const, body in (('WORDS', ' '.join(words)), ('NAMES', ','.join(entries))):
            chunks = [body[i:i + 90] for i in range(0, len(body), 90)]
            fh.write(f'export const {const} =\n  ')
            fh.write(' +\n  '.join("'" + c + "'" for c in chunks) + ';\n\n')
    print(len(named), 'names,', len(words), 'words,', os.path.getsize(path), 'bytes')


if __name__ == '__main__':
    main()
