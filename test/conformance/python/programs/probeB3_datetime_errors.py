from datetime import date, datetime, timedelta

calls = [
    lambda: date(2024, 13, 1),
    lambda: date(2023, 2, 29),
    lambda: date(0, 1, 1),
    lambda: date(10000, 1, 1),
    lambda: date('2024', 1, 1),
    lambda: date(2024.0, 1, 1),
    lambda: date(2024, 1),
    lambda: date(2024, 1, 1, 1),
    lambda: datetime(2024, 1, 1, 24),
    lambda: datetime(2024, 1, 1, 0, 60),
    lambda: datetime(2024, 1, 1, 0, 0, 60),
    lambda: datetime(2024, 1, 1, 0, 0, 0, 1000000),
    lambda: datetime(2024, 1, 1, fold=2),
    lambda: date(year=2024, month=5, day=17),
    lambda: datetime(2024, 5, 17, minute=30),
    lambda: timedelta(days='1'),
    lambda: timedelta(days=1000000000),
    lambda: timedelta(1, 2, 3, 4, 5, 6, 7),
    lambda: timedelta(-1.5, 0.25),
    lambda: date(2024, 1, 1) + 1,
    lambda: date(2024, 1, 1) - datetime(2024, 1, 1),
    lambda: date(2024, 1, 1) < datetime(2024, 1, 1),
    lambda: date(2024, 1, 1) < 5,
    lambda: timedelta(1) + 1,
    lambda: timedelta(1) / 0,
    lambda: timedelta(1) // timedelta(0),
    lambda: timedelta(hours=1) * 1.1,
    lambda: timedelta(hours=1) / 3.3,
    lambda: timedelta(seconds=10) % timedelta(seconds=3),
    lambda: date.max + timedelta(days=1),
    lambda: datetime.max + timedelta(microseconds=1),
    lambda: date.fromisoformat('2024-1-1'),
    lambda: date.fromisoformat(20240101),
    lambda: date.fromisoformat('20240101'),
    lambda: datetime.fromisoformat('2024-01-01T25:00'),
    lambda: datetime.fromisoformat('nope'),
    lambda: datetime.fromisoformat('2024-01-01T10:20:30.123'),
    lambda: datetime(2024, 1, 1).isoformat(timespec='days'),
    lambda: datetime(2024, 1, 1).isoformat('--'),
    lambda: date.fromordinal(0),
    lambda: date(2024, 1, 1).replace(month=2, day=30),
    lambda: date(2024, 1, 1).strftime(5),
    lambda: date(2020, 12, 31).isocalendar(),
    lambda: date(2021, 1, 3).isocalendar(),
    lambda: date(2026, 12, 31).isocalendar(),
    lambda: date(2024, 12, 30).isocalendar(),
    lambda: datetime(2024, 1, 1, 12).date() == date(2024, 1, 1),
    lambda: (datetime(2024, 5, 17, 8, 30) - timedelta(hours=9)).strftime('%a %d %b %Y %I:%M %p, day %j, week %U/%W'),
    lambda: f"{datetime(2024, 5, 17, 8, 30):%Y-%m-%dT%H:%M} {datetime(2024, 5, 17):}",
    lambda: (timedelta(days=1, seconds=1) * 2.5, timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2, timedelta(microseconds=-5) // 2),
    lambda: (timedelta(weeks=-1.25), timedelta(minutes=0.001), timedelta(milliseconds=1.0000005), timedelta(hours=-0.1)),
]
for i, call in enumerate(calls):
    try:
        print(i, call())
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
        print(i, type(e).__name__, e)

# A training log with elapsed times, as a program would print it.
start = datetime(2024, 5, 17, 9, 0, 0)
step = timedelta(seconds=1.25)
for epoch in range(3):
    t = start + step * (epoch * 40)
    print(f'epoch {epoch} at {t:%H:%M:%S.%f} (+{t - start})')
print((start + step * 1000).isoformat(), (step * 1000).total_seconds())
print(date(2024, 1, 1) - 3)
