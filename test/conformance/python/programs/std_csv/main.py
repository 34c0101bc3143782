# csv: reading a data file with quoted fields, DictReader, and writing to sys.stdout.
import csv
import sys

with open('scores.csv') as f:
    rows = list(csv.reader(f))
for row in rows:
    print(len(row), row)

with open('scores.csv') as f:
    reader = csv.DictReader(f)
    print(reader.fieldnames)
    total = 0.0
    for rec in reader:
        total += float(rec['score'])
        print(reader.line_num, rec['name'], rec['notes'].splitlines())
print('mean', total / 4)

lines = ['a;b;c', '1;"2;3";4', '5;6']
for r in csv.DictReader(lines, delimiter=';', restval='-'):
    print(r)
for r in csv.DictReader(['x,y', '1,2,3,4'], restkey='more'):
    print(r)
print(list(csv.reader(['  p,  "q r"'], skipinitialspace=True)))
print(list(csv.reader(['1,"two",3.5'], quoting=csv.QUOTE_NONNUMERIC)))

w = csv.writer(sys.stdout, lineterminator='\n')
w.writerow(['id', 'text', 'value'])
w.writerows([[1, 'plain', 0.5], [2, 'has,comma', None], [3, 'say "hi"', True]])
w.writerow([''])
csv.writer(sys.stdout, quoting=csv.QUOTE_ALL, lineterminator='\n').writerow(['a', 1])
csv.writer(sys.stdout, quoting=csv.QUOTE_NONNUMERIC, lineterminator='\n').writerow(['a', 1, 2.5])
csv.writer(sys.stdout, quoting=csv.QUOTE_NONE, escapechar='\\', lineterminator='\n').writerow(['a,b', 'c'])

dw = csv.DictWriter(sys.stdout, fieldnames=['name', 'score'], lineterminator='\n')
dw.writeheader()
dw.writerows([{'name': 'Ann', 'score': 91.5}, {'name': 'Bob'}])
try:
    dw.writerow({'name': 'Eve', 'age': 3})
except ValueError as e:
    print('ValueError:', e)

for bad, opts in [(['a,"b"c'], {'strict': True}), (['"open'], {'strict': True}), (['a\rb'], {})]:
    try:
        list(csv.reader(bad, **opts))
    except csv.Error as e:
        print('csv.Error:', e)
try:
    csv.writer(sys.stdout, quoting=csv.QUOTE_NONE).writerow(['x,y'])
except csv.Error as e:
    print('csv.Error:', e)
print(list(csv.reader(['ok', 'x"y'])), csv.QUOTE_MINIMAL, csv.QUOTE_NONE)
rows = list(csv.reader([3]))
