import string
from collections import deque

print(string.capwords("  hello   big\tworld  "), string.capwords("a-b-c", "-"), string.capwords("ÉCOLE x"))
d = deque([1, 2, 3], maxlen=3)
d.append(4)
r = reversed(d)
print(list(r), list(reversed(deque())), next(reversed(deque("xy"))))
