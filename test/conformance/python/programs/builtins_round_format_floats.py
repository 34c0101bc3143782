vals = [0.1 + 0.2, 1 / 3, 2 / 3, 1e-7, 123456789.123, -0.0, 2.5, 3.5]
for v in vals:
    print(repr(v), round(v, 3), f"{v:.4f}", f"{v:g}", f"{v:e}")
print(round(2.675, 2), round(-1.5), round(0.5), int(-3.9), 7 // -2, -7 % 3)
