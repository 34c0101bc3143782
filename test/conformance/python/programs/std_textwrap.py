# textwrap: wrap/fill with hyphenated words, em-dashes and long words, the options a program
# passes, max_lines with a placeholder, shorten, dedent and indent, and TextWrapper objects.
import textwrap

TEXT = ("Look, goof-ball -- use the -b option! The well-known self-contained x-ray "
        "machine was supercalifragilisticexpialidocious, they said.  Mr. Smith agreed. "
        "Then again--maybe not.")

for width in (10, 17, 25, 40, 70):
    print(width, textwrap.wrap(TEXT, width))

print(textwrap.fill(TEXT, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(TEXT, 12, break_on_hyphens=False))
print(textwrap.wrap(TEXT, 12, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-compound-word here", 8))
print(textwrap.wrap("tab\there and\tthere\nnew line", 12))
print(textwrap.wrap("tab\there and\tthere", 12, expand_tabs=False))
print(textwrap.wrap("tab\there and\tthere", 40, tabsize=4))
print(textwrap.wrap("keep\nthe\tbreaks", 40, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("   leading and trailing   ", 10))
print(textwrap.fill("One end. Two ends? Yes! done.", 60, fix_sentence_endings=True))
print(textwrap.wrap(TEXT, 20, max_lines=3))
print(textwrap.wrap(TEXT, 20, max_lines=2, placeholder="..."))
print(textwrap.wrap("short text", 20, max_lines=1))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("", 10) == "")
print(textwrap.wrap("naïve über-cool café-au-lait déjà-vu", 9))

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25, placeholder=" (...)"))
print(textwrap.shorten("  lots\tof   \n whitespace  ", 30))

code = """
    def f(x):
        return x + 1

    \tprint(f(2))
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n    b\n  \n\tc\n")))
print(repr(textwrap.dedent("    x\n      y\n    z")))
print(repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.indent("one\n\ntwo\n  \nthree", "> ")))
print(repr(textwrap.indent("one\n\ntwo\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("a\nbb\nccc\n", "-", lambda line: len(line) > 2)))
print(repr(textwrap.indent("win\r\nlines\r\n", "  ")))

w = textwrap.TextWrapper(width=24, initial_indent="- ", subsequent_indent="  ")
print(w.width, w.initial_indent, w.max_lines, w.placeholder, w.break_on_hyphens)
for line in w.wrap(TEXT):
    print(line)
w.width = 36
w.max_lines = 2
print(w.fill(TEXT))


class Numbered(textwrap.TextWrapper):
    def __init__(self, **kw):
        super().__init__(width=30, **kw)

    def numbered(self, text):
        return [f"{i}: {line}" for i, line in enumerate(self.wrap(text), 1)]


print("\n".join(Numbered(subsequent_indent="   ").numbered(TEXT)))

for bad in (lambda: textwrap.wrap("x", 0),
            lambda: textwrap.wrap(TEXT, 5, max_lines=2, placeholder=" [truncated]"),
            lambda: textwrap.TextWrapper(colour="red"),
            lambda: textwrap.shorten("a b", 5, max_lines=2),
            lambda: textwrap.wrap(42)):
    try:
        bad()
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
