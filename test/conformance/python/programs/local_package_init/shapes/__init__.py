VERSION = "1.0"
print("shapes package imported")


def describe():
    return "shapes package " + VERSION
