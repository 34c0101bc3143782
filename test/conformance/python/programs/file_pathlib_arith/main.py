from pathlib import Path, PurePath

p = Path("data/names.txt")
print(p.with_suffix(".csv"), p.with_name("other.txt"), p.with_stem("x"), p.with_suffix(""))
print(PurePath("a/b"), repr(PurePath("a")), Path("a/b").relative_to("a"), Path(), repr(Path()))
print(sorted([Path("b"), Path("a/c"), Path("a")]))
print(Path("a") / "b" / "c.txt", "x" / Path("y"), Path("/usr") / "/etc", Path("a").joinpath("b", "c"))
print([q.name for q in Path("a/b/c.d.e").parents], Path("a/b/c.d.e").suffixes, Path("/").parts)
for bad in [lambda: Path("/").with_suffix(".x"), lambda: p.with_suffix("x"), lambda: Path("a").relative_to("b"),
            lambda: Path("a") < "b", lambda: Path(3), lambda: p.with_name("")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
