class AppError(Exception):
    pass


class DataError(AppError):
    def __init__(self, row, msg):
        super().__init__(msg)
        self.row = row


class ParseError(DataError):
    pass


for exc in [ParseError(3, "bad"), DataError(1, "empty"), AppError("generic")]:
    try:
        raise exc
    except ParseError as e:
        print("parse", e.row, e)
    except DataError as e:
        print("data", e.row, e)
    except AppError as e:
        print("app", e, e.args)
print([c.__name__ for c in ParseError.__mro__])
