try:
    print("work")
    x = int("seven")
finally:
    print("cleanup ran")
