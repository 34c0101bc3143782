# pprint: CPython's layout of nested dicts, lists, tuples, sets and long strings at several
# widths, with indent, depth, compact and sort_dicts.
import pprint

config = {
    'model': 'mlp',
    'layers': [{'in': 2, 'out': 16, 'act': 'relu'}, {'in': 16, 'out': 1, 'act': None}],
    'optimizer': ('adam', {'lr': 0.001, 'betas': (0.9, 0.999)}),
    'seen': set(range(12)),
    'frozen': frozenset([1, 2, 3]),
    'empty': [[], (), {}, set()],
    'single': (42,),
}
for width in (20, 40, 60, 80, 200):
    print('--- width', width)
    pprint.pprint(config, width=width)
print(pprint.pformat(config, indent=4, width=50))
print(pprint.pformat(config, depth=1))
print(pprint.pformat(config, depth=2, width=40))
pprint.pp(config, width=50)
pprint.pprint(config, sort_dicts=False, width=50)

grid = [[i * j for j in range(10)] for i in range(8)]
pprint.pprint(grid)
pprint.pprint(grid, compact=True, width=50)
pprint.pprint(tuple(range(30)), compact=True)
pprint.pprint(tuple(range(30)), width=30)

text = 'The quick brown fox jumps over the lazy dog. ' * 4
pprint.pprint(text)
pprint.pprint(text, width=33)
pprint.pprint({'doc': 'first line\nsecond line is longer than the first\n' * 3}, width=40)
pprint.pprint(['short', text], width=50)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


pprint.pprint([Point(i, i * i) for i in range(12)])
pprint.pprint({'big': 12345678901234567890, 'n': -1000}, underscore_numbers=True)
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}))
try:
    pprint.pformat([], depth=0)
except ValueError as e:
    print('ValueError:', e)
