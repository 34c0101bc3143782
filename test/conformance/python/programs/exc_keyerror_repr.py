d = {"a": 1}
for k in ["b", 3, (1, 2), ""]:
    try:
        d[k]
    except KeyError as e:
        print(e, "|", e.args[0], "|", repr(e))
