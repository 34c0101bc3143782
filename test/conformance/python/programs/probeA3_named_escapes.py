# \N{NAME} escapes: names of the characters programs spell this way, case-insensitive,
# aliases of control characters, CJK ideographs by code point, in str and f-string literals
# (a raw string or bytes keeps the escape as written).
print("\N{GREEK SMALL LETTER ALPHA}", "\N{BULLET}", "\N{LATIN SMALL LETTER E WITH ACUTE}")
print("\N{greek capital letter omega}", "\N{Greek Small Letter Beta}")
print(f"\N{BULLET} {1 + 1} \N{RIGHTWARDS ARROW} {{\N{EM DASH}}}")
print("\N{LF}" == "\n", "\N{NBSP}" == "\xa0", "\N{TAB}" == "\t", "\N{NUL}" == "\0")
print("\N{CJK UNIFIED IDEOGRAPH-4E00}", "\N{DEGREE SIGN}", "\N{MICRO SIGN}")
print("\N{MULTIPLICATION SIGN}", "\N{BLACK STAR}", "\N{CHECK MARK}", "\N{WHITE HEART SUIT}")
print(r"\N{BULLET}", b"\N{BULLET}", len("\N{SPACE}\N{CHARACTER TABULATION}"))
print("\N{BOX DRAWINGS LIGHT HORIZONTAL}" * 3, "\N{FULL BLOCK}\N{LIGHT SHADE}")
print(ascii("\N{EN DASH}\N{HORIZONTAL ELLIPSIS}\N{PLUS-MINUS SIGN}\N{INFINITY}"))
print(ascii("\N{N-ARY SUMMATION}\N{PARTIAL DIFFERENTIAL}\N{NABLA}\N{EURO SIGN}"))
print(ascii("\N{SUBSCRIPT ONE}\N{SUPERSCRIPT TWO}\N{ROMAN NUMERAL FOUR}\N{TRADE MARK SIGN}"))
print(ascii("\N{LATIN CAPITAL LETTER A WITH RING ABOVE}\N{LATIN SMALL LETTER SHARP S}"))
print(ascii("""a\N{GREEK SMALL LETTER THETA}
b\N{GREEK SMALL LETTER SIGMA}"""))
