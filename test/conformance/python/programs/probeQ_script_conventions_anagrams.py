#!/usr/bin/env python3
"""Anagram and "can I spell it" finder, written as a shareable script."""
import os
import sys
from collections import Counter
from typing import Iterable, List

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.append(os.path.join(os.path.dirname(__file__), "lib"))

USE_COLOR = sys.stdout.isatty()
GREEN, RESET = ("\033[32m", "\033[0m") if USE_COLOR else ("", "")

WORDS = """listen silent enlist tinsel inlets google elgoog banana bandana
stone tones notes onset seton stolen lemons melons solemn evil vile live veil
dusty study night thing act cat tac""".split()


def signature(word: str) -> str:
    return "".join(sorted(word))


def group_anagrams(words: Iterable[str]) -> List[List[str]]:
    groups = {}
    for w in words:
        groups.setdefault(signature(w), []).append(w)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g))


def can_spell(word: str, letters: str) -> bool:
    return Counter(word) <= Counter(letters)


def main(argv: List[str]) -> int:
    print(f"{GREEN}anagram groups{RESET}")
    for g in group_anagrams(WORDS):
        print(f"  {len(g)}: {', '.join(g)}")
    rack = "aelnstb"
    spellable = [w for w in WORDS if can_spell(w, rack)]
    print(f"from {rack!r}: {spellable}")
    print(Counter("banana") < Counter("bandanas"), Counter("banana") <= Counter("banana"))
    print(Counter("abc") > Counter("ab"), Counter("abc") >= Counter("abd"))
    print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) < Counter(a=1, b=0))
    missing = Counter("bandana") - Counter(rack)
    print("missing for bandana:", dict(missing), sum(missing.values()))
    print("argv:", argv, "path[0] is script dir:", sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
    print("tty:", sys.stdout.isatty(), sys.stderr.isatty(), repr(GREEN))
    return 0


if __name__ == "__main__":
    main(sys.argv[1:])
