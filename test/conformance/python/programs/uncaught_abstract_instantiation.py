from abc import ABC, abstractmethod


class Layer(ABC):
    @abstractmethod
    def forward(self, x): ...

    @abstractmethod
    def backward(self, g): ...


class Dense(Layer):
    def forward(self, x):
        return x


print("making a layer")
layer = Dense()
print("never printed")
