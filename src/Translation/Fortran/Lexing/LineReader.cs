using System.Text;

namespace CodeIntel.Translation.Fortran.Lexing;

/// <summary>
/// Turns Fortran source into logical lines: joins continuations (free form's trailing <c>&amp;</c>, fixed form's
/// column 6), drops comments, splits <c>;</c>-separated statements and keeps OpenMP directives (<c>!$omp</c>,
/// and <c>c$omp</c>/<c>*$omp</c> in fixed form) as their own lines.
/// </summary>
public static class LineReader
{
    /// <summary>Free form unless the extension says fixed (.f, .for, .f77) or the text looks like column layout.</summary>
    public static SourceForm DetectForm(string source, string? path)
    {
        var ext = path is null ? "" : Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".f" or ".for" or ".f77" or ".ftn")
        {
            return SourceForm.Fixed;
        }
        if (ext is ".f90" or ".f95" or ".f03" or ".f08")
        {
            return SourceForm.Free;
        }
        var lines = SplitLines(source);
        var columnComments = lines.Count(l => l.Length > 0 && (l[0] is 'c' or 'C' or '*') && (l.Length == 1 || !char.IsLetterOrDigit(l[1]) || l.StartsWith("c$omp", StringComparison.OrdinalIgnoreCase)));
        var columnContinuations = lines.Count(l => l.Length > 6 && l[..5].Trim().Length == 0 && l[5] != ' ' && l[5] != '0' && l[5] != '\t');
        var code = lines.Where(l => l.Trim().Length > 0 && !(l[0] is 'c' or 'C' or '*' or '!')).ToList();
        var sixIndented = code.Count(l => l.Length > 6 && (l[..6].Trim().Length == 0 || l[..5].Trim().All(char.IsDigit)));
        return (columnComments + columnContinuations > 0) && code.Count > 0 && sixIndented == code.Count ? SourceForm.Fixed : SourceForm.Free;
    }

    public static IReadOnlyList<LogicalLine> Read(string source, SourceForm form) =>
        form == SourceForm.Fixed ? ReadFixed(SplitLines(source)) : ReadFree(SplitLines(source));

    internal static List<string> SplitLines(string source) =>
        source.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').ToList();

    private static List<LogicalLine> ReadFree(List<string> lines)
    {
        var result = new List<LogicalLine>();
        var text = new StringBuilder();
        int start = -1;
        bool directive = false;
        string? comment = null;
        for (int n = 0; n < lines.Count; n++)
        {
            var raw = lines[n];
            var trimmed = raw.TrimStart();
            bool isDirective = trimmed.StartsWith("!$omp", StringComparison.OrdinalIgnoreCase);
            string body;
            string? lineComment = null;
            if (isDirective)
            {
                body = trimmed[5..];
                if (body.StartsWith('&'))
                {
                    body = body[1..];
                }
            }
            else
            {
                (body, lineComment) = StripComment(raw);
                if (body.Trim().Length == 0)
                {
                    continue;
                }
            }
            if (isDirective)
            {
                (body, lineComment) = StripComment(body);
            }
            var piece = body.Trim();
            if (start >= 0 && piece.StartsWith('&'))
            {
                piece = piece[1..];
            }
            if (start < 0)
            {
                start = n;
                directive = isDirective;
                comment = null;
            }
            comment ??= lineComment?.Trim();
            bool continues = piece.EndsWith('&');
            if (continues)
            {
                piece = piece[..^1];
            }
            text.Append(piece);
            if (continues)
            {
                text.Append(' ');
                continue;
            }
            Emit(result, text.ToString(), start, n, directive, comment);
            text.Clear();
            start = -1;
        }
        if (start >= 0)
        {
            Emit(result, text.ToString(), start, lines.Count - 1, directive, comment);
        }
        return result;
    }

    private static List<LogicalLine> ReadFixed(List<string> lines)
    {
        var result = new List<LogicalLine>();
        var text = new StringBuilder();
        int start = -1, last = -1;
        bool directive = false;
        string? label = null;
        void Flush()
        {
            if (start >= 0)
            {
                var s = text.ToString();
                EmitWithLabel(result, s, start, last, directive, label);
            }
            text.Clear();
            start = -1;
            label = null;
        }
        for (int n = 0; n < lines.Count; n++)
        {
            var raw = ExpandTab(lines[n]);
            if (raw.Trim().Length == 0)
            {
                continue;
            }
            bool isDirective = raw.Length >= 5 && (raw[0] is 'c' or 'C' or '*' or '!') && raw[1..5].Equals("$omp", StringComparison.OrdinalIgnoreCase);
            if (!isDirective && (raw[0] is 'c' or 'C' or '*' or '!' || raw.TrimStart().StartsWith('!')))
            {
                continue;
            }
            var field = raw.Length > 72 ? raw[..72] : raw;
            bool continuation = field.Length > 5 && field[5] != ' ' && field[5] != '0';
            var stmt = field.Length > 6 ? field[6..] : "";
            (stmt, _) = StripComment(stmt);
            if (continuation && start >= 0 && isDirective == directive)
            {
                text.Append(stmt.TrimEnd());
                last = n;
                continue;
            }
            Flush();
            start = n;
            last = n;
            directive = isDirective;
            var labelField = isDirective ? "" : field[..Math.Min(5, field.Length)].Trim();
            label = labelField.Length > 0 ? labelField : null;
            text.Append(stmt.TrimEnd());
        }
        Flush();
        return result;
    }

    private static string ExpandTab(string raw)
    {
        // DEC tab form: a tab in the label field starts the statement field (a digit after it marks a continuation).
        int tab = raw.IndexOf('\t', StringComparison.Ordinal);
        if (tab < 0 || tab > 5)
        {
            return raw.Replace('\t', ' ');
        }
        var label = raw[..tab].PadRight(5);
        var rest = raw[(tab + 1)..].Replace('\t', ' ');
        return rest.Length > 0 && char.IsDigit(rest[0]) && rest[0] != '0' ? label + rest[0] + rest[1..] : label + " " + rest;
    }

    private static void EmitWithLabel(List<LogicalLine> result, string text, int start, int end, bool directive, string? label)
    {
        foreach (var part in SplitStatements(text))
        {
            result.Add(new LogicalLine(part, start, end, label, directive));
            label = null;
        }
    }

    private static void Emit(List<LogicalLine> result, string text, int start, int end, bool directive, string? comment)
    {
        if (directive)
        {
            result.Add(new LogicalLine(text.Trim(), start, end, null, true, comment));
            return;
        }
        foreach (var part in SplitStatements(text))
        {
            var s = part;
            string? label = null;
            int i = 0;
            while (i < s.Length && char.IsDigit(s[i]))
            {
                i++;
            }
            if (i > 0 && i < s.Length && s[i] == ' ')
            {
                label = s[..i];
                s = s[i..].Trim();
            }
            result.Add(new LogicalLine(s, start, end, label, false, comment));
            comment = null;
        }
    }

    private static IEnumerable<string> SplitStatements(string text)
    {
        var sb = new StringBuilder();
        char quote = '\0';
        foreach (var c in text)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == ';')
            {
                if (sb.ToString().Trim().Length > 0)
                {
                    yield return sb.ToString().Trim();
                }
                sb.Clear();
                continue;
            }
            sb.Append(c);
        }
        if (sb.ToString().Trim().Length > 0)
        {
            yield return sb.ToString().Trim();
        }
    }

    /// <summary>Splits off a trailing <c>!</c> comment that is not inside a character literal.</summary>
    private static (string Code, string? Comment) StripComment(string line)
    {
        char quote = '\0';
        for (int i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '!')
            {
                return (line[..i], line[(i + 1)..].TrimStart('!'));
            }
        }
        return (line, null);
    }
}
