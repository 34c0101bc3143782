# time.strptime as a data-prep script parses the dates of a small inline sales table, then
# buckets the rows by weekday and month; the messages of what does not parse.
import time
from collections import Counter

ROWS = """2023-01-02,12.5
2023-01-07,3.0
2023-02-14,8.25
2023-03-01,4.75
2024-02-29,9.0"""

by_weekday = Counter()
by_month = Counter()
for line in ROWS.splitlines():
    date, amount = line.split(",")
    t = time.strptime(date, "%Y-%m-%d")
    by_weekday[time.strftime("%A", t)] += float(amount)
    by_month[t.tm_mon] += float(amount)
    print(date, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(sorted(by_weekday.items()), dict(by_month))

samples = [
    ("05/01/20 13:45", "%d/%m/%y %H:%M"),
    ("Mar 3 2021", "%b %d %Y"),
    ("tuesday, 9 FEBRUARY 1999 7:05:09 pm", "%A, %d %B %Y %I:%M:%S %p"),
    ("12 AM", "%I %p"),
    ("2024-060", "%Y-%j"),
    ("12:30", "%H:%M"),
    ("1999-12-31T23:59:59+0130", "%Y-%m-%dT%H:%M:%S%z"),
    ("2000-01-01 00:00:00 -05:30", "%Y-%m-%d %H:%M:%S %z"),
    ("2020  1   2", "%Y %m %d"),
    ("70|68", "%y|%j"),
    ("2021-02-03 04:05:06.789", "%Y-%m-%d %H:%M:%S.%f"),
    ("10%", "%d%%"),
    ("29 Feb", "%d %b"),
    ("3 5", "%w %m"),
    ("UTC 2001", "%Z %Y"),
    ("01/02/03 04:05:06", "%x %X"),
    ("Sun Mar  7 01:02:03 1999", "%c"),
]
for text, fmt in samples:
    t = time.strptime(text, fmt)
    print(f"{text!r:40} {tuple(t)} {t.tm_zone} {t.tm_gmtoff}")
print(time.strptime("Fri Jan  5 10:00:00 2024"))

bad = [
    ("2020-13-01", "%Y-%m-%d"),
    ("2020-01-05 extra", "%Y-%m-%d"),
    ("x", "%Q"),
    ("2020-02-30", "%Y-%m-%d"),
    ("abc", "%Y"),
    ("2020", "%Y%"),
]
for text, fmt in bad:
    try:
        time.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
for args in [(5, "%Y"), ("2020", 5)]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print("TypeError:", e)
