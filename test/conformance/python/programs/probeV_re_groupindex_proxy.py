"""A compiled pattern's groupindex is a read-only mappingproxy of group names to numbers, as in CPython."""
import re
p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)(x)?')
print(p.groupindex, type(p.groupindex).__name__, p.groupindex['year'], dict(p.groupindex), list(p.groupindex))
try:
    p.groupindex['day'] = 3
except TypeError as e:
    print(e)
print(re.compile('a').groupindex, len(re.compile('a').groupindex))
m = p.match('2024-05')
print({name: m.group(i) for name, i in p.groupindex.items()})
