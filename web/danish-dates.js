// Danish display of the service's date strings (docs/input.md):
// "2026-12-07" → "mandag den 7. december 2026",
// "2026-12-07T10:00" → "mandag den 7. december 2026 kl. 10.00".
// Pure functions without the clock or the machine's time zone (the weekday
// comes from the calendar date itself); usable in the browser and in node.

const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'december'];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

// The calendar date's parts, or null when no such day exists (2026-02-30).
function calendarDate(year, month, day) {
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return null;
  return { weekday: WEEKDAYS[utc.getUTCDay()], day, month: MONTHS[month - 1], year };
}

function dateText(year, month, day) {
  const date = calendarDate(year, month, day);
  return date ? `${date.weekday} den ${date.day}. ${date.month} ${date.year}` : '';
}

// "mandag den 7. december 2026", or '' for anything that is not a real YYYY-MM-DD.
export function danishDate(text) {
  const m = DATE.exec(text ?? '');
  return m ? dateText(Number(m[1]), Number(m[2]), Number(m[3])) : '';
}

// "mandag den 7. december 2026 kl. 10.00", or '' for anything that is not a real YYYY-MM-DDTHH:MM.
export function danishDateTime(text) {
  const m = DATE_TIME.exec(text ?? '');
  if (!m || Number(m[4]) > 23 || Number(m[5]) > 59) return '';
  const date = dateText(Number(m[1]), Number(m[2]), Number(m[3]));
  return date ? `${date} kl. ${m[4]}.${m[5]}` : '';
}

// Either form: a date, or a date with a time.
export function danishDateOrDateTime(text) {
  return text && text.includes('T') ? danishDateTime(text) : danishDate(text);
}

// The local calendar date of `now` as YYYY-MM-DD (the default date of a new document).
export function isoDate(now) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
