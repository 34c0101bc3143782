"""Cleaning text before training a tokenizer: categories, control characters, normalization."""
import unicodedata
from unicodedata import category, normalize


def replace_control_characters(s: str) -> str:
    chars = []
    for ch in s:
        if unicodedata.category(ch)[0] != "C":
            chars.append(ch)
        else:
            chars.append(f"\\u{ord(ch):04x}")
    return "".join(chars)


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


samples = "Aa1 _-([{}])!?.,;:'\"«»“”\t\n\r\x00\x7f\x85\xa0\xad€$+<=>^`|~©°²½ʰ\u0301\u0903\u20dd\u2028\u2029\u200b\u200d\ufeffé日本語Ⅻ¹🙂🇺\U000f0000"
for ch in samples:
    print(f"U+{ord(ch):04X} {category(ch)}")
print(replace_control_characters("hello\nworld\t\x00\u200b😄 ok"))
print(strip_accents("Crème brûlée à la café naïve Ångström"))
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    s = normalize(form, "ﬁancé Ｕｎｉｃｏｄｅ ① x² Å ñ")
    print(form, len(s), ascii(s), unicodedata.is_normalized(form, s), unicodedata.is_normalized(form, "ﬁ"))
print(unicodedata.unidata_version)
words = ["Zoë", "zoe", "ZOË", "Chloé"]
print(sorted(words, key=lambda w: strip_accents(w).casefold()))
print(sum(1 for ch in "Hello, World! 123" if category(ch).startswith('L')))
print({c: category(c) for c in "a1 ."})
for bad in [lambda: category(65), lambda: category("ab"), lambda: category(""), lambda: normalize("NFX", "a"),
            lambda: normalize("NFC", b"a"), lambda: normalize(None, 1), lambda: unicodedata.is_normalized("NFC", 3),
            lambda: normalize("NFC"), lambda: category()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
