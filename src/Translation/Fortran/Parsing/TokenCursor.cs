using CodeIntel.Translation.Fortran.Lexing;

namespace CodeIntel.Translation.Fortran.Parsing;

/// <summary>A position in the tokens of one logical line, with the line number for error messages.</summary>
internal sealed class TokenCursor
{
    private readonly List<Token> _tokens;

    public TokenCursor(List<Token> tokens, int line)
    {
        _tokens = tokens;
        Line = line;
    }

    public int Line { get; }

    public int Position { get; set; }

    public Token Peek(int ahead = 0) => _tokens[Math.Min(Position + ahead, _tokens.Count - 1)];

    public Token Next() => _tokens[Math.Min(Position++, _tokens.Count - 1)];

    public bool AtEnd => Peek().Kind == TokenKind.End;

    public bool Accept(string text)
    {
        if (Peek().Is(text))
        {
            Position++;
            return true;
        }
        return false;
    }

    public void Expect(string text)
    {
        if (!Accept(text))
        {
            throw Error($"expected '{text}' but found '{Peek().Text}'");
        }
    }

    public string ExpectName()
    {
        var t = Next();
        if (t.Kind != TokenKind.Identifier)
        {
            throw Error($"expected a name but found '{t.Text}'");
        }
        return t.Text;
    }

    public FortranSyntaxException Error(string message) => new(message, Line, Peek().Column);

    /// <summary>Index of the token closing the parenthesis opened at <paramref name="open"/>, or -1.</summary>
    public int MatchingParen(int open)
    {
        int depth = 0;
        for (int i = open; i < _tokens.Count; i++)
        {
            if (_tokens[i].Is("(") || _tokens[i].Is("(/"))
            {
                depth++;
            }
            else if (_tokens[i].Is(")") || _tokens[i].Is("/)"))
            {
                depth--;
                if (depth == 0)
                {
                    return i;
                }
            }
        }
        return -1;
    }

    public Token At(int index) => _tokens[Math.Min(index, _tokens.Count - 1)];

    /// <summary>Whether a top-level <c>=</c> (not inside parentheses) follows, i.e. the line is an assignment.</summary>
    public bool HasTopLevel(string op)
    {
        int depth = 0;
        for (int i = Position; i < _tokens.Count; i++)
        {
            var t = _tokens[i];
            if (t.Is("(") || t.Is("(/"))
            {
                depth++;
            }
            else if (t.Is(")") || t.Is("/)"))
            {
                depth--;
            }
            else if (depth == 0 && t.Is(op))
            {
                return true;
            }
        }
        return false;
    }
}
