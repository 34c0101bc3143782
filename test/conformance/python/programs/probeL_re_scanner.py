# Pattern.scanner(): a lexer's loop over one string with match()/search(), each going on where
# the last match ended; and re.Scanner, the lexicon lexer of the re module.
import re
from collections import namedtuple

Tok = namedtuple("Tok", "kind text")
LEX = re.compile(r"(?P<NUM>\d+(?:\.\d*)?)|(?P<NAME>[A-Za-z_]\w*)|(?P<OP>[-+*/()=])|(?P<WS>\s+)")


def lex(src):
    sc = LEX.scanner(src)
    for m in iter(sc.match, None):
        if m.lastgroup != "WS":
            yield Tok(m.lastgroup, m.group())


print(list(lex("rate = 2.5 * (x1 + 40)")))
print(list(lex("ok ?stops here")))

sc = re.compile(r"b*").scanner("abbcb")
print([sc.search() for _ in range(6)])
sc = re.compile(r"b*").scanner("bba")
print([sc.match() for _ in range(3)])
sc = re.compile(r"\d").scanner("a1b22", 2, 4)
print(sc.search(), sc.search(), sc.search(), sc.pattern)
m = re.compile(r"\d").scanner("x9", 1).match()
print(m.pos, m.endpos, m.span())

calc = re.Scanner(
    [
        (r"\d+\.\d+", lambda s, t: float(t)),
        (r"\d+", lambda s, t: int(t)),
        (r"[a-z]+", lambda s, t: "name:" + t),
        (r"[-+*/]", lambda s, t: (t, s.match.start())),
        (r"\s+", None),
    ]
)
print(calc.scan("3 + 4.25*width - 10"))
print(calc.scan("7 % 2"))
words = re.Scanner([(r"(\w)(\w*)", lambda s, t: t.title()), (r"\W+", "|")])
print(words.scan("hello, brave new-world"))
loud = re.Scanner([(r"[a-z]+  # letters", lambda s, t: t.upper()), (r"\ +", None)], re.X | re.I)
print(loud.scan("Ab cD 9"))
try:
    re.Scanner([])
except RuntimeError as e:
    print("RuntimeError:", e)
