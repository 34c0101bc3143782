import os
from pathlib import Path, PurePath, PosixPath

p = Path("data") / "names.txt"
print(p, repr(p), type(p).__name__, isinstance(p, Path), isinstance(p, PurePath))
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts)
print(Path("a.tar.gz").suffixes, Path(".bashrc").suffix, Path("x.").suffix, Path("/").name)
print(list(Path("a/b/c").parents), Path("a/b").parent.parent, Path("/a/b").parts)
print(p.with_suffix(".csv"), p.with_name("other.txt"), p.with_stem("x"), p.with_suffix(""))
print(Path("data").joinpath("sub", "deep.txt"), "data" / Path("x"), Path("a", "/b", "c"), Path("a//b/./c/"))
print(p.exists(), p.is_file(), p.is_dir(), Path("data").is_dir(), Path("nope").exists())
print(p.read_text(), end="")
print(p.read_text(encoding="utf-8").splitlines())
with p.open() as f:
    print(f.readline().strip())
with open(p) as f:
    print(len(f.read()))
print(os.path.join(Path("data"), "x"), os.path.exists(p), os.fspath(p), str(p))
print(sorted(Path("data").iterdir()))
print(sorted(Path("data").glob("*.txt")), sorted(Path("data").glob("*")))
print(sorted(Path("data").glob("**/*.txt")), sorted(Path("data").rglob("*.txt")))
print(sorted(Path(".").glob("data/s*/*")))
print(Path("a") == Path("a"), Path("a") == PurePath("a"), Path("a") == "a", Path("a") < Path("b"))
print(len({Path("a"), Path("a/"), Path("./a")}), {Path("x"): 1}[Path("x")])
print(Path("data/../data/names.txt").resolve() == Path.cwd() / "data" / "names.txt")
print(Path("data").absolute() == Path.cwd() / "data", Path.cwd().is_dir(), Path("/x").is_absolute())
print(PurePath("a/b"), repr(PurePath("a")), Path("a/b").relative_to("a"), Path(), repr(Path()))
print(sorted([Path("b"), Path("a/c"), Path("a")]))
rows = [line.split(",") for line in (Path("data") / "table.csv").read_text().splitlines()]
print(rows, sum(int(r[0]) for r in rows[1:]))
print(Path("missing.txt").read_text())
