namespace CodeIntel.Translation.Neural.Constraints;

/// <summary>
/// What a lexical pass over a decoded prefix found: whether a closer failed to match its opener (or a <c>;</c> ended a
/// statement inside parentheses or brackets other than a <c>for</c> or <c>try</c> header), whether the prefix
/// ends inside a string, character literal or block comment, and the cut points: the end of the last statement or
/// block boundary (<c>;</c>, <c>{</c>, <c>}</c> outside parentheses and brackets) and the one before it.
/// </summary>
internal readonly record struct PrefixScan(bool Unbalanced, bool InsideLiteral, int OpenBraces, int Cut, int PreviousCut, int BracesAtCut)
{
    /// <summary>Scans C-family code (C#, Java): strings with escapes, C# verbatim strings, char literals, comments.</summary>
    public static PrefixScan Of(string text)
    {
        var stack = new List<char>();
        int cut = 0, previous = 0, bracesAtCut = 0, i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                var end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end + 1;
                continue;
            }
            if (c == '/' && next == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return new PrefixScan(false, true, stack.Count, cut, previous, bracesAtCut);
                }
                i = end + 2;
                continue;
            }
            if (c is '"' or '\'')
            {
                var verbatim = c == '"' && i > 0 && text[i - 1] == '@';
                var end = EndOfLiteral(text, i, verbatim);
                if (end < 0)
                {
                    return new PrefixScan(false, true, stack.Count, cut, previous, bracesAtCut);
                }
                i = end + 1;
                continue;
            }
            if (c is '(' or '[' or '{')
            {
                // 'h': the parenthesis of a for or try header, the only ones a ';' may appear in.
                stack.Add(c == '(' && HeaderKeywordBefore(text, i) ? 'h' : c);
            }
            else if (c is ')' or ']' or '}')
            {
                var top = stack.Count == 0 ? '\0' : stack[^1] == 'h' ? '(' : stack[^1];
                if (top != (c == ')' ? '(' : c == ']' ? '[' : '{'))
                {
                    return new PrefixScan(true, false, stack.Count, cut, previous, bracesAtCut);
                }
                stack.RemoveAt(stack.Count - 1);
            }
            else if (c == ';' && stack.Count > 0 && stack[^1] is '(' or '[')
            {
                // f(a; b): a statement cannot end inside an argument list or an index.
                return new PrefixScan(true, false, stack.Count, cut, previous, bracesAtCut);
            }
            if (c is ';' or '{' or '}' && !stack.Contains('(') && !stack.Contains('[') && !stack.Contains('h'))
            {
                previous = cut;
                cut = i + 1;
                bracesAtCut = stack.Count;
            }
            i++;
        }
        return new PrefixScan(false, false, stack.Count, cut, previous, bracesAtCut);
    }

    private static bool HeaderKeywordBefore(string text, int paren)
    {
        var end = paren;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return text[start..end] is "for" or "try";
    }

    private static int EndOfLiteral(string text, int start, bool verbatim)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (verbatim && text[i] == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    i++;
                    continue;
                }
                return i;
            }
            if (!verbatim && text[i] == '\\')
            {
                i++;
                continue;
            }
            if (!verbatim && text[i] == quote)
            {
                return i;
            }
            if (!verbatim && text[i] == '\n')
            {
                return -1;
            }
        }
        return -1;
    }
}
