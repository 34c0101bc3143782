# json.dump to a stream (what precedes a failing value is written), dumps with sort_keys on int keys, default=, skipkeys=, keyword-only options
import json
print(json.dumps({2: 'a', 10: 'b', 1: 'c'}, sort_keys=True))
print(json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}}, sort_keys=True, indent=2))
print(json.dumps({'x': {1, 2}} if False else {'x': (1, 2)}, default=str))
print(json.dumps({'x': {1, 2}}, default=sorted))
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps([1, 2], indent=0))
print(json.dumps({}, indent=2), json.dumps([[]], indent=2))
import sys, io
json.dump({'a': [1, 2.5, None], 'b': 'é'}, sys.stdout)
print()
json.dump([1, {'k': 'v'}], sys.stdout, indent=1)
print()
buf = io.StringIO()
try:
    json.dump({'a': 1, 'b': [2, object()]}, buf)
except TypeError as e:
    print(e, repr(buf.getvalue()))
buf = io.StringIO()
try:
    json.dump({'a': 1, (1,): 2}, buf, indent=2)
except TypeError as e:
    print(e, repr(buf.getvalue()))
for bad in [lambda: json.dumps({}, 2), lambda: json.dumps(), lambda: json.dump({}), lambda: json.dump(), lambda: json.dump(1, buf, 3)]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(json.dump({'x': 1}, buf), buf.getvalue()[-8:])
print(json.dumps({'z': {1, 2}, 'a': [{3}]}, default=list, sort_keys=True, indent='\t'))
print(json.dumps({'a': 1, 2: 3, None: 4, True: 5, 1.5: 6}, skipkeys=True))
