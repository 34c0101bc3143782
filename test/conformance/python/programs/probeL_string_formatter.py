# string.Formatter: str.format's steps as methods a subclass overrides (a report templater
# with its own conversions and field lookups), its parse() pieces and its errors.
import string
import sys

fmt = string.Formatter()
for text in ["", "{}", "id={0!r:>6}.", "{{x}}", "}}", "a{b.c[0]}d{e:{w}.{p}f}", "{", "{0!}"]:
    try:
        print(repr(text), list(fmt.parse(text)))
    except ValueError as e:
        print(repr(text), "ValueError:", e)

print(fmt.format("{0:>{1}}|{2!a}", "right", 8, "naïve"))
print(fmt.vformat("{item[name]} x{item[qty]}", (), {"item": {"name": "pen", "qty": 3}}))
print(fmt.get_field("0.imag", (5,), {}), fmt.convert_field("q", "r"), fmt.format_field(0.5, ".0%"))
for args in [("{}{1}", "a", "b"), ("{k}",), ("{0:{1:{2}}}", 1, 2, 3), ("{!x}", 1), ("{3}", 0)]:
    try:
        print(fmt.format(*args))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)


class Report(string.Formatter):
    """Missing names show as <name>, !u upper-cases, spec 'pct' shows a percentage."""

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        return str(value).upper() if conversion == "u" else super().convert_field(value, conversion)

    def format_field(self, value, spec):
        return f"{value * 100:.1f}%" if spec == "pct" else super().format_field(value, spec)

    def check_unused_args(self, used, args, kwargs):
        unused = sorted(set(kwargs) - used)
        if unused:
            print("unused:", unused)


r = Report()
print(r.format("{team!u}: {rate:pct} done, lead {lead}, {0:*^7}", "ok", team="core", rate=0.4567, extra=1))


class Broken(string.Formatter):
    def format_field(self, value, spec):
        return len(str(value))


try:
    Broken().format("a{}b", "xyz")
except TypeError as e:
    print("TypeError:", e)

# Odds and ends a templating module reaches for: splitlines' keepends read as an int (any int,
# by keyword too), and the sys functions string-handling code calls.
print("a\nb\r\nc".splitlines(1), b"x\ny".splitlines(keepends=2), "p\nq".splitlines(keepends=False))
print(sys.intern("tok"), sys.getdefaultencoding(), sys.maxunicode)


class Name(str):
    pass


for bad in [lambda: "a\nb".splitlines(1.0), lambda: b"a".splitlines("x"), lambda: sys.intern(Name("n")),
            lambda: sys.intern(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Node:
    def __init__(self, name, kids):
        self.name, self.kids = name, kids


# get_field walks .attr and [key] steps lazily: get_value first, then each step in turn.
tree = Node("root", [Node("leaf", [])])
for name in ["0.name", "0.kids[0].name", "0.kids[0]x", "0..name", "0.kids[]", "0.nope[", "0[\u0661]"]:
    try:
        print(name, fmt.get_field(name, (tree,), {}))
    except (ValueError, AttributeError, TypeError) as e:
        print(name, type(e).__name__, e)


class Trace(string.Formatter):
    """Each step says when it runs: the nested spec is expanded after the conversion."""

    def vformat(self, format_string, args, kwargs):
        print("vformat", format_string, args, sorted(kwargs))
        return super().vformat(format_string, args, kwargs)

    def _vformat(self, *args, **kwargs):
        print("  _vformat depth", args[4], kwargs)
        return super()._vformat(*args, **kwargs)

    def format_field(self, value, spec):
        print("  format_field", repr(value), repr(spec))
        return 7 if value == 1 else super().format_field(value, spec)


t = Trace()
print(t.format("{!r:>{}}|", "ab", 6))
for args in [("{}{}{k}", 1, 2), ("{}{}", 1), ("{0}{", 2)]:
    try:
        print(t.format(*args))
    except (TypeError, KeyError, IndexError, ValueError) as e:
        print(type(e).__name__, e)


class Pieces(string.Formatter):
    def parse(self, format_string):
        return [["<", "0", "", None], ("", "1", "", "r")] if format_string else []


print(Pieces().format("ignored", 1, "q"))
for bad in [lambda: string.Formatter(1), lambda: fmt.vformat("x", ()), lambda: fmt.format(),
            lambda: fmt.convert_field(1, "z"), lambda: fmt.format_field(1, 5),
            lambda: fmt.format("{0}{}", 1, 2), lambda: fmt.format("{}{0}", 1, 2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
