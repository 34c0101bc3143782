attempts = 0


def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return "connected"


while True:
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print("retry after:", e)
print(attempts)
