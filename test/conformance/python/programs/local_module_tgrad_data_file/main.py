import os

import loader

rows = loader.load("data/points.csv")
print(len(rows), rows[0], rows[-1])
print(os.path.exists("data/points.csv"), os.path.isfile("data"))
