# string.Template: substitute/safe_substitute (a mapping and keywords), $$ and ${name}, CPython's errors (the invalid placeholder's line and column), get_identifiers/is_valid, subclasses with their own delimiter, idpattern, flags or pattern
import string
from string import Template
t = Template('$who likes $what; ${who}s cost $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bob'))
print(t.template, t.get_identifiers(), t.is_valid(), Template('$ bad').is_valid())
print(Template.delimiter, Template.idpattern, Template.flags, Template.braceidpattern)
print(type(Template.pattern).__name__, Template.pattern.flags == (string.re.I | string.re.VERBOSE) if hasattr(string, 're') else 'nore')
for bad in [lambda: t.substitute(who='x'), lambda: Template('line1\nab $ c').substitute(), lambda: Template('$').substitute(),
            lambda: Template('${x').substitute(x=1), lambda: Template().substitute(), lambda: t.substitute({}, {}),
            lambda: Template('$1').safe_substitute(), lambda: Template('x $y').substitute(y=[1, 'a'])]:
    try:
        print(repr(bad()))
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Pct(Template):
    delimiter = '%'
print(Pct('%name is %{age}y, 100%% sure').substitute(name='al', age=3))
class Dotted(Template):
    idpattern = r'[a-z][_a-z0-9.]*'
print(Dotted('$a.b and $c').safe_substitute({'a.b': 'AB'}))
class Upper(Template):
    flags = 0
    idpattern = '[A-Z]+'
print(Upper('$ABC $def').safe_substitute(ABC='yes', DEF='no'))
class Custom(Template):
    pattern = r'''
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>\{[a-z]+\})\]\] |
      (?P<invalid>)
    )'''
print(Custom('hi [[name]]!').substitute(name='zed'))
class Sub(Pct):
    pass
print(Sub('%x').substitute(x='sub'), Sub.delimiter)
rows = [{'name': 'emma', 'n': 3}, {'name': 'liam', 'n': 12}]
line = Template('${name}: $n samples')
for r in rows:
    print(line.substitute(r))
print(Template('é$x日$y').substitute(x=1, y=2))
try:
    Template('日本\n語 $').substitute()
except ValueError as e:
    print(e)
