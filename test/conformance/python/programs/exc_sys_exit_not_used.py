def parse(tokens):
    out = []
    for t in tokens:
        try:
            out.append(float(t))
        except ValueError as e:
            out.append(str(e))
    return out


print(parse(["1.5", "nan", "-inf", "1e3", "abc", " 2 "]))
