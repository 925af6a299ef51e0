namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// <c>json_encode</c> as PHP writes it (Python's <c>json</c> differs: <c>\/</c>, <c>1.0e+25</c>, a keyed array whose
/// keys run 0, 1, 2, ... is a JSON list, an integral float prints without a fraction, PHP's pretty-print layout).
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddJsonHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["php_json_float"] = (["import decimal"], """
            def php_json_float(v, zero_fraction):
                # PHP prints the shortest digits that read back (serialize_precision -1), in exponent form when the
                # point would sit more than 17 digits right or 4 left of the first digit.
                if v == 0:
                    return ("-0" if str(v).startswith("-") else "0") + (".0" if zero_fraction else "")
                sign, raw, exponent = decimal.Decimal(repr(v)).as_tuple()
                point = len(raw) + exponent
                digits = "".join(map(str, raw)).rstrip("0")
                text = "-" if sign else ""
                if point < -3 or point > 17:
                    mantissa = digits[0] + "." + (digits[1:] or "0")
                    return text + mantissa + "e" + ("+" if point - 1 >= 0 else "-") + str(abs(point - 1))
                if point <= 0:
                    return text + "0." + "0" * -point + digits
                if point >= len(digits):
                    return text + digits + "0" * (point - len(digits)) + (".0" if zero_fraction else "")
                return text + digits[:point] + "." + digits[point:]
            """);
        definitions["php_json_encode"] = (["import math", "php_json_float"], """
            def php_json_encode(value, flags=0, depth=512):
                # PHP's json_encode(); flags it does not know raise instead of printing something else.
                known = 16 | 64 | 128 | 256 | 1024 | 4194304
                if flags & ~known:
                    raise NotImplementedError("json_encode(): flags " + str(flags & ~known) + " are not translated")
                pretty = bool(flags & 128)
                class Unencodable(Exception):
                    pass
                def text(s):
                    out = ['"']
                    for c in s:
                        code = ord(c)
                        if c in '"\\':
                            out.append("\\" + c)
                        elif c == "/":
                            out.append("/" if flags & 64 else "\\/")
                        elif c in "\b\f\n\r\t":
                            out.append({"\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}[c])
                        elif code < 0x20 or (code > 0x7f and not flags & 256):
                            if code > 0xffff:
                                code -= 0x10000
                                out.append("\\u%04x\\u%04x" % (0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff)))
                            else:
                                out.append("\\u%04x" % code)
                        else:
                            out.append(c)
                    out.append('"')
                    return "".join(out)
                def encode(v, level):
                    if v is None:
                        return "null"
                    if v is True or v is False:
                        return "true" if v else "false"
                    if isinstance(v, int):
                        return str(v)
                    if isinstance(v, float):
                        if math.isnan(v) or math.isinf(v):
                            raise Unencodable("Inf and NaN cannot be JSON encoded")
                        return php_json_float(v, bool(flags & 1024))
                    if isinstance(v, str):
                        return text(v)
                    if hasattr(v, "jsonSerialize"):
                        return encode(v.jsonSerialize(), level)
                    if isinstance(v, list):
                        items = list(enumerate(v))
                    elif isinstance(v, dict):
                        items = list(v.items())
                    else:
                        raise NotImplementedError("json_encode() of an object is not translated")
                    as_list = not flags & 16 and all(k == i and type(k) is int for i, (k, _) in enumerate(items))
                    if not items:
                        return "[]" if as_list else "{}"
                    parts = [encode(x, level + 1) if as_list else text(str(k)) + (": " if pretty else ":") + encode(x, level + 1) for k, x in items]
                    opening, closing = ("[", "]") if as_list else ("{", "}")
                    if not pretty:
                        return opening + ",".join(parts) + closing
                    inner = "\n" + "    " * (level + 1)
                    return opening + inner + ("," + inner).join(parts) + "\n" + "    " * level + closing
                try:
                    return encode(value, 0)
                except Unencodable:
                    if flags & 4194304:
                        raise NotImplementedError("json_encode() with JSON_THROW_ON_ERROR on a value it cannot encode is not translated")
                    return False
            """);
    }
}
