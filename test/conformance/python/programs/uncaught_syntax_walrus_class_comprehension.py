# A comprehension in a class body has no enclosing function for ':=' to bind in.
class Table:
    rows = [1, 2, 3]
    squares = [(last := r * r) for r in rows]
