import random

random.seed(42)
data = [(i / 10, (i * 7) % 3) for i in range(20)]
random.shuffle(data)
n = int(0.8 * len(data))
train, test = data[:n], data[n:]
print(len(train), len(test))
print(train[:3], test)
