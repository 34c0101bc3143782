# A vocabulary / feature-index script merging id sets with `{*a, *b}`: a set display with
# starred items is built as CPython's bytecode builds it (the items before the first star,
# then each `*x` as set.update, then each later item added), so it prints in CPython's order.
train_ids = frozenset([33, 3, 13, 18, 28])
test_ids = {7, 23, 39, 31, -1, 47}
extra = [64, 0, 8]

print({*train_ids}, set(train_ids), train_ids)
print({*test_ids}, {*train_ids, *test_ids})
print({5, 13, *extra, 21, *range(40, 30, -4)})
print({*{16: "a", 48: "b", 0: "c"}}, {*(), 1}, {*"aaa"} == {"a"})
buckets = [frozenset(range(k, 60, 8)) for k in range(3)]
for b in buckets:
    print(sorted(b) == sorted({*b}), {*b})
merged = {*buckets[0], *buckets[1], 99}
print(len(merged), merged)
print({1, *[1.0, True]}, {*[True], 1, 1.0})
for bad in ([5], [[1]]):
    try:
        {0, *bad}
    except TypeError as e:
        print("TypeError:", e)
try:
    {*7}
except TypeError as e:
    print("TypeError:", e)
