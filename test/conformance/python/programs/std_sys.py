import sys

print(sys.getrecursionlimit() >= 1000)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(3000))
print(type(sys.argv).__name__, len(sys.argv))
