# str.encode / bytes.decode with the error handlers backslashreplace and xmlcharrefreplace, the utf-8-sig codec (its BOM written and skipped, its errors named utf-8, other errors wrapped as CPython's Python-written codecs do)
for s in ['é', '€x', 'a😀b', 'ab']:
    for enc in ['ascii', 'latin-1', 'utf-8', 'utf-8-sig', 'UTF_8_SIG']:
        for h in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
            print(s, enc, h, s.encode(enc, h))
for b in [b'ab\xffcd', b'\xef\xbb\xbfhi', b'\xc3(', b'\xe2\x82', b'ok', b'\xef\xbb\xbf\xff']:
    for enc in ['ascii', 'utf-8', 'utf-8-sig', 'latin-1']:
        for h in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'bogus']:
            try:
                print(b, enc, h, repr(b.decode(enc, h)))
            except (UnicodeDecodeError, TypeError, LookupError) as e:
                print(b, enc, h, type(e).__name__, e)
print(str(b'\xff', 'utf-8', 'backslashreplace'), bytes('é', 'ascii', 'xmlcharrefreplace'))
try:
    'é'.encode('utf-8-sig', 'bogus')
    '\ud800'.encode('utf-8-sig')
except (UnicodeEncodeError, LookupError) as e:
    print(type(e).__name__, e)
