# ':=' inside a comprehension cannot rebind the comprehension's own loop variable.
xs = [1, 2, 3]
print("never printed")
doubled = [x := x * 2 for x in xs]
