def normalize(ws):
    total = sum(ws)
    assert total != 0, "weights sum to zero"
    return [w / total for w in ws]


print(normalize([1, 3]))
print(normalize([1, -1]))
