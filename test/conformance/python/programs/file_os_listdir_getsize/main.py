# os.listdir (sorted, since the folder's own order is no order) and os.path.getsize over a
# data folder; relpath, commonprefix, curdir/pardir; CPython's errors for a missing path, a
# file where a folder is wanted, and a path of the wrong type.
import os

here = os.path.dirname(os.path.abspath(__file__))
data_dir = os.path.join(here, 'data')
print(sorted(os.listdir(data_dir)), os.listdir('data/sub'))
total = 0
for name in sorted(os.listdir(data_dir)):
    path = os.path.join(data_dir, name)
    if os.path.isfile(path):
        size = os.path.getsize(path)
        total += size
        print(f"{name:<12}{size:>8,d} bytes  {os.path.relpath(path, here)}")
    else:
        print(f"{name + '/':<12}{'-':>8}  {len(os.listdir(path))} item(s)")
print('total', total, 'bytes')
with open(os.path.join(data_dir, 'names.txt')) as f:
    words = f.read().splitlines()
print(len(words), 'words', sum(len(w) + 1 for w in words) == os.path.getsize('data/names.txt'))
print(os.path.relpath('data/sub/more.txt', 'data'), os.path.relpath('data', 'data/sub'), os.path.relpath('.'))
print(os.path.commonprefix(words[:3]) or '(none)', os.path.commonprefix(['data/names.txt', 'data/table.csv']))
print(os.curdir, os.pardir, os.extsep, os.path.splitdrive('data/names.txt'))
for bad in [lambda: os.listdir('missing'), lambda: os.listdir('data/names.txt'),
            lambda: os.path.getsize('nope.txt'), lambda: os.path.getsize(None),
            lambda: os.listdir(2.5), lambda: os.path.relpath('')]:
    try:
        print(bad())
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
