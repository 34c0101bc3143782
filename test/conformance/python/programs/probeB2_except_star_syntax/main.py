# CPython's SyntaxErrors for except*: mixing except and except* on one try, except* without
# a type, and break/continue/return leaving an except* block (a loop or def inside it may).

try:
    import mix1
    print("mix1 imported")
except SyntaxError as e:
    print("mix1", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

try:
    import mix2
    print("mix2 imported")
except SyntaxError as e:
    print("mix2", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

try:
    import mix3
    print("mix3 imported")
except SyntaxError as e:
    print("mix3", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

try:
    import bare
    print("bare imported")
except SyntaxError as e:
    print("bare", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

try:
    import brk
    print("brk imported")
except SyntaxError as e:
    print("brk", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

try:
    import cont
    print("cont imported")
except SyntaxError as e:
    print("cont", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

try:
    import ret
    print("ret imported")
except SyntaxError as e:
    print("ret", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

try:
    import retval
    print("retval imported")
except SyntaxError as e:
    print("retval", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

try:
    import fin
    print("fin imported")
except SyntaxError as e:
    print("fin", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

try:
    import okloop
    print("okloop imported")
except SyntaxError as e:
    print("okloop", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

try:
    import star2
    print("star2 imported")
except SyntaxError as e:
    print("star2", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
