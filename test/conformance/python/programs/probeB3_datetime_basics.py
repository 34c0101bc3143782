from datetime import date, datetime, timedelta
import datetime as dtmod

td = timedelta(days=1, hours=2, minutes=3, seconds=4.5, milliseconds=6, microseconds=7, weeks=1)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
for t in [timedelta(), timedelta(seconds=-1), timedelta(days=-1, seconds=30), timedelta(microseconds=1), timedelta(hours=25.5), timedelta(0.5), timedelta(seconds=1e-7), timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(days=2, microseconds=-1), -timedelta(hours=1)]:
    print(str(t), repr(t))
a, b = timedelta(hours=1), timedelta(minutes=25)
print(a + b, a - b, b - a, a * 2, 3 * b, a * 0.5, a / b, a // b, a % b, a / 4, a // 7, -a, abs(-a), +a, divmod(a, b))
print(a > b, a == timedelta(minutes=60), a != b, hash(a) == hash(timedelta(seconds=3600)), bool(timedelta()), bool(a))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
print(sorted([a, b, timedelta(0)]), max(a, b), sum([a, b], timedelta()))

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isoformat(), d.toordinal())
print(d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week, d.timetuple().tm_yday)
print(d + timedelta(days=1), d - timedelta(days=366), timedelta(days=1) + d, d - date(2023, 1, 1), date(2023, 1, 1) - d)
print(d.replace(year=2023, day=28), d.replace(month=3), date.fromordinal(738000), date.fromisoformat('2021-07-04'))
print(d.strftime('%Y-%m-%d %A %a %B %b %j %U %W %y %% %H:%M:%S'), d.ctime(), f'{d:%d/%m/%Y}', format(d), f'{d}')
print(d < date(2024, 3, 1), d == date(2024, 2, 29), d > date(2024, 1, 1), hash(d) == hash(date(2024, 2, 29)), date.min, date.max, date.resolution)
print(sorted([date(2024, 1, 2), date(2023, 5, 6), date(2024, 1, 1)]))

dt = datetime(2024, 3, 10, 14, 5, 9, 120)
print(dt, repr(dt), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), repr(datetime(2024, 1, 1, 0, 0, 7)))
print(dt.hour, dt.minute, dt.second, dt.microsecond, dt.date(), dt.isoformat(), dt.isoformat(' '), dt.isoformat(timespec='seconds'), dt.isoformat(timespec='milliseconds'), dt.isoformat(timespec='minutes'), dt.isoformat(timespec='hours'))
print(datetime(2024, 1, 1, 1).isoformat(), datetime(2024, 1, 1, 1).isoformat(timespec='microseconds'), str(datetime(2024, 1, 1, 1, 2, 3)))
print(dt + timedelta(hours=12), dt - timedelta(days=10, microseconds=121), dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt)
print(dt.strftime('%Y/%m/%d %H:%M:%S.%f %p %I %z|%Z|'), dt.weekday(), dt.timetuple()[:6], dt.toordinal())
print(datetime.fromisoformat('2024-03-10T14:05:09'), datetime.fromisoformat('2024-03-10 14:05:09.5'), datetime.fromisoformat('2024-03-10'), datetime.fromisoformat('2024-03-10T14:05'))
print(dt.replace(hour=0, microsecond=0), datetime.combine(date(2024, 1, 1), datetime(1, 1, 1, 5, 6).time()) if False else '', dt > datetime(2024, 3, 10), dt == datetime(2024, 3, 10, 14, 5, 9, 120))
print(isinstance(dt, date), isinstance(d, datetime), type(dt), type(d), type(td), dtmod.MINYEAR, dtmod.MAXYEAR)
print(datetime(2024, 1, 1) == date(2024, 1, 1), datetime.min, datetime.max)
print(sorted([datetime(2024, 1, 1, 5), datetime(2023, 12, 31, 23, 59)]), dt.ctime())
days = [date(2024, 1, 1) + timedelta(days=i) for i in range(0, 60, 7)]
print([x.strftime('%b %d') for x in days])
print({date(2024, 1, 1): 'a', date(2024, 1, 1): 'b'}, len({datetime(2024,1,1), datetime(2024,1,1,0,0)}))
