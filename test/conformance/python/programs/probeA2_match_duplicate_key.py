# CPython's compiler refuses a mapping pattern whose literal keys repeat; keys compare as a
# set's do, so 1 and True are the same key. The program never starts running.
print("never printed")


def route(request):
    match request:
        case {"method": "GET", "path": path}:
            return f"get {path}"
        case {"flags": {1: "on", True: "again"}}:
            return "flags"
        case _:
            return "other"


print(route({"method": "GET", "path": "/"}))
