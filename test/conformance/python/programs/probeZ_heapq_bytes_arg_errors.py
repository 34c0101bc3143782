# heapq's functions name None itself when it is passed for the heap (CPython's argument
# check), and int.from_bytes refuses any non-iterable by its type name.
import heapq

calls = [
    ("heappush", lambda: heapq.heappush(None, 1)),
    ("heappop", lambda: heapq.heappop(None)),
    ("heapify", lambda: heapq.heapify(None)),
    ("heapreplace", lambda: heapq.heapreplace(None, 2)),
    ("heappushpop", lambda: heapq.heappushpop(None, 3)),
    ("heapify tuple", lambda: heapq.heapify((3, 1))),
    ("from_bytes None", lambda: int.from_bytes(None, "big")),
    ("from_bytes int", lambda: int.from_bytes(7, "little")),
    ("from_bytes float", lambda: int.from_bytes(1.5, "big")),
    ("from_bytes str", lambda: int.from_bytes("ab", "big")),
    ("from_bytes list", lambda: int.from_bytes([1, 2], "big")),
    ("from_bytes range", lambda: int.from_bytes(range(3), "little")),
    ("from_bytes big item", lambda: int.from_bytes([256], "big")),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)
