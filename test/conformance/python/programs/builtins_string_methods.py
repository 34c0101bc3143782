s = "  Hello, World  "
print(s.strip(), s.lower(), s.upper().split(","), s.replace("l", "L", 2))
print("a,b,,c".split(","), "x".join("abc"), "abc".startswith("ab"), "abc".endswith("bc"))
print("Value".ljust(8) + "|", "7".zfill(3), "{:>6}".format("r"), "%5.2f|" % 3.14159)
print("mississippi".count("ss"), "mississippi".find("ss"), "abc"[::-1], "ab" * 3)
