class Weird:
    def __len__(self):
        return "three"


print("len?")
print(len(Weird()))
