# CPython's re warns (FutureWarning) when a character class holds what a later Python may
# read as a set operation or a nested set: `--`, `&&`, `~~`, `||`, `[[`; once per compiled
# pattern (the cache), and before the error of a bad range.
import re
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(re.split(r"[ ~~]", "a~b c"), re.findall(r"[a-z||]+", "ab|cd"))
    print(re.findall(r"[[x]", "[x"), re.findall(r"[0-9&&]", "1&"), re.findall(r"[^--]", "a-"))
    re.compile(r"[ab||]")
    re.compile(r"[ab||]")
    try:
        re.compile(r'([,.?_!"()\'|--|\s)')
    except re.error as e:
        print("error:", e)
for w in caught:
    print(w.category.__name__, w.message)
