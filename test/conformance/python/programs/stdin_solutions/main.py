# Ways programs read their input: a count, then rows; sys.stdin.readline as input; the rest
# by iteration; and what happens at the end of the input.
import sys

n = int(input())
grid = [list(map(int, input().split())) for _ in range(n)]
print("rows", n, "sum", sum(map(sum, grid)), "max", max(max(r) for r in grid))

readline = sys.stdin.readline
name = readline().rstrip("\n")
print(f"name={name!r} upper={name.upper()}")

words = {}
for line in sys.stdin:
    line = line.strip()
    if line == "END":
        break
    for w in line.split():
        words[w] = words.get(w, 0) + 1
print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:3])

rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))

try:
    input("more? ")
except EOFError as e:
    print("\nEOFError:", e, type(e).__mro__[1].__name__)

line = input("last? ")
