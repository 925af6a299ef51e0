namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Text scanning: <c>strtok</c> (its position kept between calls, as PHP keeps it), <c>sscanf</c> without
/// variables (PHP's scanner, <c>ext/standard/scanf.c</c>: the fields a failed match leaves are null, null when the
/// text ends before the first conversion), <c>strrchr</c>, the <c>(array)</c> cast and <c>iterator_count</c>.
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddScanHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["php_strtok"] = ([], """
            php_strtok_state = ["", 0]


            def php_strtok(s, token=None):
                # strtok($s, $t) starts on $s; strtok($t) (token None here) goes on where the last call stopped.
                if token is None:
                    token = s
                else:
                    php_strtok_state[:] = [s, 0]
                text, pos = php_strtok_state
                while pos < len(text) and text[pos] in token:
                    pos += 1
                if pos >= len(text):
                    php_strtok_state[1] = pos
                    return False
                end = pos
                while end < len(text) and text[end] not in token:
                    end += 1
                php_strtok_state[1] = end + 1
                return text[pos:end]
            """);
        definitions["php_strrchr"] = ([], """
            def php_strrchr(haystack, needle):
                # The rest of the text from the last occurrence of the needle's first character; false when absent.
                i = haystack.rfind(needle[:1] if needle != "" else "\0")
                return False if i < 0 else haystack[i:]
            """);
        definitions["php_to_array"] = ([], """
            def php_to_array(v):
                # (array): an array is copied, null is [], any other scalar is [v], an object its properties in order.
                if isinstance(v, (list, dict)):
                    return v.copy()
                if v is None:
                    return []
                if isinstance(v, (bool, int, float, str)):
                    return [v]
                if hasattr(v, "__dict__"):
                    return dict(vars(v))
                raise NotImplementedError("the (array) cast of this object is not translated")
            """);
        definitions["php_iterator_count"] = ([], """
            def php_iterator_count(it):
                if isinstance(it, (list, dict)):
                    return len(it)
                return sum(1 for _ in (it.php_pairs() if hasattr(it, "php_pairs") else it))
            """);
        definitions["php_sscanf_format"] = ([], """
            def php_sscanf_format(fmt):
                # The directives of a scanf format: ("space",), ("lit", c) or ("conv", op, width, suppressed).
                items = []
                i = 0
                while i < len(fmt):
                    c = fmt[i]
                    i += 1
                    if c in " \t\n\r\v\f":
                        items.append(("space",))
                        continue
                    if c != "%" or fmt[i:i + 1] == "%":
                        i += 1 if c == "%" else 0
                        items.append(("lit", c))
                        continue
                    suppress = fmt[i:i + 1] == "*"
                    i += 1 if suppress else 0
                    start = i
                    while i < len(fmt) and fmt[i].isdigit():
                        i += 1
                    if fmt[i:i + 1] == "$":
                        raise NotImplementedError("sscanf() with numbered conversions (%1$s) is not translated")
                    width = int(fmt[start:i]) if i > start else 0
                    while fmt[i:i + 1] in ("h", "l", "L") and i < len(fmt):
                        i += 1
                    op = fmt[i:i + 1]
                    i += 1
                    if op == "[":
                        start = i - 1
                        i += 1 if fmt[i:i + 1] == "^" else 0
                        i += 1 if fmt[i:i + 1] == "]" else 0
                        while i < len(fmt) and fmt[i] != "]":
                            i += 1
                        if i >= len(fmt):
                            raise NotImplementedError("sscanf() with an unclosed %[ is not translated")
                        i += 1
                        op = fmt[start:i]
                    elif op == "" or op not in "dDioxXufeEgscn":
                        raise NotImplementedError("sscanf() conversion %" + op + " is not translated")
                    items.append(("conv", op, width, suppress))
                return items
            """);
        definitions["php_sscanf"] = (["import re", "php_sscanf_format"], """
            def php_sscanf(s, fmt):
                # sscanf($s, $format) without variables: an array with one value per conversion, null where the match stopped.
                items = php_sscanf_format(fmt)
                values = [None] * sum(1 for it in items if it[0] == "conv" and not it[3])
                white = " \t\n\r\v\f"
                n, pos, k, conversions, underflow = len(s), 0, 0, 0, False
                for it in items:
                    if it[0] == "space":
                        while pos < n and s[pos] in white:
                            pos += 1
                        continue
                    if it[0] == "lit":
                        if pos >= n:
                            underflow = True
                            break
                        if s[pos] != it[1]:
                            break
                        pos += 1
                        continue
                    _, op, width, suppress = it
                    if op == "n":
                        value = pos
                    else:
                        if pos < n and op != "c" and op[0] != "[":
                            while pos < n and s[pos] in white:
                                pos += 1
                        if pos >= n:
                            underflow = True
                            break
                        end = n if width == 0 else min(n, pos + width)
                        if op == "c":
                            end = min(n, pos + (width or 1))
                            value = s[pos:end]
                        elif op == "s":
                            j = pos
                            while j < end and s[j] not in white:
                                j += 1
                            value, end = s[pos:j], j
                        elif op[0] == "[":
                            negate = op[1:2] == "^"
                            body = op[2 if negate else 1:-1]
                            chars, b = set(), 0
                            while b < len(body):
                                if b + 2 < len(body) and body[b + 1] == "-":
                                    chars.update(chr(x) for x in range(ord(body[b]), ord(body[b + 2]) + 1))
                                    b += 3
                                else:
                                    chars.add(body[b])
                                    b += 1
                            j = pos
                            while j < end and (s[j] in chars) != negate:
                                j += 1
                            if j == pos:
                                break
                            value, end = s[pos:j], j
                        else:
                            pattern = {"f": r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?", "x": r"[+-]?(0[xX])?[0-9a-fA-F]+", "o": r"[+-]?[0-7]+",
                                       "i": r"0[xX][0-9a-fA-F]+|[+-]?(0[0-7]*|[1-9][0-9]*)"}.get("f" if op in "eEg" else op.lower(), r"[+-]?[0-9]+")
                            m = re.match(pattern, s[pos:end])
                            if not m:
                                break
                            text = m.group(0)
                            end = pos + len(text)
                            if op in "feEg":
                                value = float(text)
                            elif op in "xX":
                                value = int(text, 16)
                            elif op == "o" or op == "i" and text.lstrip("+-")[:1] == "0" and text[1:2] not in ("x", "X"):
                                value = int(text, 8)
                            elif op == "i":
                                value = int(text, 0) if text[1:2] in ("x", "X") else int(text)
                            else:
                                value = int(text)
                            if op == "u" and value < 0:
                                value = str(value + 2 ** 64)
                        pos = end
                        conversions += 1
                    if not suppress:
                        values[k] = value
                        k += 1
                return None if underflow and conversions == 0 else values
            """);
    }
}
