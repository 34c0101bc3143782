# Dict views' set operations with an object that hashes and compares like the int key 1,
# and isdisjoint() on keys and items views.


class One:
    def __hash__(self):
        return hash(1)

    def __eq__(self, other):
        return other == 1

    def __repr__(self):
        return "One()"


stock = {1: "apple", 2: "pear", 3: "fig"}
one = One()
keys = stock.keys()
print(keys & {one}, {one} & keys, keys & [one])
print(keys | {one}, keys - {one}, sorted(keys ^ {one}))
print({one} - keys, {one} ^ keys, [one] - keys if False else "-")
print(keys & {1, 2, 3, 4, 5}, keys & {2: 0}.keys(), {2: 0}.keys() & keys)
print(stock.items() & {(one, "apple")}, stock.items() & {(one, "pear")})
print((one, "apple") in stock.items(), (one, "fig") in stock.items(), one in keys)
print((1,) in stock.items(), [1, "apple"] in stock.items())
print(keys.isdisjoint({one}), keys.isdisjoint([4, 5]), keys.isdisjoint(range(3, 100)))
print(stock.items().isdisjoint([(3, "fig")]), stock.items().isdisjoint({(3, "pig")}))
print(keys.isdisjoint(keys), {}.keys().isdisjoint({}.keys()))
print({1, 2} ^ {one}, {one} ^ {1, 2}, {1, 2}.symmetric_difference([one]))
s = {1, 2}
s ^= {one}
print(s, keys == {one, 2, 3}, keys - [1, 1, 2])
try:
    keys.isdisjoint(5)
except TypeError as e:
    print("TypeError:", e)
