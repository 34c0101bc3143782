# str.format parses each replacement field as CPython 3.11's parse_field does: its errors
# for a missing or bad conversion, an unclosed spec, a '{' in a field name, and its order.
templates = ["{0!", "{0!r", "{0!}", "{0!}}", "{0!:}", "{0!}abc", "{0!!}", "{0!r!}", "{0!r:",
             "{0:", "{0", "{0!rr", "{0[1]!}", "{0!}}}", "{{0!}}", "x{0!}", "{0!:>3}", "{",
             "}", "{0[}", "{0.}", "{a{b}", "{0[}]}", "{:{:{}}}", "{0!r:>8}|{1!s:^5}", "{5!x}",
             "{0:{1}}", "{0:{1}", "{!a}", "ok {0} then {", "{0:}}"]
for t in templates:
    try:
        print(repr(t), "->", repr(t.format("ab", 3)))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(t), "->", type(e).__name__, e)
print("{name!r:>10}|{0[1]}".format("xy", name="z"))
print("{0!}".format_map({}) if False else "{x!r}".format_map({"x": 1.5}))
bad = "{0!".format(1)
