def cosine(step, total, lr):
    import math

    return lr * 0.5 * (1 + math.cos(math.pi * step / total))
