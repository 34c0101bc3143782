def resource():
    print("open")
    try:
        yield "r1"
        yield "r2"
    finally:
        print("release")


for r in resource():
    print("use", r)
print("after")
