def run(f):
    try:
        f()
    except ArithmeticError as e:
        print("ArithmeticError <-", type(e).__name__)
    except LookupError as e:
        print("LookupError <-", type(e).__name__)
    except Exception as e:
        print("Exception <-", type(e).__name__)


run(lambda: 1 / 0)
run(lambda: 10 % 0)
run(lambda: [1][5])
run(lambda: {"a": 1}["b"])
run(lambda: int("12x"))
run(lambda: undefined_name)
run(lambda: "abc".nope)
run(lambda: [].pop())
run(lambda: float("inf") // 0)
