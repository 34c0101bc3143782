# sort()/sorted()'s reverse= is converted as an int: a bool, an int or an object with
# __index__; anything else is CPython's TypeError (after sorted() has read its iterable).


class One:
    def __index__(self):
        return 1


words = ["pear", "fig", "apple"]
print(sorted(words, reverse=One()), sorted(words, key=len, reverse=0), sorted(words, reverse=7))
words.sort(reverse=True)
print(words)
for rev in ["yes", None, 1.0, [1]]:
    try:
        print(sorted(words, reverse=rev))
    except TypeError as e:
        print("TypeError:", e)
    try:
        words.sort(reverse=rev)
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted(5, reverse="x")
except TypeError as e:
    print("TypeError:", e)
order = sorted(words, key=str.lower, reverse="descending")
