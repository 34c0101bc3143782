# A tokenizer's training script gathers its corpus with os.walk: the tree is walked top
# down, the script sorts dirnames in place (its order) and prunes the folders it skips.
import os
from collections import Counter


def corpus_files(top):
    found = []
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith("_"))
        print(f"{root:<22} dirs={dirs} files={sorted(files)}")
        for name in sorted(files):
            if name.endswith(".txt"):
                found.append(os.path.join(root, name))
    return found


paths = corpus_files("corpus")
print(paths)
counts = Counter()
for p in paths:
    with open(p) as f:
        counts.update(f.read().split())
print(counts.most_common(4))

# Bottom up, on a chain of folders: the deepest comes first.
for root, dirs, files in os.walk(os.path.join("corpus", "books"), topdown=False):
    print("up:", root, sorted(dirs), sorted(files))

walker = os.walk("corpus/news/")
print(type(walker).__name__, next(walker)[0])

problems = []
print(list(os.walk("no_such_folder")), list(os.walk("main.py")))
list(os.walk("no_such_folder", onerror=problems.append))
list(os.walk("main.py", onerror=problems.append))
for e in problems:
    print(type(e).__name__, e.errno, e.filename, "|", e)
for bad in ((), (3,)):
    try:
        os.walk(*bad)
    except TypeError as e:
        print("TypeError:", e)
