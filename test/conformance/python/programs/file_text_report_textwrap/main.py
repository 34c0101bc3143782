# string-building and text report: textwrap, str.format variants, center banners
import textwrap
import string
from collections import OrderedDict

words = open('names.txt').read().split()
banner = " NAME REPORT "
print(banner.center(40, '='))
print('{0:<10}{1:>10}{2:>10}'.format('name', 'length', 'vowels'))
vowels = set('aeiou')
for w in words[:8]:
    nv = sum(ch in vowels for ch in w)
    print('{0:<10}{1:>10d}{2:>10.1%}'.format(w, len(w), nv / len(w)))
print('-' * 40)
para = ' '.join(words[:40])
print(textwrap.fill(para, width=38))
print(textwrap.shorten(para, width=30, placeholder=' ...'))
print(textwrap.indent('a\nb\n', '> '), end='')
print(textwrap.dedent('''\
    indented
      more
    back'''))


print(string.ascii_letters[:5], string.digits, string.punctuation[:6], repr(string.whitespace))
print(string.capwords('hello big  world'))
od = OrderedDict()
for w in sorted(words, key=len, reverse=True)[:5]:
    od[w] = len(w)
od.move_to_end(next(iter(od)))
print(od, list(od.keys())[0], od.popitem(last=False))
print("{:,.2f}".format(1234567.891), "{:_d}".format(1000000), "{:e}".format(0.00012), "{!r:>10}".format('q'))
print("{a[0]} {b[k]} {c.real}".format(a=[9], b={'k': 'v'}, c=3), "{{literal}}".format())
print("%-10s|%10s|" % ('l', 'r'), "%05d" % -42, "%.3s" % 'abcdef', "%i%%" % 50, "%g %g" % (1e-5, 123456789.0))
row = ('x', 1.5, 2)
print("%s=%.2f (%d)" % row, "%s" % (row,), "%r %a" % ('é', 'é'))
print(str(3.0), str(1e22), repr(1e-4), 5e-324, 1.7976931348623157e308, 0.1 * 3, 1 / 7)
print(f"{3.14159:.0f} {2.5:.0f} {3.5:.0f} {-0.4:.0f} {1e-10:.3g} {123.0:g} {1e6:g} {1e16:g}")
print(f"{12:>+6} {-12:<6}| {12:^7} {12:x>5} {0.25:>8.2%} {1234.5:08,.1f}")
