xs = [3, 1, 2, 3, 1]
print(sorted(set(xs)), "-".join(["a", "b", "c"]), xs.index(2), float(True), float(False))
print(max(0, -2.5), max(0, 3), min(1, 0.5), int(True) + 1, str(1.0), abs(-0))
print(sorted(set("hello")), list(reversed(sorted({5, 2, 9}))), ", ".join(map(str, range(3))))
