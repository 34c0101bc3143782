def run():
    print("lib.run called")


if __name__ == "__main__":
    print("lib as script")
else:
    print("lib imported as", __name__)
