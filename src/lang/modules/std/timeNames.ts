// The C locale's day and month names, as strftime writes them and strptime reads them.

/** Weekday names, Monday first (struct tm's weekday 0 in Python's numbering). */
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
