data = ["1", "2", "x", "4", "", "6"]
total = 0
bad = []
for s in data:
    try:
        total += int(s)
    except ValueError:
        bad.append(s)
        continue
    finally:
        pass
print(total, bad)
