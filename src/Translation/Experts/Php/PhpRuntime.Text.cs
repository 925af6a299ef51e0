namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// String helpers whose PHP rules Python's library does not share: <c>wordwrap</c> (PHP's own line-breaking
/// walk), <c>str_getcsv</c> (PHP's CSV reader, quirks included) and <c>str_replace</c> with arrays.
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddTextHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["php_wordwrap"] = ([], """
            def php_wordwrap(s, width=75, brk="\n", cut=False):
                # PHP's wordwrap(): a line breaks at its last space once it reaches width; a longer word stays whole
                # unless cut; a break already in the text starts a new line.
                if s == "":
                    return ""
                if brk == "":
                    raise ValueError("wordwrap(): Argument #3 ($break) cannot be empty")
                if width == 0 and cut:
                    raise ValueError("wordwrap(): Argument #4 ($cut_long_words) cannot be true when argument #2 ($width) is 0")
                out = []
                last_start = last_space = 0
                i = 0
                while i < len(s):
                    if s.startswith(brk, i) and i + len(brk) < len(s):
                        out.append(s[last_start:i + len(brk)])
                        i += len(brk) - 1
                        last_start = last_space = i + 1
                    elif s[i] == " ":
                        if i - last_start >= width:
                            out.append(s[last_start:i] + brk)
                            last_start = i + 1
                        last_space = i
                    elif i - last_start >= width and cut and last_start >= last_space:
                        out.append(s[last_start:i] + brk)
                        last_start = last_space = i
                    elif i - last_start >= width and last_start < last_space:
                        out.append(s[last_start:last_space] + brk)
                        last_start = last_space = last_space + 1
                    i += 1
                out.append(s[last_start:])
                return "".join(out)
            """);
        definitions["php_str_getcsv"] = ([], """
            def php_str_getcsv(s, separator=",", enclosure="\"", escape="\\"):
                # PHP's str_getcsv(): a quoted field keeps what follows its closing quote up to the separator, "" is one
                # quote, the escape character keeps itself and the next character; one trailing line break is dropped.
                end = len(s) - (2 if s.endswith("\r\n") else 1 if s.endswith(("\n", "\r")) else 0)
                fields = []
                i = 0
                first = True
                while True:
                    j = i
                    while j < end and s[j] != separator and s[j] in " \t\n\r\v\f":
                        j += 1
                    if j < end and s[j] == enclosure:
                        i = j
                    if first and i == end:
                        return [None]
                    first = False
                    if i < end and s[i] == enclosure:
                        i += 1
                        parts = []
                        start = i
                        state = 0
                        while True:
                            if i >= end:
                                if state != 2:
                                    raise NotImplementedError("str_getcsv(): a quoted field without its closing quote is not translated")
                                parts.append(s[start:i - 1])
                                start = i
                                break
                            if state == 1:
                                state = 0
                            elif state == 2:
                                if s[i] != enclosure:
                                    parts.append(s[start:i - 1])
                                    start = i
                                    break
                                parts.append(s[start:i])
                                start = i + 1
                                state = 0
                            elif s[i] == enclosure:
                                state = 2
                            elif escape != "" and s[i] == escape:
                                state = 1
                            i += 1
                        while i < end and s[i] != separator:
                            i += 1
                        parts.append(s[start:i])
                        fields.append("".join(parts))
                    else:
                        start = i
                        while i < end and s[i] != separator:
                            i += 1
                        field = s[start:i]
                        fields.append(field[:-2] if field.endswith("\r\n") else field[:-1] if field.endswith(("\n", "\r")) else field)
                    if i >= end:
                        return fields
                    i += 1
            """);
        definitions["php_str_replace"] = (["php_str"], """
            def php_str_replace(search, replace, subject):
                # Each search string in turn (its replacement at the same position, "" past the end); an array subject
                # is replaced element by element, keys kept.
                if isinstance(subject, (list, dict)):
                    items = subject.items() if isinstance(subject, dict) else enumerate(subject)
                    done = {k: v if isinstance(v, (list, dict)) else php_str_replace(search, replace, v) for k, v in items}
                    return done if isinstance(subject, dict) else list(done.values())
                text = php_str(subject)
                if not isinstance(search, (list, dict)):
                    if isinstance(replace, (list, dict)):
                        raise TypeError("str_replace(): Argument #2 ($replace) must be of type string when argument #1 ($search) is a string")
                    search, replace = [search], php_str(replace)
                searches = list(search.values()) if isinstance(search, dict) else search
                replacements = (list(replace.values()) if isinstance(replace, dict) else replace) if isinstance(replace, (list, dict)) else None
                for i, s in enumerate(searches):
                    s = php_str(s)
                    if s != "":
                        r = replace if replacements is None else php_str(replacements[i]) if i < len(replacements) else ""
                        text = text.replace(s, r)
                return text
            """);
    }
}
