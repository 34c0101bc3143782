# A closure's cells are visible as CPython shows them: f.__closure__ is a tuple of cells
# ordered by the free variables' names (f.__code__.co_freevars), each with cell_contents that
# follows later rebinding; a function without free variables has None. dir(f) lists them.
def make_account(owner, balance=0):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(amount)
        return f"{owner}: {balance}"

    return deposit


dep = make_account("ana", 10)
print(dep.__code__.co_freevars, dep.__code__.co_name, dep.__code__.co_argcount)
print([c.cell_contents for c in dep.__closure__])
dep(5)
dep(7)
print([c.cell_contents for c in dep.__closure__], dep.__closure__[0] is dep.__closure__[0])
print(make_account.__closure__, make_account.__code__.co_freevars)
print([n for n in dir(dep) if n.startswith("__c")])


def unbound_yet():
    def reader():
        return later

    cell = reader.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    later = "now bound"
    return cell.cell_contents


print(unbound_yet())
print(dep.__closur)
