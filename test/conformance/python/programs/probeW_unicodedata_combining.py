# Text cleaning before tokenizing: accents stripped by dropping the characters whose
# canonical combining class is non-zero after NFKD, and digits of any script read with
# unicodedata.decimal / unicodedata.digit (with a default, and without one: ValueError).
import unicodedata


def strip_accents(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize_digits(text):
    return "".join(str(unicodedata.decimal(ch, ch)) if ch.isdecimal() else ch for ch in text)


corpus = ["Café naïve résumé", "Ångström coöperate façade", "Tiếng Việt có dấu", "Ελληνικά τόνοι"]
for line in corpus:
    print(strip_accents(line))
print(normalize_digits("٣٤ apples, ۵ pears, १२ plums, 7 figs"))
for ch in ["\u0301", "\u0308", "\u0327", "\u05b0", "\u093c", "\u0e38", "\u302a", "a", "\u20d7", "\U0001d167"]:
    print(f"U+{ord(ch):04X}", unicodedata.combining(ch), unicodedata.category(ch))
for ch in ["7", "٣", "²", "①", "⑽", "Ⅻ", "x", "₀", "\u1369"]:
    print(repr(ch), unicodedata.decimal(ch, None), unicodedata.digit(ch, None))
for f, arg in [(unicodedata.decimal, "²"), (unicodedata.digit, "a"), (unicodedata.combining, "ab")]:
    try:
        f(arg)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    unicodedata.decimal("1", 0, 2)
except TypeError as e:
    print("TypeError", e)
print(sum(unicodedata.digit(ch) for ch in "١٢٣"), unicodedata.digit("٩", 0) * 2)
