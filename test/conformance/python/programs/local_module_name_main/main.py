import lib

print("main __name__:", __name__)
print("lib __name__:", lib.__name__)
lib.run()
print("end")
