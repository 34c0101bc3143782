x = 1
print("broken starts")
y = x + undefined_thing
