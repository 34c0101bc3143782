# A built-in type's class and static methods reached through a value: {}.fromkeys, ''.maketrans, (1.0).fromhex, b''.fromhex
print({}.fromkeys('ab', 0), ''.maketrans('a', 'b'), (1.0).fromhex('0x1p3'), b''.fromhex('6869'), bytearray().fromhex('41'), {'x': 1}.fromkeys([1]))
d = {}
print(d.fromkeys is dict.fromkeys if False else 'ok', 'abc'.translate('x'.maketrans('abc', 'xyz')))
try:
    [].fromkeys
except AttributeError as e:
    print(e)
