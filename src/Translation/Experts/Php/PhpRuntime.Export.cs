namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// <c>var_export</c> (PHP's layout: <c>array (</c>, two spaces a level, a nested array on the line after its key,
/// floats with the shortest digits and a <c>.0</c>), <c>strtr</c> in both forms (a character table; an array of
/// pairs tried longest first, each part of the text replaced once) and <c>filter_var</c> with the validating
/// filters whose rules are plain (int, float, bool); the others raise instead of validating differently.
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddExportHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["php_var_export"] = (["import math", "php_json_float"], """
            def php_var_export(v, level=1):
                # var_export($v, true): PHP code that rebuilds v, laid out as PHP lays it out.
                if v is None:
                    return "NULL"
                if v is True or v is False:
                    return "true" if v else "false"
                if isinstance(v, int):
                    return str(v)
                if isinstance(v, float):
                    if math.isnan(v) or math.isinf(v):
                        return "NAN" if math.isnan(v) else "INF" if v > 0 else "-INF"
                    return php_json_float(v, True).replace("e", "E")
                if isinstance(v, str):
                    return "'" + v.replace("\\", "\\\\").replace("'", "\\'").replace("\0", "' . \"\\0\" . '") + "'"
                if isinstance(v, (list, dict)):
                    indent = " " * (level - 1)
                    out = ["\n" + indent if level > 1 else "", "array (\n"]
                    for k, x in (v.items() if isinstance(v, dict) else enumerate(v)):
                        key = str(k) if isinstance(k, int) else php_var_export(str(k))
                        out.append(" " * (level + 1) + key + " => " + php_var_export(x, level + 2) + ",\n")
                    out.append((indent if level > 1 else "") + ")")
                    return "".join(out)
                raise NotImplementedError("var_export() of an object is not translated")
            """);
        definitions["php_strtr"] = (["php_str"], """
            def php_strtr(s, table, to=None):
                s = php_str(s)
                if to is not None:
                    # strtr($s, $from, $to): characters mapped one for one; the longer of from and to is cut.
                    table, to = php_str(table), php_str(to)
                    n = min(len(table), len(to))
                    return s.translate(str.maketrans(table[:n], to[:n])) if n else s
                # strtr($s, [$from => $to]): the longest key that matches at each place wins, and replaced text is
                # not searched again; an empty key is ignored.
                pairs = {php_str(k): php_str(v) for k, v in (table.items() if isinstance(table, dict) else enumerate(table))}
                pairs.pop("", None)
                if not pairs:
                    return s
                lengths = sorted({len(k) for k in pairs}, reverse=True)
                out = []
                i = 0
                while i < len(s):
                    for n in lengths:
                        if s[i:i + n] in pairs:
                            out.append(pairs[s[i:i + n]])
                            i += n
                            break
                    else:
                        out.append(s[i])
                        i += 1
                return "".join(out)
            """);
        definitions["php_filter_var"] = (["php_valid_email", "import math", "import re", "php_str"], """
            def php_filter_var(value, kind=516, options=0):
                # filter_var(): FILTER_DEFAULT gives the string; FILTER_VALIDATE_INT/FLOAT/BOOL trim PHP's whitespace
                # and accept what PHP accepts (no leading zeros, no hex, ints within 64 bits), min_range/max_range
                # and default options, FILTER_NULL_ON_FAILURE. Other filters, flags and options raise.
                null_on_failure = 134217728
                flags = options if isinstance(options, int) else options.get("flags", 0)
                settings = options.get("options", {}) if isinstance(options, dict) else {}
                if flags & ~null_on_failure or set(settings) - {"min_range", "max_range", "default"} or kind not in (257, 258, 259, 274, 516):
                    raise NotImplementedError("filter_var() with this filter, flag or option is not translated")
                def failed():
                    if "default" in settings:
                        return settings["default"]
                    return None if flags & null_on_failure else False
                if not (value is None or isinstance(value, (str, int, float, bool))):
                    return failed()
                text = php_str(value)
                if kind == 516:
                    return text
                if kind == 274:
                    # An address is not trimmed.
                    return text if php_valid_email(text) else failed()
                text = text.strip(" \t\r\v\n")
                if kind == 258:
                    word = text.lower()
                    return True if word in ("1", "true", "on", "yes") else False if word in ("0", "false", "off", "no", "") else failed()
                if kind == 257:
                    if not re.fullmatch(r"[+-]?(0|[1-9][0-9]*)", text) or not -2 ** 63 <= int(text) < 2 ** 63:
                        return failed()
                    result = int(text)
                else:
                    if not re.fullmatch(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?", text):
                        return failed()
                    if re.fullmatch(r"[+-]?[0-9]+", text) and -2 ** 63 <= int(text) < 2 ** 63:
                        # PHP reads an integer first ("-0" is 0.0).
                        result = float(int(text))
                    else:
                        # A nonzero spelling that reads as 0 underflowed, which PHP rejects, as it does INF.
                        result = float(text)
                        if math.isinf(result) or result == 0 and len(text) > 1 and any(c in "123456789" for c in text):
                            return failed()
                if "min_range" in settings and result < settings["min_range"] or "max_range" in settings and result > settings["max_range"]:
                    return failed()
                return result
            """);
    }
}
