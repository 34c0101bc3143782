# Fast-input style: every read through sys.stdin.buffer, as bytes.
import sys

readline = sys.stdin.buffer.readline
t = int(readline())
for case in range(1, t + 1):
    a, b = map(int, readline().split())
    print(f"Case #{case}: {a + b}")
data = sys.stdin.buffer.read()
print(data, data.decode().split(), len(data))
print(readline(), sys.stdin.buffer)
