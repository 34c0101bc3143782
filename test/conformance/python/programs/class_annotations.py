from typing import List, Optional, Dict


class Layer:
    size: int = 3
    name: str

    def __init__(self, nin: int, nout: int, bias: bool = True) -> None:
        self.nin: int = nin
        self.nout = nout
        self.bias = bias

    def shape(self) -> List[int]:
        return [self.nin, self.nout]

    def find(self, key: str) -> Optional[Dict[str, int]]:
        return None


layer = Layer(2, 4)
x: float = 0.5
print(layer.shape(), layer.size, layer.find("a"), x)
