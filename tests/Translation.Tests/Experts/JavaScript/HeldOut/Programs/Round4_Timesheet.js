// Weekly timesheet: parse entries, detect overlaps, compute overtime and billing.

class TimesheetError extends Error {
  constructor(line, message) {
    super(`line ${line}: ${message}`);
    this.name = 'TimesheetError';
  }
}

const toMinutes = (hhmm) => hhmm.split(':').map(Number).reduce((h, m) => h * 60 + m);
const fmtDuration = (mins) => `${Math.floor(mins / 60)}h${String(mins % 60).padStart(2, '0')}`;

class Entry {
  static PATTERN = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(\d{2}:\d{2})-(\d{2}:\d{2})\s+(\w[\w-]*)(?:\s+"([^"]*)")?$/;
  #start;
  #end;

  constructor(day, start, end, project, note = '') {
    Object.assign(this, { day, project, note });
    this.#start = start;
    this.end = end;
  }

  static parse(text, lineNo) {
    const m = Entry.PATTERN.exec(text.trim());
    if (!m) throw new TimesheetError(lineNo, `cannot parse "${text.trim()}"`);
    const [, day, from, to, project, note] = m;
    try {
      return new Entry(day, toMinutes(from), toMinutes(to), project.toLowerCase(), note ?? '');
    } catch (err) {
      throw new TimesheetError(lineNo, err.message);
    }
  }

  get start() { return this.#start; }
  get end() { return this.#end; }
  set end(value) {
    if (value <= this.#start) throw new RangeError('end must be after start');
    this.#end = value;
  }
  get minutes() { return this.#end - this.#start; }
  overlaps(other) {
    return this.day === other.day && this.#start < other.end && other.start < this.#end;
  }
}

class Timesheet {
  static DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  entries = [];
  problems = [];

  constructor(employee, { dailyLimit = 480, rates = {} } = {}) {
    Object.assign(this, { employee, dailyLimit, rates });
  }

  load(text) {
    text.split('\n').forEach((raw, i) => {
      if (!raw.trim() || raw.trim().startsWith('#')) return;
      try {
        const entry = Entry.parse(raw, i + 1);
        const clash = this.entries.find((e) => e.overlaps(entry));
        if (clash) throw new TimesheetError(i + 1, `overlaps ${clash.project} on ${clash.day}`);
        this.entries.push(entry);
      } catch (err) {
        if (err instanceof TimesheetError) this.problems.push(err.message);
        else throw err;
      }
    });
    return this;
  }

  byDay() {
    const days = new Map(Timesheet.DAYS.map((d) => [d, 0]));
    for (const e of this.entries) days.set(e.day, days.get(e.day) + e.minutes);
    return days;
  }

  overtime() {
    return [...this.byDay().values()].reduce((sum, mins) => sum + Math.max(0, mins - this.dailyLimit), 0);
  }

  byProject() {
    const totals = {};
    for (const { project, minutes } of this.entries) totals[project] = (totals[project] ?? 0) + minutes;
    return Object.entries(totals).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  }

  billing() {
    return this.byProject().map(([project, minutes]) => {
      const rate = this.rates[project] ?? 0;
      const quarters = Math.ceil(minutes / 15);
      return { project, quarters, cents: quarters * rate * 25 };
    });
  }
}

const input = `
# week 14
Mon 09:00-12:30 apollo "kickoff"
Mon 13:15-18:45 apollo
Tue 08:30-10:00 zephyr "client call"
Tue 09:45-11:00 apollo
Tue 10:00-17:20 zephyr
Wed 09:00-09:00 internal
Wed 09:00-12:00 Internal "hiring"
Thu 9:00-11:00 apollo
Thu 08:00-19:10 apollo "release day"
Fri 10:00-15:05 zephyr
Sat 10:00-11:30 internal "on call"
`;

const sheet = new Timesheet('Dana', { rates: { apollo: 95, zephyr: 120 } }).load(input);
console.log(`Timesheet for ${sheet.employee}: ${sheet.entries.length} entries, ${sheet.problems.length} problems`);
sheet.problems.forEach((p) => console.log(`  ! ${p}`));
for (const [day, mins] of sheet.byDay()) {
  const bar = '#'.repeat(Math.floor(mins / 60)) || '-';
  const flag = mins > sheet.dailyLimit ? ` (+${fmtDuration(mins - sheet.dailyLimit)} OT)` : '';
  console.log(`  ${day} ${fmtDuration(mins).padStart(6)} ${bar}${flag}`);
}
const total = sheet.entries.reduce((s, e) => s + e.minutes, 0);
console.log(`Total ${fmtDuration(total)}, overtime ${fmtDuration(sheet.overtime())}`);
for (const { project, quarters, cents } of sheet.billing()) {
  const amount = cents ? `$${(cents / 100).toFixed(2)}` : 'non-billable';
  console.log(`  ${project.padEnd(9)} ${String(quarters).padStart(3)} x 15min  ${amount}`);
}
const notes = sheet.entries.filter((e) => e.note).map((e) => `${e.day}:${e.note}`);
console.log(`Notes: ${notes.join(' | ')}`);
console.log(`Weekend work: ${sheet.entries.some((e) => ['Sat', 'Sun'].includes(e.day)) ? 'yes' : 'no'}`);
