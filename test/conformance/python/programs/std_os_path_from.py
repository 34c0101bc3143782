from os.path import join, splitext, basename

files = ["a.txt", "b.py", "c.tar.gz", "noext"]
print([splitext(f) for f in files])
print([basename(join("root", f)) for f in files])
