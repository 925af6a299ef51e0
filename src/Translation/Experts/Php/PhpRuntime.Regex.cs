namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Helpers added after the first set: PCRE patterns (<c>preg_*</c>) read at run time into Python's <c>re</c>
/// (delimiters, modifiers, named groups, <c>\z</c>, POSIX classes; what <c>re</c> cannot do raises
/// NotImplementedError rather than matching differently) and match arrays as PHP fills them; then the array
/// helpers (PhpRuntime.Arrays.cs) and the value helpers (PhpRuntime.Values.cs).
/// </summary>
internal static partial class PhpRuntime
{
    private static Dictionary<string, (string[] Needs, string Source)> WithLaterHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["php_re"] = (["import functools", "import re"], """
            @functools.lru_cache(maxsize=None)
            def php_re(pattern):
                # A PCRE pattern as PHP writes it ("/body/flags") compiled for Python's re. Without the u modifier PCRE's
                # \d \w \s are ASCII only. What re cannot do raises instead of matching something else.
                text = pattern.lstrip()
                closing = {"(": ")", "[": "]", "{": "}", "<": ">"}.get(text[:1], text[:1])
                end = text.rfind(closing)
                if not text or text[0].isalnum() or text[0] == "\\" or end <= 0:
                    raise ValueError("preg: the pattern " + repr(pattern) + " has no delimiters")
                body, modifiers = text[1:end], text[end + 1:]
                flags = 0 if "u" in modifiers else re.ASCII
                for m in modifiers:
                    if m in "imsxuD\n":
                        flags |= {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}.get(m, 0)
                    else:
                        raise NotImplementedError("the PCRE modifier " + m + " is not translated")
                posix = {"alpha": "a-zA-Z", "digit": "0-9", "alnum": "a-zA-Z0-9", "upper": "A-Z", "lower": "a-z",
                         "space": " \\t\\n\\r\\f\\v", "xdigit": "0-9A-Fa-f", "word": "\\w", "blank": " \\t",
                         "punct": "!-/:-@\\[-`{-~"}
                out = []
                i = 0
                in_class = False
                class_open = 0
                while i < len(body):
                    c = body[i]
                    if c == "\\" and i + 1 < len(body):
                        n = body[i + 1]
                        if n in "KGXCpPQEHVNgoc" or (n == "k" and not in_class) or (n == "R" and in_class):
                            if n == "k" and body[i + 2:i + 3] in ("<", "{", "'"):
                                close = body.find({"<": ">", "{": "}", "'": "'"}[body[i + 2]], i + 3)
                                if close > 0:
                                    out.append("(?P=" + body[i + 3:close] + ")")
                                    i = close + 1
                                    continue
                            raise NotImplementedError("the PCRE escape \\" + n + " is not translated")
                        out.append({"z": "\\Z", "Z": "(?=\\n?\\Z)", "R": "(?:\\r\\n|[\\n\\x0b\\f\\r\\x85])", "h": " \\t" if in_class else "[ \\t]", "e": "\\x1b"}.get(n, c + n))
                        i += 2
                        continue
                    if in_class:
                        if c == "]" and i > class_open:
                            in_class = False
                        elif body.startswith("[:", i) and body.find(":]", i) > 0:
                            name = body[i + 2:body.find(":]", i)]
                            if name not in posix:
                                raise NotImplementedError("the POSIX class [:" + name + ":] is not translated")
                            out.append(posix[name])
                            i += len(name) + 4
                            continue
                        out.append(c)
                        i += 1
                        continue
                    if c == "[":
                        in_class = True
                        class_open = i + (2 if body.startswith("[^", i) else 1)
                        out.append(body[i:class_open])
                        i = class_open
                        continue
                    if body.startswith("(?<", i) and body[i + 3:i + 4] not in ("=", "!"):
                        out.append("(?P<")
                        i += 3
                        continue
                    if body.startswith("(?'", i) and body.find("'", i + 3) > 0:
                        close = body.find("'", i + 3)
                        out.append("(?P<" + body[i + 3:close] + ">")
                        i = close + 1
                        continue
                    out.append("\\Z" if c == "$" and "D" in modifiers and "m" not in modifiers else c)
                    i += 1
                return re.compile("".join(out), flags)
            """);
        definitions["php_preg_entry"] = ([], """
            def php_preg_entry(m, i, flags):
                # One group as PHP gives it: "" when it took no part (null with PREG_UNMATCHED_AS_NULL, 512), and with
                # PREG_OFFSET_CAPTURE (256) a [text, byte offset] pair (-1 when it took no part).
                text = m.group(i)
                if text is None and not flags & 512:
                    text = ""
                if flags & 256:
                    return [text, len(m.string[:m.start(i)].encode()) if m.start(i) != -1 else -1]
                return text
            """);
        definitions["php_preg_groups"] = (["php_preg_entry"], """
            def php_preg_groups(m, flags=0):
                # PHP's match array: groups up to the last one that took part (all of them with PREG_UNMATCHED_AS_NULL),
                # a named group under its name just before its number.
                taking_part = [i for i in range(1, m.re.groups + 1) if m.start(i) != -1]
                last = m.re.groups if flags & 512 else max(taking_part, default=0)
                names = {index: name for name, index in m.re.groupindex.items()}
                if not names:
                    return [php_preg_entry(m, i, flags) for i in range(last + 1)]
                groups = {}
                for i in range(last + 1):
                    if i in names:
                        groups[names[i]] = php_preg_entry(m, i, flags)
                    groups[i] = php_preg_entry(m, i, flags)
                return groups
            """);
        definitions["php_preg_match"] = (["php_re", "php_preg_groups"], """
            def php_preg_match(pattern, subject, flags=0):
                # The match array PHP puts in preg_match()'s third argument ([] without a match).
                m = php_re(pattern).search(subject)
                return php_preg_groups(m, flags) if m else []
            """);
        definitions["php_preg_match_all"] = (["php_re", "php_preg_groups", "php_preg_entry"], """
            def php_preg_match_all(pattern, subject, flags=0):
                # preg_match_all()'s array: with PREG_SET_ORDER (2) one match array per match, else (PREG_PATTERN_ORDER)
                # one list per group, the whole matches first.
                compiled = php_re(pattern)
                found = list(compiled.finditer(subject))
                if flags & 2:
                    return [php_preg_groups(m, flags) for m in found]
                names = {index: name for name, index in compiled.groupindex.items()}
                groups = {} if names else []
                for i in range(compiled.groups + 1):
                    column = [php_preg_entry(m, i, flags) for m in found]
                    if names:
                        if i in names:
                            groups[names[i]] = column
                        groups[i] = column
                    else:
                        groups.append(column)
                return groups
            """);
        definitions["php_preg_count"] = ([], """
            def php_preg_count(groups, flags):
                # preg_match_all()'s result: the number of matches.
                return len(groups) if flags & 2 else len(groups[0])
            """);
        definitions["php_preg_expand"] = ([], """
            def php_preg_expand(replacement, m):
                # $1, ${1} and \1 in a preg_replace() replacement; a group that did not take part is "".
                out = []
                i = 0
                while i < len(replacement):
                    c = replacement[i]
                    if c in "$\\" and i + 1 < len(replacement):
                        braced = c == "$" and replacement[i + 1] == "{"
                        start = i + 2 if braced else i + 1
                        end = start
                        while end < len(replacement) and end - start < 2 and replacement[end].isdigit():
                            end += 1
                        if end > start and (not braced or replacement[end:end + 1] == "}"):
                            n = int(replacement[start:end])
                            out.append((m.group(n) or "") if n <= m.re.groups else "")
                            i = end + 1 if braced else end
                            continue
                    out.append(c)
                    i += 1
                return "".join(out)
            """);
        definitions["php_preg_replace"] = (["php_re", "php_preg_expand", "php_str"], """
            def php_preg_replace(pattern, replacement, subject, limit=-1):
                # preg_replace(): one pattern or a list of them, applied in turn.
                if isinstance(subject, (list, dict)):
                    raise NotImplementedError("preg_replace() on an array of subjects is not translated")
                patterns = list(pattern.values()) if isinstance(pattern, dict) else pattern if isinstance(pattern, list) else [pattern]
                replacements = list(replacement.values()) if isinstance(replacement, dict) else replacement
                subject = php_str(subject)
                for index, p in enumerate(patterns):
                    r = replacement if isinstance(replacement, str) else (replacements[index] if index < len(replacements) else "")
                    subject = php_re(p).sub(lambda m, r=php_str(r): php_preg_expand(r, m), subject, count=max(limit, 0))
                return subject
            """);
        definitions["php_preg_replace_callback"] = (["php_re", "php_preg_groups", "php_str"], """
            def php_preg_replace_callback(pattern, callback, subject, limit=-1):
                # The callback gets PHP's match array and returns the replacement text.
                return php_re(pattern).sub(lambda m: php_str(callback(php_preg_groups(m))), php_str(subject), count=max(limit, 0))
            """);
        definitions["php_preg_split"] = (["php_re"], """
            def php_preg_split(pattern, subject, limit=-1, flags=0):
                # preg_split() with PREG_SPLIT_NO_EMPTY (1) and PREG_SPLIT_DELIM_CAPTURE (2); a limit counts pieces.
                if flags & 4:
                    raise NotImplementedError("preg_split() with PREG_SPLIT_OFFSET_CAPTURE is not translated")
                no_empty = flags & 1
                remaining = limit if limit is not None and limit > 0 else -1
                parts = []
                last = 0
                for m in php_re(pattern).finditer(subject):
                    if remaining != -1 and remaining <= 1:
                        break
                    piece = subject[last:m.start()]
                    if not no_empty or piece:
                        parts.append(piece)
                        if remaining > 0:
                            remaining -= 1
                    last = m.end()
                    if flags & 2:
                        taking_part = [i for i in range(1, m.re.groups + 1) if m.start(i) != -1]
                        for i in range(1, max(taking_part, default=0) + 1):
                            if not no_empty or m.group(i):
                                parts.append(m.group(i) or "")
                piece = subject[last:]
                if not no_empty or piece:
                    parts.append(piece)
                return parts
            """);
        definitions["php_preg_quote"] = ([], """
            def php_preg_quote(s, delimiter=None):
                special = ".\\+*?[^]$(){}=!<>|:-#" + (delimiter or "")
                return "".join("\\000" if c == "\0" else "\\" + c if c in special else c for c in s)
            """);
        AddArrayHelpers(definitions);
        AddValueHelpers(definitions);
        AddTextHelpers(definitions);
        AddExceptionHelpers(definitions);
        AddArraySetHelpers(definitions);
        AddJsonHelpers(definitions);
        AddExportHelpers(definitions);
        AddScanHelpers(definitions);
        AddDateHelpers(definitions);
        AddMarkupHelpers(definitions);
        AddObjectHelpers(definitions);
        AddSplListHelpers(definitions);
        AddSplHeapHelpers(definitions);
        AddTagHelpers(definitions);
        AddByteHelpers(definitions);
        AddKeyHelpers(definitions);
        AddCursorHelpers(definitions);
        AddWebHelpers(definitions);
        AddGeneratorHelpers(definitions);
        AddPhoneticHelpers(definitions);
        return definitions;
    }
}
