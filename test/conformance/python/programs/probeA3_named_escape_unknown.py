# An unknown \N{...} name is a SyntaxError, reported past the literal's end with the
# position of the escape in the bytes CPython decodes (each non-ASCII character as 10).
print("before")
label = "é: \N{GREEK SMALL LETTER ALPHA} \N{NO SUCH CHARACTER NAME}"
print(label)
