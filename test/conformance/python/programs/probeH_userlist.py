# collections.UserList: a MutableSequence over self.data; slices, + and * make instances of
# the same class, comparisons and the list methods pass through to data.
from collections import UserList
from collections.abc import MutableSequence
class Stack(UserList):
    def push(self, x): self.append(x)
    def peek(self): return self.data[-1]
s = Stack([1, 2]); s.push(3)
print(s, s.peek(), len(s), s[0], s[-1], s[1:], type(s[1:]).__name__, 2 in s, list(s), s.data)
print(s + [4], type(s + [4]).__name__, [0] + s, type([0] + s).__name__, s + Stack([9]), s * 2, 2 * s, (4, 5) + s if False else "")
s += (7, 8); print(s); s *= 2; print(s, s.count(7), s.index(8), s.index(8, 5))
print(s.pop(), s.pop(0), s); s.remove(7); s.reverse(); print(s); s.sort(); print(s); s.sort(key=lambda v: -v, reverse=True); print(s)
s.insert(1, 99); s.extend(Stack([5])); s.extend(range(2)); print(s)
print(s == list(s), s == Stack(list(s)), s < [100], s > Stack([0]), s != [], isinstance(s, MutableSequence), isinstance(s, list))
c = s.copy(); c.append(-1); print(c, type(c).__name__, s, c[::2], bool(Stack()), bool(s))
s[0] = "first"; del s[1]; s[2:4] = ["a", "b", "c"]; print(s, repr(UserList()), UserList("abc"), UserList(UserList([1])))
try:
    hash(s)
except TypeError as e: print(e)
s.clear(); print(s, len(s))
try:
    s.pop()
except IndexError as e: print("IndexError:", e)
