namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// PHP's byte-counting string functions on the UTF-8 bytes of a Python <c>str</c> (used where the program may hold
/// text beyond ASCII; see <c>PhpLowering.ByteStrings.cs</c>). A piece cut through a character keeps its bytes as lone
/// surrogates (<c>surrogateescape</c>); standard output is set to write them back as those bytes, as PHP would.
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddByteHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["php_bytes"] = (["import sys"], """
            def php_bytes(s):
                return s.encode("utf-8", "surrogateescape")


            def php_text(b):
                return b.decode("utf-8", "surrogateescape")


            sys.stdout.reconfigure(errors="surrogateescape")
            """);
        definitions["php_strlen"] = (["php_bytes"], """
            def php_strlen(s):
                return len(s) if s.isascii() else len(php_bytes(s))
            """);
        definitions["php_substr"] = (["php_bytes"], """
            def php_substr(s, start, length=None):
                # substr() on bytes: a negative start counts from the end, a negative length leaves that many off.
                b = php_bytes(s)
                n = len(b)
                start = max(n + start, 0) if start < 0 else min(start, n)
                end = n if length is None else max(n + length, start) if length < 0 else min(start + length, n)
                return php_text(b[start:end])
            """);
        definitions["php_strrev"] = (["php_bytes"], """
            def php_strrev(s):
                return php_text(php_bytes(s)[::-1])
            """);
        definitions["php_str_split"] = (["php_bytes"], """
            def php_str_split(s, size=1):
                if size < 1:
                    raise ValueError("str_split(): Argument #2 ($length) must be greater than 0")
                b = php_bytes(s)
                return [php_text(b[i:i + size]) for i in range(0, len(b), size)] or [""]
            """);
        definitions["php_ascii_case"] = ([], """
            PHP_UPPER = {c: c - 32 for c in range(97, 123)}
            PHP_LOWER = {c: c + 32 for c in range(65, 91)}
            """);
        definitions["php_strtoupper"] = (["php_ascii_case"], """
            def php_strtoupper(s):
                # PHP 8 changes ASCII letters only.
                return s.translate(PHP_UPPER)
            """);
        definitions["php_strtolower"] = (["php_ascii_case"], """
            def php_strtolower(s):
                return s.translate(PHP_LOWER)
            """);
        definitions["php_ucfirst"] = (["php_ascii_case"], """
            def php_ucfirst(s):
                return s[:1].translate(PHP_UPPER) + s[1:]
            """);
        definitions["php_lcfirst"] = (["php_ascii_case"], """
            def php_lcfirst(s):
                return s[:1].translate(PHP_LOWER) + s[1:]
            """);
        definitions["php_bstrpos"] = (["php_bytes"], """
            def php_bstrpos(haystack, needle, offset=0):
                # strpos() gives a byte offset, or false.
                b = php_bytes(haystack)
                i = b.find(php_bytes(needle), offset if offset >= 0 else len(b) + offset)
                return False if i < 0 else i
            """);
        definitions["php_bstrrpos"] = (["php_bytes"], """
            def php_bstrrpos(haystack, needle):
                i = php_bytes(haystack).rfind(php_bytes(needle))
                return False if i < 0 else i
            """);
        definitions["php_ord"] = (["php_bytes"], """
            def php_ord(s):
                b = php_bytes(s)
                return b[0] if b else 0
            """);
        definitions["php_byte_at"] = (["php_bytes"], """
            def php_byte_at(s, i):
                # $s[$i]: one byte (a negative index counts from the end); an array's element for a value that is not text.
                if not isinstance(s, str) or s.isascii():
                    return s[i]
                b = php_bytes(s)
                return php_text(b[i:i + 1] if i != -1 else b[-1:])
            """);
    }
}
