from random import seed, random as rnd, uniform, gauss, choice, shuffle

seed(123)
print(rnd(), uniform(-2, 2), gauss(0, 1))
deck = list("ABCDEFGH")
shuffle(deck)
print(deck, choice(deck))
