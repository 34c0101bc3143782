from dataclasses import dataclass


@dataclass
class Base:
    data: float = 0.0


@dataclass
class Child(Base):
    label: str
