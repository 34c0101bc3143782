class Node:
    def __init__(self):
        self.next = None


n = Node()
try:
    n.next.value
except AttributeError as e:
    print(e)
try:
    None.append(1)
except AttributeError as e:
    print(e)
