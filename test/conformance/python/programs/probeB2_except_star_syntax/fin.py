for i in range(3):
    try:
        pass
    except* ValueError:
        pass
    finally:
        break
print("fin ok")
