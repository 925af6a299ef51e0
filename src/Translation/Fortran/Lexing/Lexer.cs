using System.Globalization;
using System.Text;

using CodeIntel.Translation.Fortran;

namespace CodeIntel.Translation.Fortran.Lexing;

/// <summary>Splits one logical line into tokens. Blanks separate tokens (free-form rules, which fixed-form code here follows).</summary>
public static class Lexer
{
    private static readonly Dictionary<string, string> DotOperators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eq"] = "==", ["ne"] = "/=", ["lt"] = "<", ["le"] = "<=", ["gt"] = ">", ["ge"] = ">=",
        ["and"] = ".and.", ["or"] = ".or.", ["not"] = ".not.", ["eqv"] = ".eqv.", ["neqv"] = ".neqv.",
    };

    private static readonly string[] Punctuation = ["**", "//", "::", "=>", "==", "/=", "<=", ">=", "(/", "/)", "(", ")", ",", "=", "+", "-", "*", "/", ":", "%", "<", ">", "&", "[", "]"];

    /// <exception cref="FortranSyntaxException">An unterminated string or a character Fortran does not use.</exception>
    public static List<Token> Tokenize(string text, int line)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int start = i;
            if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_' || text[i] == '$'))
                {
                    i++;
                }
                tokens.Add(new Token(TokenKind.Identifier, text[start..i].ToLowerInvariant(), start));
                continue;
            }
            if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                tokens.Add(ReadNumber(text, ref i));
                continue;
            }
            if (c is '\'' or '"')
            {
                tokens.Add(new Token(TokenKind.StringLiteral, ReadString(text, ref i, line), start));
                continue;
            }
            if (c == '.')
            {
                int end = text.IndexOf('.', i + 1);
                if (end > i + 1)
                {
                    var word = text[(i + 1)..end];
                    if (word.Equals("true", StringComparison.OrdinalIgnoreCase) || word.Equals("false", StringComparison.OrdinalIgnoreCase))
                    {
                        i = end + 1;
                        var suffix = ReadKindSuffix(text, ref i);
                        tokens.Add(new Token(TokenKind.Logical, word.ToLowerInvariant(), start, suffix));
                        continue;
                    }
                    if (DotOperators.TryGetValue(word, out var op))
                    {
                        i = end + 1;
                        tokens.Add(new Token(TokenKind.Operator, op, start));
                        continue;
                    }
                }
            }
            var punct = Punctuation.FirstOrDefault(p => string.CompareOrdinal(text, i, p, 0, p.Length) == 0);
            if (punct is null)
            {
                throw new FortranSyntaxException($"unexpected character '{c}'", line, i);
            }
            // "(/" only opens an array constructor; "( /" inside e.g. a format would not reach here.
            if (punct == "(/" && i + 2 < text.Length && text[i + 2] == ')')
            {
                punct = "(";
            }
            i += punct.Length;
            tokens.Add(new Token(TokenKind.Operator, punct, start));
        }
        tokens.Add(new Token(TokenKind.End, "", text.Length));
        return tokens;
    }

    private static Token ReadNumber(string text, ref int i)
    {
        int start = i;
        bool isReal = false;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }
        if (i < text.Length && text[i] == '.' && !IsDotOperatorAt(text, i))
        {
            isReal = true;
            i++;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }
        }
        string? kind = null;
        if (i < text.Length && (text[i] is 'e' or 'E' or 'd' or 'D' or 'q' or 'Q'))
        {
            int j = i + 1;
            if (j < text.Length && (text[j] is '+' or '-'))
            {
                j++;
            }
            if (j < text.Length && char.IsDigit(text[j]))
            {
                isReal = true;
                if (text[i] is 'd' or 'D')
                {
                    kind = "8";
                }
                else if (text[i] is 'q' or 'Q')
                {
                    kind = "16";
                }
                i = j;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }
            }
        }
        var body = text[start..i];
        var suffix = ReadKindSuffix(text, ref i);
        kind = suffix ?? kind;
        return new Token(isReal ? TokenKind.RealLiteral : TokenKind.IntegerLiteral, body, start, kind);
    }

    private static string? ReadKindSuffix(string text, ref int i)
    {
        if (i + 1 < text.Length && text[i] == '_' && (char.IsLetterOrDigit(text[i + 1])))
        {
            int s = ++i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }
            return text[s..i].ToLowerInvariant();
        }
        return null;
    }

    private static bool IsDotOperatorAt(string text, int i)
    {
        int end = text.IndexOf('.', i + 1);
        if (end <= i + 1)
        {
            return false;
        }
        var word = text[(i + 1)..end];
        return DotOperators.ContainsKey(word) || word.Equals("true", StringComparison.OrdinalIgnoreCase) || word.Equals("false", StringComparison.OrdinalIgnoreCase);
    }

    private static string ReadString(string text, ref int i, int line)
    {
        char quote = text[i++];
        var sb = new StringBuilder();
        while (true)
        {
            if (i >= text.Length)
            {
                throw new FortranSyntaxException("unterminated character literal", line, i);
            }
            if (text[i] == quote)
            {
                if (i + 1 < text.Length && text[i + 1] == quote)
                {
                    sb.Append(quote);
                    i += 2;
                    continue;
                }
                i++;
                return sb.ToString();
            }
            sb.Append(text[i++]);
        }
    }

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
