# A guard that meant `not a or not b` but lost its `or`: CPython reads the second `not`
# as the start of `not in` and reports invalid syntax at the token after it.
def pick(words, n):
    if not words not n or n < 0:
        return []
    return words[:n]


print(pick(["a", "b"], 1))
