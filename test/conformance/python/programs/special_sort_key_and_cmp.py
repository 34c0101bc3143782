from functools import cmp_to_key


class Card:
    order = "23456789TJQKA"

    def __init__(self, s):
        self.rank = s[0]
        self.suit = s[1]

    def __repr__(self):
        return self.rank + self.suit


cards = [Card(s) for s in ["Ks", "2h", "Ah", "Td", "2c"]]
print(sorted(cards, key=lambda c: Card.order.index(c.rank)))


def by_suit_then_rank(a, b):
    if a.suit != b.suit:
        return -1 if a.suit < b.suit else 1
    return Card.order.index(a.rank) - Card.order.index(b.rank)


print(sorted(cards, key=cmp_to_key(by_suit_then_rank)))
