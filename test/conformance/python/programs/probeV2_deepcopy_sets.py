# copy.deepcopy of frozensets and sets inside a model's saved state: a frozenset is rebuilt
# from its copied members (a new object, the original untouched), and a set or frozenset met
# twice is copied once.
import copy

vocab = frozenset(["<pad>", "<unk>", "the", "cat"])
state = {
    "special": frozenset([0, 1, 2]),
    "pairs": frozenset({(1, 2), (3, 4)}),
    "seen": {5, 3, 9, 1},
    "vocab": [vocab, vocab],
    "empty": frozenset(),
}
saved = copy.deepcopy(state)
print(saved["special"], saved["special"] == state["special"], saved["special"] is state["special"])
print(sorted(saved["pairs"]), saved["seen"], saved["seen"] is state["seen"])
print(saved["vocab"][0] is saved["vocab"][1], saved["vocab"][0] is vocab, sorted(saved["vocab"][0]))
print(saved["empty"], type(saved["empty"]).__name__, len(state["special"]), state["special"])
print(copy.copy(vocab) is vocab, copy.copy(state["seen"]) is state["seen"])
twice = copy.deepcopy([state["seen"], state["seen"]])
print(twice[0] is twice[1], twice[0] == state["seen"])
nums = set(range(0, 64, 7))
nums.discard(14)
nums.add(100)
print(copy.deepcopy(nums), copy.deepcopy(frozenset(nums)), nums)
print({copy.deepcopy(frozenset([1, 2])): "key"}[frozenset([2, 1])])
