namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// <c>strip_tags</c> as php-src's <c>php_strip_tags_ex</c> walks the text (state for state: text, a tag,
/// <c>&lt;?...?&gt;</c>, <c>&lt;!...&gt;</c>, a comment; quotes inside a tag, a <c>&lt;</c> before a space kept as
/// text, an unclosed tag dropping the rest), with allowed tags matched as <c>php_tag_find</c> matches them, and
/// <c>html_entity_decode</c> (named entities from the table of the flags' document type, numeric ones, the quote flags).
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddTagHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["php_tag_find"] = ([], """
            def php_tag_find(tag, allow):
                # php_tag_find(): "<a href=..>" and "</a>" are both looked up as "<a>" in the lower-cased allowed list.
                t = tag.lower()
                norm = []
                started = False
                for k, c in enumerate(t):
                    if c == "<":
                        norm.append(c)
                    elif c == ">":
                        break
                    elif c not in " \t\n\v\f\r":
                        started = True
                        if c != "/" or (t[k - 1] != "<" and t[k + 1:k + 2] != ">"):
                            norm.append(c)
                    elif started:
                        break
                return "".join(norm) + ">" in allow
            """);
        definitions["php_strip_tags"] = (["php_str", "php_values", "php_tag_find"], """
            def php_strip_tags(s, allow=None):
                # php_strip_tags_ex(), state for state: 0 text, 1 a tag, 2 <? ... ?>, 3 <! ... >, 4 <!-- ... -->.
                if isinstance(allow, (list, dict)):
                    allow = "".join("<" + php_str(t) + ">" for t in php_values(allow))
                allow = php_str(allow).lower() if allow is not None else None
                s = php_str(s)
                n = len(s)

                def at(k):
                    return s[k] if 0 <= k < n else "\0"

                out, tag = [], []
                state = depth = br = 0
                in_q, lc, is_xml = "", "", False
                for i, c in enumerate(s):
                    if state == 0:
                        if c == "<":
                            if in_q:
                                continue
                            if at(i + 1) in " \t\n\v\f\r":
                                out.append(c)
                                continue
                            lc, state = "<", 1
                            if allow is not None:
                                tag.append(c)
                        elif c == ">":
                            if depth:
                                depth -= 1
                            elif not in_q:
                                out.append(c)
                        elif c != "\0":
                            out.append(c)
                    elif state == 1:
                        keep = False
                        if c == "<":
                            if not in_q:
                                if at(i + 1) in " \t\n\v\f\r":
                                    keep = True
                                else:
                                    depth += 1
                        elif c == ">":
                            if depth:
                                depth -= 1
                            elif not in_q:
                                lc = ">"
                                if not (is_xml and at(i - 1) == "-"):
                                    in_q, state, is_xml = "", 0, False
                                    if allow is not None:
                                        tag.append(c)
                                        if php_tag_find("".join(tag), allow):
                                            out.extend(tag)
                                        tag = []
                        elif c in "\"'":
                            if i != 0 and (not in_q or c == in_q):
                                in_q = "" if in_q else c
                            keep = True
                        elif c == "!" and at(i - 1) == "<":
                            state, lc = 3, c
                        elif c == "?" and at(i - 1) == "<":
                            br, state = 0, 2
                        elif c != "\0":
                            keep = True
                        if keep and allow is not None:
                            tag.append(c)
                    elif state == 2:
                        if c in "()":
                            if lc != '"' and lc != "'":
                                lc = c
                                br += 1 if c == "(" else -1
                        elif c == ">":
                            if depth:
                                depth -= 1
                            elif not in_q and not br and lc != '"' and at(i - 1) == "?":
                                in_q, state, tag = "", 0, []
                        elif c in "\"'":
                            if i >= 1 and at(i - 1) != "\\":
                                if lc == c:
                                    lc = ""
                                elif lc != "\\":
                                    lc = c
                                if not in_q or c == in_q:
                                    in_q = "" if in_q else c
                        elif c in "lL" and i > 4 and at(i - 1) in "mM" and at(i - 2) in "xX" and at(i - 3) == "?" and at(i - 4) == "<":
                            state, is_xml = 1, True
                    elif state == 3:
                        if c == ">":
                            if depth:
                                depth -= 1
                            elif not in_q:
                                in_q, state, tag = "", 0, []
                        elif c in "\"'":
                            if i != 0 and at(i - 1) != "\\" and (not in_q or c == in_q):
                                in_q = "" if in_q else c
                        elif c == "-":
                            if at(i - 1) == "-" and at(i - 2) == "!":
                                state = 4
                        elif c in "eE" and i > 6 and s[i - 6:i].lower() == "doctyp":
                            state = 1
                    elif c == ">" and not in_q and at(i - 1) == "-" and at(i - 2) == "-":
                        in_q, state, tag = "", 0, []
                return "".join(out)
            """);
        definitions["php_html_entity_decode"] = (["import re"], """
            def php_html_entity_decode(s, flags=11, encoding=None):
                # Imported here: the program may have a variable named html.
                from html import entities
                # Named entities of the flags' document type (HTML 4.01 by default, HTML 5's full table, XML's five),
                # numeric ones; ENT_COMPAT keeps single-quote entities, ENT_NOQUOTES both quote entities.
                doctype = flags & 48
                quotes = flags & 3

                def one(m):
                    ref = m.group(1)
                    if ref[0] == "#":
                        try:
                            code = int(ref[2:], 16) if ref[1] in "xX" else int(ref[1:])
                        except ValueError:
                            return m.group(0)
                        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                            return m.group(0)
                        c = chr(code)
                    elif ref == "apos":
                        if doctype == 0:
                            return m.group(0)
                        c = "'"
                    elif doctype == 48:
                        c = entities.html5.get(ref + ";")
                    elif doctype == 0 or ref in ("amp", "lt", "gt", "quot"):
                        c = chr(entities.name2codepoint[ref]) if ref in entities.name2codepoint else None
                    else:
                        c = None
                    if c is None:
                        return m.group(0)
                    if c == "'" and not quotes & 1 or c == '"' and not quotes & 2:
                        return m.group(0)
                    return c
                return re.sub(r"&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);", one, s)
            """);
    }
}
