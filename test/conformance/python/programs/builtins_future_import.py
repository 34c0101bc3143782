"""A module as many libraries start: a docstring, then future imports."""
from __future__ import annotations
from __future__ import division, print_function, absolute_import
from __future__ import (generators, with_statement, nested_scopes,
                        unicode_literals, generator_stop)

from __future__ import annotations as postponed

import __future__


class Node:
    # With postponed annotations a method may name its own class, not yet bound.
    def link(self, other: Node) -> Node:
        self.next = other
        return other


def total(xs: list[float], start: Undefined = 0) -> float:
    return sum(xs, start)


print(Node().link(Node()).__class__.__name__)
print(total([1.5, 2.5]))
print(7 / 2, 7 // 2)
print(__future__.all_feature_names)
print(__future__.annotations)
print(postponed is __future__.annotations, annotations is postponed)
print(__future__.division.getMandatoryRelease(), division.getOptionalRelease())
print(print_function.compiler_flag == __future__.print_function.compiler_flag)
print(__future__.generator_stop.mandatory)
