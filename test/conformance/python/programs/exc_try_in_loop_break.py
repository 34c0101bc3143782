for i in range(5):
    try:
        if i == 3:
            break
        print("i", i)
    except Exception:
        print("no")
    else:
        print("else", i)
    finally:
        print("fin", i)
print("out")
