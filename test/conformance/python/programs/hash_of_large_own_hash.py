# hash(x) of an object whose __hash__ returns an int too large for a machine word is that
# int's own hash (reduced modulo 2**61 - 1), as CPython's slot_tp_hash does; -1 becomes -2.
class Big:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, Big) and self.n == other.n


for n in [2**70 + 5, -(2**64), 2**63 - 1, 2**63, -1, 0]:
    print(hash(Big(n)), hash(Big(n)) == hash(n))
print(len({Big(2**70), Big(2**70)}))
