namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// PHP's date classes (<c>DateTime</c>, <c>DateTimeImmutable</c>, <c>DateInterval</c>, <c>DateTimeZone</c>) with PHP's
/// names, on a naive <c>datetime</c> read in UTC (PHP's default zone; other zones raise). Fields carry as PHP carries
/// them (31 January plus a month is 2 March), <c>diff</c> borrows days as PHP 8.2 does, and what is not translated
/// (other date strings, format letters, methods) raises <c>NotImplementedError</c> instead of giving another date.
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddDateHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["php_date_normalize"] = (["import datetime"], """
            def php_date_normalize(y, mo, d, h=0, mi=0, s=0, us=0):
                # PHP carries each field into the next (a 13th month is next January, 31 February runs into March).
                months = y * 12 + mo - 1
                first = datetime.datetime(months // 12, months % 12 + 1, 1)
                return first + datetime.timedelta(days=d - 1, hours=h, minutes=mi, seconds=s, microseconds=us)
            """);
        definitions["php_date_unsupported"] = ([], """
            def php_date_unsupported(what):
                raise NotImplementedError(what + " is not translated")
            """);
        definitions["DateTimeZone"] = (["php_date_unsupported"], """
            class DateTimeZone:
                # Only UTC, PHP's default zone, which the translated dates are read in.
                def __init__(self, name):
                    if name.upper() != "UTC":
                        php_date_unsupported("the time zone " + repr(name))
                    self.name = "UTC"

                def getName(self):
                    return self.name
            """);
        definitions["DateInterval"] = (["import re"], """
            class DateInterval:
                def __init__(self, spec):
                    found = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", spec)
                    if not found or spec in ("P", "PT") or spec.endswith("T"):
                        raise Exception('DateInterval::__construct(): Unknown or bad format (' + spec + ')')
                    y, m, w, d, h, i, s = (int(g or 0) for g in found.groups())
                    self.y, self.m, self.d, self.h, self.i, self.s, self.f = y, m, d + 7 * w, h, i, s, 0
                    self.invert = 0
                    self.days = False

                def format(self, fmt):
                    out = []
                    i = 0
                    while i < len(fmt):
                        c = fmt[i]
                        if c != "%" or i + 1 == len(fmt):
                            out.append(c)
                            i += 1
                            continue
                        k = fmt[i + 1]
                        i += 2
                        values = {"y": self.y, "m": self.m, "d": self.d, "h": self.h, "i": self.i, "s": self.s}
                        if k in values:
                            out.append(str(values[k]))
                        elif k.lower() in values and k != "Y":
                            out.append("%02d" % values[k.lower()])
                        elif k == "Y":
                            out.append("%04d" % self.y)
                        elif k == "a":
                            out.append("(unknown)" if self.days is False else str(self.days))
                        elif k == "R":
                            out.append("-" if self.invert else "+")
                        elif k == "r":
                            out.append("-" if self.invert else "")
                        elif k == "%":
                            out.append("%")
                        else:
                            out.append("%" + k)
                    return "".join(out)
            """);
        definitions["DateTimeInterface"] = (["import datetime", "import re", "php_date_normalize", "php_date_unsupported", "DateInterval"], """
            class DateTimeInterface:
                # PHP's DateTime and DateTimeImmutable on a naive datetime read in UTC (PHP's default time zone).
                DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
                MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
                _mutable = False

                def __init__(self, text="now", timezone=None):
                    self._t = DateTimeInterface._parse(text)

                @staticmethod
                def _parse(text):
                    words = text.strip().lower()
                    if words in ("", "now"):
                        return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
                    if words in ("today", "midnight"):
                        return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0)
                    found = re.fullmatch(r"(\d{4})-(\d\d?)-(\d\d?)(?:[ T](\d\d?):(\d\d)(?::(\d\d))?)?", text.strip())
                    if not found:
                        php_date_unsupported("the date string " + repr(text))
                    y, mo, d, h, mi, s = (int(g or 0) for g in found.groups())
                    if not (1 <= mo <= 12 and 1 <= d <= 31 and h <= 23 and mi <= 59 and s <= 59):
                        php_date_unsupported("the date string " + repr(text))
                    return php_date_normalize(y, mo, d, h, mi, s)

                @classmethod
                def _of(cls, t):
                    made = cls.__new__(cls)
                    made._t = t
                    return made

                def _with(self, t):
                    if self._mutable:
                        self._t = t
                        return self
                    return type(self)._of(t)

                @classmethod
                def createFromFormat(cls, fmt, text, timezone=None):
                    now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
                    fields = {"y": now.year, "m": now.month, "d": now.day, "h": now.hour, "i": now.minute, "s": now.second, "u": now.microsecond}
                    parsed = set()
                    pos = 0
                    widths = {"Y": (4, 4), "y": (2, 2), "m": (1, 2), "n": (1, 2), "d": (1, 2), "j": (1, 2), "H": (1, 2), "G": (1, 2), "i": (2, 2), "s": (2, 2)}
                    field = {"Y": "y", "y": "y", "m": "m", "n": "m", "d": "d", "j": "d", "H": "h", "G": "h", "i": "i", "s": "s"}
                    k = 0
                    while k < len(fmt):
                        c = fmt[k]
                        k += 1
                        if c in widths:
                            low, high = widths[c]
                            digits = re.match(r"\d{%d,%d}" % (low, high), text[pos:])
                            if not digits:
                                return False
                            value = int(digits.group())
                            pos += len(digits.group())
                            if c == "y":
                                value += 1900 if value >= 70 else 2000
                            fields[field[c]] = value
                            parsed.add(field[c])
                        elif c in "!|":
                            epoch = {"y": 1970, "m": 1, "d": 1, "h": 0, "i": 0, "s": 0, "u": 0}
                            for name in epoch:
                                if c == "!" or name not in parsed:
                                    fields[name] = epoch[name]
                        elif c == "\\" and k < len(fmt):
                            if text[pos:pos + 1] != fmt[k]:
                                return False
                            pos += 1
                            k += 1
                        elif c.isalpha():
                            php_date_unsupported("createFromFormat with " + repr(c))
                        else:
                            if text[pos:pos + 1] != c:
                                return False
                            pos += 1
                    if pos != len(text):
                        return False
                    if parsed & {"h", "i", "s"}:
                        # A time given in part: the fields it leaves out are zero, not the current time.
                        for name in ("h", "i", "s", "u"):
                            if name not in parsed:
                                fields[name] = 0
                    return cls._of(php_date_normalize(fields["y"], fields["m"], fields["d"], fields["h"], fields["i"], fields["s"], fields["u"]))

                def _moved(self, sign, y=0, m=0, d=0, h=0, i=0, s=0):
                    t = self._t
                    return self._with(php_date_normalize(t.year + sign * y, t.month + sign * m, t.day + sign * d, t.hour + sign * h, t.minute + sign * i, t.second + sign * s, t.microsecond))

                def add(self, interval):
                    return self._moved(-1 if interval.invert else 1, interval.y, interval.m, interval.d, interval.h, interval.i, interval.s)

                def sub(self, interval):
                    return self._moved(1 if interval.invert else -1, interval.y, interval.m, interval.d, interval.h, interval.i, interval.s)

                def modify(self, text):
                    units = {"sec": "s", "second": "s", "min": "i", "minute": "i", "hour": "h", "day": "d", "week": "w", "fortnight": "f", "month": "m", "year": "y"}
                    moves = {"y": 0, "m": 0, "d": 0, "h": 0, "i": 0, "s": 0}
                    rest = text.strip().lower()
                    if not rest:
                        php_date_unsupported("modify(" + repr(text) + ")")
                    while rest:
                        found = re.match(r"([+-]?)\s*(\d+)\s*(sec|second|min|minute|hour|day|week|fortnight|month|year)s?\b\s*", rest)
                        if not found:
                            php_date_unsupported("modify(" + repr(text) + ")")
                        n = int(found.group(2)) * (-1 if found.group(1) == "-" else 1)
                        unit = units[found.group(3)]
                        if unit == "w":
                            moves["d"] += 7 * n
                        elif unit == "f":
                            moves["d"] += 14 * n
                        else:
                            moves[unit] += n
                        rest = rest[found.end():]
                    return self._moved(1, **moves)

                def setDate(self, y, m, d):
                    t = self._t
                    return self._with(php_date_normalize(y, m, d, t.hour, t.minute, t.second, t.microsecond))

                def setTime(self, h, i, s=0, us=0):
                    t = self._t
                    return self._with(php_date_normalize(t.year, t.month, t.day, h, i, s, us))

                def getTimestamp(self):
                    return (self._t - datetime.datetime(1970, 1, 1)) // datetime.timedelta(seconds=1)

                def diff(self, other, absolute=False):
                    early, late = (self._t, other._t) if self._t <= other._t else (other._t, self._t)
                    result = DateInterval("PT0S")
                    result.invert = 1 if other._t < self._t and not absolute else 0
                    result.days = (late - early).days
                    parts = [late.year - early.year, late.month - early.month, late.day - early.day, late.hour - early.hour, late.minute - early.minute, late.second - early.second, late.microsecond - early.microsecond]
                    limits = [None, 12, None, 24, 60, 60, 1000000]
                    for k in (6, 5, 4, 3):
                        if parts[k] < 0:
                            parts[k] += limits[k]
                            parts[k - 1] -= 1
                    # PHP borrows days from the months before the later date's, or, counting back from a later self, from the
                    # earlier date's month onwards.
                    forward = other._t < self._t
                    year, month = (early.year, early.month - 1) if forward else (late.year, late.month)
                    while parts[2] < 0:
                        month += 1 if forward else -1
                        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
                        parts[2] += (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.date(year, month, 1)).days
                        parts[1] -= 1
                    if parts[1] < 0:
                        parts[1] += 12
                        parts[0] -= 1
                    result.y, result.m, result.d, result.h, result.i, result.s = parts[:6]
                    result.f = parts[6] / 1000000
                    return result

                def format(self, fmt):
                    t = self._t
                    iso = t.isocalendar()
                    hour12 = t.hour % 12 or 12
                    suffix = "th" if 11 <= t.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(t.day % 10, "th")
                    leap = t.year % 4 == 0 and (t.year % 100 != 0 or t.year % 400 == 0)
                    month_days = (datetime.date(t.year + t.month // 12, t.month % 12 + 1, 1) - datetime.date(t.year, t.month, 1)).days
                    letters = {
                        "d": "%02d" % t.day, "D": DateTimeInterface.DAYS[t.weekday()][:3], "j": str(t.day), "l": DateTimeInterface.DAYS[t.weekday()],
                        "N": str(t.isoweekday()), "S": suffix, "w": str(t.isoweekday() % 7), "z": str(t.timetuple().tm_yday - 1),
                        "W": "%02d" % iso[1], "F": DateTimeInterface.MONTHS[t.month - 1], "m": "%02d" % t.month,
                        "M": DateTimeInterface.MONTHS[t.month - 1][:3], "n": str(t.month), "t": str(month_days), "L": "1" if leap else "0",
                        "o": str(iso[0]), "Y": str(t.year), "y": "%02d" % (t.year % 100), "a": "am" if t.hour < 12 else "pm",
                        "A": "AM" if t.hour < 12 else "PM", "g": str(hour12), "G": str(t.hour), "h": "%02d" % hour12, "H": "%02d" % t.hour,
                        "i": "%02d" % t.minute, "s": "%02d" % t.second, "u": "%06d" % t.microsecond, "v": "%03d" % (t.microsecond // 1000),
                        "e": "UTC", "I": "0", "O": "+0000", "P": "+00:00", "p": "Z", "T": "UTC", "Z": "0", "U": str(self.getTimestamp()),
                    }
                    out = []
                    k = 0
                    while k < len(fmt):
                        c = fmt[k]
                        k += 1
                        if c == "\\":
                            if k < len(fmt):
                                out.append(fmt[k])
                                k += 1
                        elif c == "c":
                            out.append(self.format("Y-m-d\\TH:i:sP"))
                        elif c == "r":
                            out.append(self.format("D, d M Y H:i:s O"))
                        elif c in letters:
                            out.append(letters[c])
                        elif c in "BXx":
                            php_date_unsupported("the date format letter " + c)
                        else:
                            out.append(c)
                    return "".join(out)

                def __lt__(self, other):
                    return self._t < other._t if isinstance(other, DateTimeInterface) else NotImplemented

                def __le__(self, other):
                    return self._t <= other._t if isinstance(other, DateTimeInterface) else NotImplemented

                def __gt__(self, other):
                    return self._t > other._t if isinstance(other, DateTimeInterface) else NotImplemented

                def __ge__(self, other):
                    return self._t >= other._t if isinstance(other, DateTimeInterface) else NotImplemented

                def __eq__(self, other):
                    return self._t == other._t if isinstance(other, DateTimeInterface) else NotImplemented

                __hash__ = object.__hash__

                def __str__(self):
                    raise TypeError("Object of class " + type(self).__name__ + " could not be converted to string")

                def __getattr__(self, name):
                    # Only names PHP's classes have and this one lacks get here; copy and hasattr probe dunders.
                    if name.startswith("__") or name == "_t":
                        raise AttributeError(name)
                    php_date_unsupported(type(self).__name__ + "::" + name)
            """);
        definitions["DateTimeImmutable"] = (["DateTimeInterface"], """
            class DateTimeImmutable(DateTimeInterface):
                pass
            """);
        definitions["DateTime"] = (["DateTimeInterface"], """
            class DateTime(DateTimeInterface):
                # modify(), add() and the setters change this object and return it.
                _mutable = True
            """);
        definitions["php_identical"] = (["DateTimeInterface"], """
            def php_identical(a, b):
                # === on two date objects asks whether they are one object; their == compares the dates.
                if isinstance(a, DateTimeInterface) or isinstance(b, DateTimeInterface):
                    return a is b
                return a == b
            """);
    }
}
