namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Python definitions of the PHP semantics Python lacks (string conversion, PHP's <c>/</c> and <c>%</c>,
/// round half away from zero, <c>strpos</c> returning false, keyed iteration over either a list or a dict).
/// Each is emitted only when the output calls it, after the helpers it calls.
/// </summary>
internal static partial class PhpRuntime
{
    private static readonly Dictionary<string, (string[] Needs, string Source)> Definitions = WithLaterHelpers(new(StringComparer.Ordinal)
    {
        ["php_str"] = (["import math"], """
            def php_str(v):
                # PHP's string conversion: true is "1", false and null are "", floats print with 14 significant digits.
                if v is True:
                    return "1"
                if v is False or v is None:
                    return ""
                if isinstance(v, float):
                    if math.isnan(v):
                        return "NAN"
                    if math.isinf(v):
                        return "INF" if v > 0 else "-INF"
                    if v == int(v) and abs(v) < 1e15:
                        return str(int(v)) if v != 0 or math.copysign(1, v) > 0 else "-0"
                    text = "%.14G" % v
                    if "E" in text:
                        mantissa, exponent = text.split("E")
                        if "." not in mantissa:
                            mantissa += ".0"
                        return mantissa + "E" + ("+" if int(exponent) >= 0 else "-") + str(abs(int(exponent)))
                    return text
                if isinstance(v, (list, dict)):
                    return "Array"
                return str(v)
            """),
        ["php_div"] = ([], """
            def php_div(a, b):
                # PHP's /: an int when both operands are ints and the division is exact, else a float.
                if b == 0:
                    raise ZeroDivisionError("Division by zero")
                if isinstance(a, int) and isinstance(b, int) and a % b == 0:
                    return a // b
                return a / b
            """),
        ["php_intdiv"] = ([], """
            def php_intdiv(a, b):
                # intdiv() truncates toward zero; Python's // floors.
                if b == 0:
                    raise ZeroDivisionError("Division by zero")
                q = abs(a) // abs(b)
                return q if (a >= 0) == (b >= 0) else -q
            """),
        ["php_mod"] = ([], """
            def php_mod(a, b):
                # PHP's % works on ints and gives the remainder the dividend's sign.
                a, b = int(a), int(b)
                if b == 0:
                    raise ZeroDivisionError("Modulo by zero")
                r = abs(a) % abs(b)
                return r if a >= 0 else -r
            """),
        ["php_round"] = (["import decimal"], """
            def php_round(v, precision=0):
                # PHP rounds half away from zero (Python's round() rounds half to even).
                step = decimal.Decimal(1).scaleb(-precision)
                return float(decimal.Decimal(repr(float(v))).quantize(step, rounding=decimal.ROUND_HALF_UP))
            """),
        ["php_strpos"] = ([], """
            def php_strpos(haystack, needle, offset=0):
                # strpos() returns false, not -1, when the needle is absent.
                i = haystack.find(needle, offset if offset >= 0 else len(haystack) + offset)
                return False if i < 0 else i
            """),
        ["php_strrpos"] = ([], """
            def php_strrpos(haystack, needle):
                i = haystack.rfind(needle)
                return False if i < 0 else i
            """),
        ["php_slice"] = ([], """
            def php_slice(s, start, length=None):
                # substr() and array_slice(): negative start counts from the end, negative length stops before it.
                n = len(s)
                if start < 0:
                    start = max(n + start, 0)
                if start > n:
                    return s[:0]
                if length is None:
                    return s[start:]
                end = start + length if length >= 0 else n + length
                return s[start:end] if end > start else s[:0]
            """),
        ["php_values"] = (["import types"], """
            def php_values(a):
                while hasattr(a, "getIterator"):
                    # An IteratorAggregate: foreach walks what its getIterator() gives.
                    a = a.getIterator()
                if hasattr(a, "php_pairs"):
                    # One of PHP's SPL structures, in PHP's order (a heap is emptied as it goes).
                    a = a.php_pairs()
                if isinstance(a, types.GeneratorType):
                    # A PHP generator yields (key, value) pairs as it runs.
                    return (v for _, v in a)
                return list(a.values()) if isinstance(a, dict) else a
            """),
        ["php_keys"] = ([], """
            def php_keys(a):
                return list(a.keys()) if isinstance(a, dict) else list(range(len(a)))
            """),
        ["php_items"] = (["import types"], """
            def php_items(a):
                while hasattr(a, "getIterator"):
                    # An IteratorAggregate: foreach walks what its getIterator() gives.
                    a = a.getIterator()
                if hasattr(a, "php_pairs"):
                    return a.php_pairs()
                if isinstance(a, types.GeneratorType):
                    return a
                return list(a.items()) if isinstance(a, dict) else list(enumerate(a))
            """),
        ["php_has_key"] = ([], """
            def php_has_key(a, k):
                # isset($a[$k]): the key exists and its value is not null (a null or scalar $a has no keys).
                if hasattr(a, "offsetExists"):
                    # An ArrayAccess object (PHP's SPL structures or the program's own class).
                    return bool(a.offsetExists(k))
                if not isinstance(a, (dict, list, str)):
                    return False
                if isinstance(a, dict):
                    return a.get(k) is not None
                if isinstance(a, str):
                    return isinstance(k, int) and -len(a) <= k < len(a)
                return isinstance(k, int) and 0 <= k < len(a) and a[k] is not None
            """),
        ["php_key_exists"] = ([], """
            def php_key_exists(k, a):
                return k in a if isinstance(a, dict) else isinstance(k, int) and 0 <= k < len(a)
            """),
        ["php_get"] = ([], """
            def php_get(a, k, default):
                # $a[$k] ?? $default (a null or scalar $a gives the default too)
                if not isinstance(a, (dict, list, str)):
                    v = None
                elif isinstance(a, dict):
                    v = a.get(k)
                elif isinstance(k, int) and -len(a) <= k < len(a) and (k >= 0 or isinstance(a, str)):
                    v = a[k]
                else:
                    v = None
                return default if v is None else v
            """),
        ["php_implode"] = (["php_str", "php_values"], """
            def php_implode(separator, a):
                return separator.join(php_str(v) for v in php_values(a))
            """),
        ["php_intval"] = (["import re"], """
            def php_intval(v):
                # (int) and intval(): strings convert by their leading number, floats truncate.
                if isinstance(v, str):
                    m = re.match(r"\s*[+-]?\d+", v)
                    return int(m.group()) if m else 0
                if isinstance(v, float):
                    return int(v) if v == v and abs(v) != float("inf") else 0
                if v is None:
                    return 0
                if isinstance(v, (list, dict)):
                    return 1 if v else 0
                return int(v)
            """),
        ["php_floatval"] = (["import re"], """
            def php_floatval(v):
                if isinstance(v, str):
                    m = re.match(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", v)
                    return float(m.group()) if m else 0.0
                return float(v or 0)
            """),
        ["php_is_numeric"] = (["import re"], """
            def php_is_numeric(v):
                if isinstance(v, bool):
                    return False
                if isinstance(v, (int, float)):
                    return True
                return isinstance(v, str) and re.fullmatch(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*", v) is not None
            """),
        ["php_range"] = ([], """
            def php_range(start, end, step=1):
                # range() includes its end, counts down when end < start, and spans letters.
                if isinstance(start, str) and isinstance(end, str) and len(start) == 1 and len(end) == 1:
                    return [chr(c) for c in php_range(ord(start), ord(end), step)]
                step = abs(step)
                values = []
                v = start
                if start <= end:
                    while v <= end:
                        values.append(v)
                        v += step
                else:
                    while v >= end:
                        values.append(v)
                        v -= step
                return values
            """),
        ["php_sprintf"] = (["import re", "php_str"], """
            def php_sprintf(fmt, *args):
                # printf formats: %d %s %f %.2f %5d %-5s %05d %x %X %o %b %c %e %u %% and %1$s.
                position = [0]
                def convert(m):
                    argnum, flags, width, precision, kind = m.groups()
                    if kind == "%":
                        return "%"
                    if argnum:
                        v = args[int(argnum) - 1]
                    else:
                        v = args[position[0]]
                        position[0] += 1
                    flags = flags or ""
                    pad = "0" if "0" in flags else " "
                    custom = re.search(r"'(.)", flags)
                    if custom:
                        pad = custom.group(1)
                    if kind in "di":
                        text = str(int(v))
                    elif kind == "u":
                        text = str(int(v) % 2 ** 64)
                    elif kind in "fF":
                        text = "%.*f" % (6 if precision is None else int(precision), float(v))
                    elif kind in "eE":
                        text = "%.*e" % (6 if precision is None else int(precision), float(v))
                        mantissa, exponent = text.split("e")
                        text = mantissa + "e" + ("+" if int(exponent) >= 0 else "-") + str(abs(int(exponent)))
                        text = text.upper() if kind == "E" else text
                    elif kind in "gG":
                        text = ("%." + str(6 if precision is None else int(precision)) + kind) % float(v)
                    elif kind == "s":
                        text = php_str(v)
                        if precision is not None:
                            try:
                                text = text.encode()[:int(precision)].decode()
                            except UnicodeDecodeError:
                                raise NotImplementedError("a %.Ns precision that cuts a UTF-8 character in two is not translated")
                    elif kind == "x":
                        text = format(int(v), "x")
                    elif kind == "X":
                        text = format(int(v), "X")
                    elif kind == "o":
                        text = format(int(v), "o")
                    elif kind == "b":
                        text = format(int(v), "b")
                    else:
                        text = chr(int(v))
                    if "+" in flags and kind in "dieEfF" and not text.startswith("-"):
                        text = "+" + text
                    # PHP counts the width in bytes: a character of UTF-8 beyond ASCII takes more than one column.
                    size = int(width or 0) - (len(text.encode()) - len(text))
                    if len(text) < size:
                        if "-" in flags:
                            text = text.ljust(size, pad if pad != "0" or kind not in "dieEfFu" else " ")
                        elif pad == "0" and text[:1] in "+-" and kind not in "s":
                            text = text[0] + text[1:].rjust(size - 1, "0")
                        else:
                            text = text.rjust(size, pad)
                    return text
                return re.sub(r"%(?:(\d+)\$)?((?:[-+ 0]|'.)*)(\d+)?(?:\.(\d+))?([bcdeEfFgGiosuxX%])", convert, fmt)
            """),
        ["php_number_format"] = (["php_round"], """
            def php_number_format(v, decimals=0, point=".", thousands=","):
                v = php_round(v, decimals)
                text = "{:,.{}f}".format(abs(v), decimals)
                text = text.replace(",", "\0").replace(".", point).replace("\0", thousands)
                return ("-" if v < 0 and float(text.replace(thousands, "").replace(point, ".") or 0) != 0 else "") + text
            """),
        ["php_ucwords"] = ([], """
            def php_ucwords(s, delimiters=" \t\r\n\f\v"):
                # PHP 8 changes ASCII letters only.
                return "".join(c.upper() if c < "\x80" and (i == 0 or s[i - 1] in delimiters) else c for i, c in enumerate(s))
            """),
        ["php_array_search"] = (["php_items"], """
            def php_array_search(needle, a):
                for k, v in php_items(a):
                    if v == needle:
                        return k
                return False
            """),
        ["php_count_values"] = (["php_values", "php_key"], """
            def php_count_values(a):
                counts = {}
                for v in php_values(a):
                    v = php_key(v)
                    counts[v] = counts.get(v, 0) + 1
                return counts
            """),
        ["php_merge"] = ([], """
            def php_merge(*arrays):
                # array_merge(): lists concatenate; string keys of keyed arrays overwrite, integer keys renumber.
                if all(isinstance(a, list) for a in arrays):
                    return [v for a in arrays for v in a]
                result = {}
                n = 0
                for a in arrays:
                    for k, v in (a.items() if isinstance(a, dict) else enumerate(a)):
                        if isinstance(k, int):
                            result[n] = v
                            n += 1
                        else:
                            result[k] = v
                return result
            """),
        ["php_sort_dict"] = ([], """
            def php_sort_dict(d, by_key, reverse=False):
                # ksort/krsort/asort/arsort: reorder the keyed array in place, keeping its keys.
                items = sorted(d.items(), key=(lambda kv: kv[0]) if by_key else (lambda kv: kv[1]), reverse=reverse)
                d.clear()
                d.update(items)
            """),
        ["php_print_r"] = (["php_str"], """
            def php_print_r(v, indent=""):
                # print_r() layout: "Array\n(\n    [key] => value\n)\n".
                if not isinstance(v, (list, dict)):
                    return php_str(v)
                lines = ["Array", indent + "("]
                for k, item in (v.items() if isinstance(v, dict) else enumerate(v)):
                    text = php_print_r(item, indent + "        ")
                    lines.append(indent + "    [" + php_str(k) + "] => " + text)
                lines.append(indent + ")")
                return "\n".join(lines) + "\n"
            """),
        ["php_var_dump"] = (["php_str"], """
            def php_var_dump(v, indent=""):
                if v is None:
                    return indent + "NULL\n"
                if isinstance(v, bool):
                    return indent + "bool(" + ("true" if v else "false") + ")\n"
                if isinstance(v, int):
                    return indent + "int(" + str(v) + ")\n"
                if isinstance(v, float):
                    text = repr(v) if v != int(v) or abs(v) >= 1e15 else str(int(v))
                    return indent + "float(" + text + ")\n"
                if isinstance(v, str):
                    return indent + "string(" + str(len(v.encode())) + ") \"" + v + "\"\n"
                items = v.items() if isinstance(v, dict) else enumerate(v)
                text = indent + "array(" + str(len(v)) + ") {\n"
                for k, item in items:
                    key = str(k) if isinstance(k, int) else "\"" + k + "\""
                    text += indent + "  [" + key + "]=>\n" + php_var_dump(item, indent + "  ")
                return text + indent + "}\n"
            """),
        ["php_match_error"] = (["php_str"], """
            def php_match_error(v):
                raise ValueError("Unhandled match case " + php_str(v))
            """),
    });

    /// <summary>The helper names <paramref name="used"/> need, dependencies first, and the modules they import.</summary>
    public static (IReadOnlyList<string> Sources, IReadOnlyList<string> Imports) Resolve(IEnumerable<string> used)
    {
        var order = new List<string>();
        var imports = new SortedSet<string>(StringComparer.Ordinal);
        void Visit(string name)
        {
            if (order.Contains(name))
            {
                return;
            }
            foreach (var need in Definitions[name].Needs)
            {
                if (need.StartsWith("import ", StringComparison.Ordinal))
                {
                    imports.Add(need["import ".Length..]);
                }
                else
                {
                    Visit(need);
                }
            }
            order.Add(name);
        }
        foreach (var name in used.Order(StringComparer.Ordinal))
        {
            Visit(name);
        }
        return (order.Select(n => Definitions[n].Source.TrimEnd() + "\n").ToArray(), imports.ToArray());
    }

    public static bool IsHelper(string name) => Definitions.ContainsKey(name);
}
