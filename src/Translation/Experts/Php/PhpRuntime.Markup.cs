namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Text for people and for markup: <c>mb_strwidth</c>/<c>mb_strimwidth</c> (East Asian wide and full-width
/// characters count two columns, as in mbstring's table), <c>str_pad</c> (in bytes, as PHP pads), <c>basename</c>, <c>htmlspecialchars</c> and the
/// address check of <c>FILTER_VALIDATE_EMAIL</c>.
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddMarkupHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["php_mb_strwidth"] = (["import unicodedata"], """
            def php_mb_strwidth(s):
                return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
            """);
        definitions["php_mb_strimwidth"] = (["php_mb_strwidth"], """
            def php_mb_strimwidth(s, start, width, marker=""):
                # The marker replaces the end when the text is wider than width columns; it may stand alone.
                if not -len(s) <= start <= len(s):
                    raise ValueError("mb_strimwidth(): Argument #2 ($start) is out of range")
                if width < 0:
                    raise NotImplementedError("mb_strimwidth() with a negative width is not translated")
                rest = s[start:] if start >= 0 else s[len(s) + start:]
                if php_mb_strwidth(rest) <= width:
                    return rest
                room = width - php_mb_strwidth(marker)
                kept = 0
                used = 0
                while kept < len(rest) and used + php_mb_strwidth(rest[kept]) <= room:
                    used += php_mb_strwidth(rest[kept])
                    kept += 1
                return rest[:kept] + marker
            """);
        definitions["php_str_pad"] = (["php_str"], """
            def php_str_pad(s, length, pad=" ", side=1):
                # side: 0 left (STR_PAD_LEFT), 1 right (STR_PAD_RIGHT), 2 both (STR_PAD_BOTH).
                # PHP counts and cuts in bytes, so text beyond ASCII pads to fewer characters.
                s = php_str(s)
                missing = length - len(s.encode())
                if missing <= 0 or pad == "":
                    return s
                def fill(n):
                    try:
                        return (pad.encode() * n)[:n].decode()
                    except UnicodeDecodeError:
                        raise NotImplementedError("str_pad() cutting a UTF-8 padding character in two is not translated")
                if side == 0:
                    return fill(missing) + s
                if side == 2:
                    left = missing // 2
                    return fill(left) + s + fill(missing - left)
                return s + fill(missing)
            """);
        definitions["php_basename"] = ([], """
            def php_basename(path, suffix=""):
                # The last part after "/", trailing slashes dropped; the suffix only when something else is left.
                name = path.rstrip("/").rsplit("/", 1)[-1]
                if suffix and name.endswith(suffix) and name != suffix:
                    name = name[:-len(suffix)]
                return name
            """);
        definitions["php_htmlspecialchars"] = ([], """
            def php_htmlspecialchars(s, flags=11, encoding=None, double_encode=True):
                # flags: 2 converts double quotes, 1 single quotes (&#039; for HTML 4.01, else &apos;); 16, 32 and 48
                # name the document type (XML 1, XHTML, HTML 5).
                if not double_encode:
                    raise NotImplementedError("htmlspecialchars() keeping existing entities is not translated")
                if encoding is not None and encoding.upper() not in ("UTF-8", "UTF8"):
                    raise NotImplementedError("htmlspecialchars() with an encoding other than UTF-8 is not translated")
                table = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
                if flags & 2:
                    table['"'] = "&quot;"
                if flags & 1:
                    table["'"] = "&apos;" if flags & 48 else "&#039;"
                return "".join(table.get(c, c) for c in s)
            """);
        definitions["php_valid_email"] = (["import re", "import ipaddress"], """
            def php_valid_email(text):
                # FILTER_VALIDATE_EMAIL without FILTER_FLAG_EMAIL_UNICODE: an RFC 5321 mailbox of ASCII, at most 64
                # characters before the @ and 254 in all; the domain needs a dot and a top label that starts with a
                # letter, or is an address literal.
                if len(text) > 254 or "@" not in text:
                    return False
                local, domain = text.rsplit("@", 1)
                atom = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
                quoted = r'"(?:[\x01-\x08\x0b\x0c\x0e-\x1f\x21\x23-\x5b\x5d-\x7f]|\\[\x00-\x7f])*"'
                word = "(?:" + atom + "|" + quoted + ")"
                if len(local) > 64 or not re.fullmatch(word + r"(?:\." + word + ")*", local):
                    return False
                if domain.startswith("[") and domain.endswith("]"):
                    literal = domain[1:-1]
                    try:
                        if literal[:5].lower() == "ipv6:":
                            return "%" not in literal and bool(ipaddress.IPv6Address(literal[5:]))
                        return bool(ipaddress.IPv4Address(literal))
                    except ValueError:
                        return False
                label = r"(?:xn--)?[a-z0-9]+(?:-+[a-z0-9]+)*"
                top = r"(?:[a-z][a-z0-9]*|xn--[a-z0-9]+)(?:-+[a-z0-9]+)*"
                return all(len(part) < 64 for part in domain.split(".")) and re.fullmatch(
                    r"(?:" + label + r"\.)+" + top, domain, re.IGNORECASE) is not None
            """);
    }
}
