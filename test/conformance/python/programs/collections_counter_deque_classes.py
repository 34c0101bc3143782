# Counter and deque are classes: isinstance checks, a Counter is a dict, a class can derive
# from Counter; itertools' iterators are named with their module, as CPython's types are.
import collections
import itertools
from collections import Counter, deque


class WordCounts(Counter):
    def top(self, n):
        return [w for w, _ in self.most_common(n)]


counts = WordCounts("the cat and the hat and the bat".split())
print(counts, counts.top(2), isinstance(counts, Counter), isinstance(counts, dict))
print(WordCounts.__mro__)
plain = Counter("abca")
print(type(plain), type(plain).__module__, Counter.__module__, type(plain) is Counter)
print(isinstance(plain, dict), isinstance({}, Counter), issubclass(Counter, dict))
window = deque([1, 2, 3], maxlen=3)
print(type(window), isinstance(window, deque), deque.__module__, deque.__name__)

groups = itertools.groupby("aabbbc")
key, members = next(groups)
print(type(groups), type(members), type(groups).__name__, type(groups).__module__)
print(type(itertools.chain([1], [2])), type(itertools.count()), type(itertools.islice("ab", 1)))
for make in (lambda: len(itertools.chain("ab")), lambda: itertools.count()[0], lambda: members.size):
    try:
        make()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
