# A program given no input: input() and sys.stdin see its end at once.
import sys

print(repr(sys.stdin.read()), repr(sys.stdin.readline()), list(sys.stdin))
try:
    input("name? ")
except EOFError as e:
    print("|", repr(e))
value = input()
