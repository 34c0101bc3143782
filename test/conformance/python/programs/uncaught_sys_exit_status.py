import sys


def check(values):
    bad = [v for v in values if v < 0]
    for v in bad:
        print("negative:", v)
    return len(bad)


def main():
    try:
        return check([3, -1, 4, -1, -5])
    finally:
        print("checked")


if __name__ == "__main__":
    sys.exit(main())
