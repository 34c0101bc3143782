def tree(depth, **attrs):
    if depth == 0:
        return dict(attrs)
    return {"depth": depth, "child": tree(depth - 1, **attrs, level=depth)} if "level" not in attrs else {"depth": depth, "child": tree(depth - 1, **attrs)}


print(tree(2, color="red"))
