NAME = "first"
import second


def from_second():
    return second.greet()
