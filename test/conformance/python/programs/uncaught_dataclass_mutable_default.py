from dataclasses import dataclass

print("before")


@dataclass
class Value:
    data: float
    children: list = []
