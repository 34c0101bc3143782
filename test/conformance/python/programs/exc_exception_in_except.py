try:
    try:
        raise ValueError("first")
    except ValueError:
        {}["second"]
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
