# namedtuple's rename=True turns bad, keyword, underscore and repeated names into _<index>;
# field names that are not strings are made strings first; module= sets __module__.
from collections import namedtuple

Row = namedtuple("Row", "id name id class 2nd _hidden", rename=True)
print(Row._fields)
r = Row(1, "ann", 2, "x", "y", "z")
print(r, r._2, r._5)

Cell = namedtuple("Cell", ["row", "col", "row"], rename=True, defaults=[0])
print(Cell._fields, Cell(3, 4), Cell._field_defaults)

print(namedtuple("Pair", "a b", rename=False)._fields)
print(namedtuple("Coord", "x y", module="geometry").__module__)
print(namedtuple("Coord", "x y").__module__)

for spec in ["x _y", "x x", "x class", [1, 2]]:
    try:
        namedtuple("Bad", spec)
    except ValueError as e:
        print("ValueError:", e)
    print(namedtuple("Ok", spec, rename=True)._fields)

try:
    namedtuple(7, "a")
except ValueError as e:
    print("ValueError:", e)
