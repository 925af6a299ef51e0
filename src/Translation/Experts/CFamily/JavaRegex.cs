namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// Which Java regular expressions Python's <c>re</c> reads the same way, for <c>String.split</c>. Plain characters,
/// escapes such as <c>\s</c>, <c>\d</c>, <c>\w</c>, <c>\.</c>, character classes and the quantifiers <c>+</c> and
/// <c>{n,m}</c> with n of at least 1 mean the same in both. Refused: Java-only syntax (<c>\p{Alpha}</c>, possessive
/// quantifiers, <c>&amp;&amp;</c> inside classes, <c>(?&lt;name&gt;</c>), and anything that can match the empty
/// string (<c>*</c>, <c>?</c>, <c>{0,</c>, anchors, <c>\b</c>, lookarounds, an empty pattern), where Java drops
/// a leading empty string Python keeps.
/// </summary>
internal static class JavaRegex
{
    public static bool SplitsLikePython(string regex)
    {
        if (regex.Length == 0 || regex.Contains("&&", StringComparison.Ordinal) || regex.Contains("(?", StringComparison.Ordinal)
            || regex.Contains("{0", StringComparison.Ordinal))
        {
            return false;
        }
        for (var i = 0; i < regex.Length; i++)
        {
            switch (regex[i])
            {
                case '\\':
                    if (i + 1 >= regex.Length || "pPbBAzZGQE".Contains(regex[i + 1], StringComparison.Ordinal))
                    {
                        return false;
                    }
                    i++;
                    break;
                case '*' or '?' or '$':
                    return false;
                case '^' when i == 0 || regex[i - 1] != '[':
                    return false;
                case '+' when i + 1 < regex.Length && regex[i + 1] == '+':
                    return false;
            }
        }
        return true;
    }
}
