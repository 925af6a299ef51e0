// Calendar arithmetic without Date: leap years, day-of-week, day counts and a month grid.
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

class CalendarDate {
  constructor(year, month, day) {
    if (month < 1 || month > 12) throw new RangeError(`month out of range: ${month}`);
    if (day < 1 || day > CalendarDate.daysInMonth(year, month)) {
      throw new RangeError(`day out of range: ${year}-${month}-${day}`);
    }
    Object.assign(this, { year, month, day });
  }
  static isLeap(y) {
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  }
  static daysInMonth(y, m) {
    return [31, CalendarDate.isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  }
  static parse(text) {
    const [y, m, d] = text.split('-').map((p) => parseInt(p, 10));
    return new CalendarDate(y, m, d);
  }
  static fromOrdinal(n) {
    // inverse of ordinal(): days since 0000-03-01 style civil algorithm
    const z = n + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    return new CalendarDate(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
  }
  get ordinal() {
    const y = this.month <= 2 ? this.year - 1 : this.year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const mp = (this.month + 9) % 12;
    const doy = Math.floor((153 * mp + 2) / 5) + this.day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
  }
  get weekday() {
    return WEEKDAYS[(((this.ordinal + 4) % 7) + 7) % 7];
  }
  get dayOfYear() {
    let total = this.day;
    for (let m = 1; m < this.month; m++) total += CalendarDate.daysInMonth(this.year, m);
    return total;
  }
  addDays(n) {
    return CalendarDate.fromOrdinal(this.ordinal + n);
  }
  diff(other) {
    return other.ordinal - this.ordinal;
  }
  toString() {
    return [this.year, this.month, this.day].map((v, i) => String(v).padStart(i ? 2 : 4, '0')).join('-');
  }
}

function* eachDay(from, to) {
  for (let n = from.ordinal; n <= to.ordinal; n++) yield CalendarDate.fromOrdinal(n);
}

const samples = ['1970-01-01', '2000-02-29', '2024-07-04', '1969-07-20', '2100-03-01'];
for (const s of samples) {
  const d = CalendarDate.parse(s);
  console.log(`${d} is a ${d.weekday}, day ${d.dayOfYear} of ${d.year}, ordinal ${d.ordinal}`);
}
console.log(`Leap years 1896-1912, 1996-2004: ${[...Array(17).keys()].map((i) => 1896 + i)
  .concat([1996, 2000, 2004]).filter(CalendarDate.isLeap).join(', ')}`);

const bad = ['2023-02-29', '2023-13-01', '2024-02-29'];
bad.forEach((s) => {
  try {
    console.log(`valid: ${CalendarDate.parse(s)}`);
  } catch (e) {
    console.log(`invalid: ${s} (${e.constructor.name}: ${e.message})`);
  }
});

const start = CalendarDate.parse('2023-12-20');
for (const n of [10, 45, 366, -400]) console.log(`${start} ${n >= 0 ? '+' : '-'} ${Math.abs(n)} days = ${start.addDays(n)}`);
console.log(`Days from 2023-01-01 to 2030-06-15: ${CalendarDate.parse('2023-01-01').diff(CalendarDate.parse('2030-06-15'))}`);

const workdays = [...eachDay(CalendarDate.parse('2024-02-26'), CalendarDate.parse('2024-03-10'))]
  .filter((d) => !['Sat', 'Sun'].includes(d.weekday));
console.log(`Workdays 2024-02-26..03-10: ${workdays.length} -> ${workdays.map((d) => d.day).join(',')}`);

function printMonth(year, month) {
  const first = new CalendarDate(year, month, 1);
  const offset = WEEKDAYS.indexOf(first.weekday);
  const cells = [...Array(offset).fill('  '), ...Array.from({ length: CalendarDate.daysInMonth(year, month) },
    (_, i) => String(i + 1).padStart(2))];
  const title = `${MONTH_NAMES[month - 1]} ${year}`;
  console.log(title.padStart(Math.floor((20 + title.length) / 2)));
  console.log(WEEKDAYS.map((w) => w.slice(0, 2)).join(' '));
  for (let i = 0; i < cells.length; i += 7) console.log(cells.slice(i, i + 7).join(' ').trimEnd());
}
printMonth(2024, 2);
const fridays13 = [];
for (let y = 2024; y <= 2026; y++) {
  for (let m = 1; m <= 12; m++) if (new CalendarDate(y, m, 13).weekday === 'Fri') fridays13.push(`${MONTH_NAMES[m - 1].slice(0, 3)} ${y}`);
}
console.log(`Friday the 13th (2024-2026): ${fridays13.join('; ')}`);
