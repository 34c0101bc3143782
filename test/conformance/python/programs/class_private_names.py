class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._note = "n"

    def balance(self):
        return self.__balance


a = Account(50)
print(a.balance(), a._note, hasattr(a, "__balance"), a._Account__balance)
