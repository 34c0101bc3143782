def main():
    print("running main", __name__)


class Thing:
    pass


print(Thing.__module__)
if __name__ == "__main__":
    main()
else:
    print("imported")
