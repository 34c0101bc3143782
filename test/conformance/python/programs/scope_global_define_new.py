def setup():
    global config
    config = {"lr": 0.05}


setup()
print(config)


def read_only():
    return config["lr"] * 2


print(read_only())
