"""k-means on 2-D points, with an Enum-driven state machine and match statements."""
import math
import random
from enum import Enum, auto, Flag
from typing import List, Tuple

Point = Tuple[float, float]


class Phase(Enum):
    INIT = auto()
    ASSIGN = auto()
    UPDATE = auto()
    DONE = auto()

    def __str__(self):
        return self.name.title()


class Log(Flag):
    NONE = 0
    STEPS = auto()
    CENTERS = auto()
    ALL = STEPS | CENTERS


def make_blobs(rng: random.Random, centers: List[Point], n: int, spread: float) -> List[Point]:
    pts = []
    for cx, cy in centers:
        pts += [(rng.gauss(cx, spread), rng.gauss(cy, spread)) for _ in range(n)]
    return pts


def kmeans(points: List[Point], k: int, rng: random.Random, log: Log = Log.NONE, max_iter: int = 20):
    phase = Phase.INIT
    centers: List[Point] = []
    assign: List[int] = []
    it = 0
    while True:
        match phase:
            case Phase.INIT:
                centers = rng.sample(points, k)
                phase = Phase.ASSIGN
            case Phase.ASSIGN:
                new = [min(range(k), key=lambda c: math.dist(p, centers[c])) for p in points]
                changed = sum(a != b for a, b in zip(new, assign)) if assign else len(new)
                assign = new
                if Log.STEPS in log:
                    print(f"  iter {it}: {changed} changed")
                phase = Phase.DONE if changed == 0 or it >= max_iter else Phase.UPDATE
            case Phase.UPDATE:
                for c in range(k):
                    members = [p for p, a in zip(points, assign) if a == c]
                    if members:
                        xs, ys = zip(*members)
                        centers[c] = (sum(xs) / len(xs), sum(ys) / len(ys))
                if Log.CENTERS in log:
                    print("  centers:", [(round(x, 2), round(y, 2)) for x, y in centers])
                it += 1
                phase = Phase.ASSIGN
            case Phase.DONE:
                return centers, assign, it
            case _:
                raise ValueError(phase)


rng = random.Random(11)
pts = make_blobs(rng, [(0, 0), (5, 5), (0, 6)], 15, 0.8)
print(len(pts), pts[0])
centers, assign, iters = kmeans(pts, 3, random.Random(4), Log.ALL)
print("iterations:", iters)
for c in sorted(centers):
    print(f"({c[0]:6.3f}, {c[1]:6.3f})")
inertia = sum(math.dist(p, centers[a]) ** 2 for p, a in zip(pts, assign))
print(f"inertia {inertia:.4f}", sorted(assign.count(c) for c in range(3)))
print(list(Phase), Phase.DONE, repr(Phase.ASSIGN), Phase(2), Phase["UPDATE"].value)
print(Log.ALL, Log.STEPS | Log.CENTERS == Log.ALL, Log.NONE, bool(Log.NONE), Log.ALL & Log.STEPS)
print([m.name for m in Log], Log(3), Log.STEPS in Log.ALL, ~Log.STEPS)
for k in (1, 2, 4):
    _, a, _ = kmeans(pts, k, random.Random(k))
    print(k, sorted(a.count(c) for c in range(k)))
