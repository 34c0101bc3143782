# Only a name can be the target of ':='.
class Box:
    size = 0


box = Box()
print("never printed")
if (box.size := 3) > 2:
    print(box.size)
