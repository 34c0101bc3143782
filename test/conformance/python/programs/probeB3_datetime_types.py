import datetime
from datetime import date, timedelta
print(type(date(2024,1,1)).__name__, date.__module__, date.__qualname__, datetime.datetime, timedelta, datetime.datetime.__mro__)
print(isinstance(datetime.datetime(2024,1,1), date), issubclass(datetime.datetime, date))
d = date(2024, 1, 1)
try: d.year = 5
except AttributeError as e: print(e)
try: d.foo = 5
except AttributeError as e: print(e)
print(date.today() > date(2020, 1, 1), datetime.datetime.now().year >= 2024, type(datetime.datetime.today()).__name__, type(date.today()).__name__)
print(datetime.date.fromisoformat('2024-05-17').weekday(), datetime.timedelta(days=1) == datetime.timedelta(hours=24))
