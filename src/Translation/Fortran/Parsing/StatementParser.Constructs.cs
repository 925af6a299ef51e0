using CodeIntel.Translation.Fortran.Lexing;
using CodeIntel.Translation.Fortran.Syntax;

namespace CodeIntel.Translation.Fortran.Parsing;

internal static partial class StatementParser
{
    private static UnitStart ParseUnitStart(TokenCursor c, TypeSpec? prefix)
    {
        while (c.Peek().Text is "recursive" or "pure" or "elemental" or "impure" or "module" && c.Peek().Kind == TokenKind.Identifier)
        {
            c.Next();
        }
        if (prefix is null && TypeWords.Contains(c.Peek().Text) && c.Peek().Kind == TokenKind.Identifier)
        {
            prefix = ParseTypeSpec(c);
            while (c.Peek().Text is "recursive" or "pure" or "elemental")
            {
                c.Next();
            }
        }
        var kindWord = c.ExpectName();
        var kind = kindWord switch
        {
            "subroutine" => UnitKind.Subroutine,
            "function" => UnitKind.Function,
            _ => throw c.Error($"expected SUBROUTINE or FUNCTION but found '{kindWord}'"),
        };
        var name = c.ExpectName();
        var parameters = new List<string>();
        if (c.Accept("("))
        {
            while (!c.Accept(")"))
            {
                parameters.Add(c.Peek().Is("*") ? c.Next().Text : c.ExpectName());
                c.Accept(",");
            }
        }
        string? result = null;
        if (c.Accept("result"))
        {
            c.Expect("(");
            result = c.ExpectName();
            c.Expect(")");
        }
        return new UnitStart(kind, name, parameters, result, prefix);
    }

    private static bool IsFunctionAfterType(TokenCursor c)
    {
        int save = c.Position;
        try
        {
            ParseTypeSpec(c);
            while (c.Peek().Text is "recursive" or "pure" or "elemental")
            {
                c.Next();
            }
            return c.Peek().Is("function");
        }
        catch (FortranSyntaxException)
        {
            return false;
        }
        finally
        {
            c.Position = save;
        }
    }

    private static ImplicitStmt ParseImplicit(TokenCursor c)
    {
        c.Next();
        if (c.Accept("none"))
        {
            return new ImplicitStmt(true, []);
        }
        var rules = new List<(char, char, TypeSpec)>();
        while (!c.AtEnd)
        {
            var type = ParseTypeSpec(c);
            c.Expect("(");
            while (!c.Accept(")"))
            {
                var from = c.ExpectName()[0];
                var to = c.Accept("-") ? c.ExpectName()[0] : from;
                rules.Add((from, to, type));
                c.Accept(",");
            }
            c.Accept(",");
        }
        return new ImplicitStmt(false, rules);
    }

    private static Stmt ParseIf(TokenCursor c, string text, int lineNo)
    {
        c.Next();
        int open = c.Position;
        int close = c.MatchingParen(open);
        if (close < 0)
        {
            throw c.Error("unbalanced parentheses in IF");
        }
        var cond = ParenExpr(c);
        if (c.Accept("then"))
        {
            return End(c, new IfThen(cond));
        }
        // Logical IF: the rest of the line is one statement.
        var rest = text[c.Peek().Column..];
        var inner = ParseStatement(rest, lineNo) with { Line = lineNo, EndLine = lineNo, Source = rest };
        if (inner is Marker)
        {
            throw c.Error("a logical IF must hold a simple statement");
        }
        return new IfStmt([(cond, [inner])], null);
    }

    private static Stmt ParseDo(TokenCursor c, string? construct)
    {
        c.Next();
        string? label = null;
        if (c.Peek().Kind == TokenKind.IntegerLiteral)
        {
            label = c.Next().Text;
            c.Accept(",");
        }
        if (c.AtEnd)
        {
            return new DoStart(null, null, null, null, null, label, construct);
        }
        if (c.Accept("while"))
        {
            return End(c, new DoStart(null, null, null, null, ParenExpr(c), label, construct));
        }
        var v = c.ExpectName();
        c.Expect("=");
        var lo = ExpressionParser.Parse(c);
        c.Expect(",");
        var hi = ExpressionParser.Parse(c);
        Expr? step = c.Accept(",") ? ExpressionParser.Parse(c) : null;
        return End(c, new DoStart(v, lo, hi, step, null, label, construct));
    }

    private static Stmt ParseEnd(TokenCursor c)
    {
        c.Next();
        if (c.AtEnd)
        {
            return new UnitEnd(null);
        }
        var what = c.ExpectName();
        return what switch
        {
            "do" => new EndDo(),
            "if" => new EndIf(),
            "select" => new EndSelect(),
            "program" or "module" or "subroutine" or "function" => new UnitEnd(what),
            _ => throw c.Error($"END {what.ToUpperInvariant()} is not supported"),
        };
    }

    private static Stmt ParseParameter(TokenCursor c)
    {
        c.Next();
        c.Expect("(");
        var items = new List<(string, Expr)>();
        while (!c.Accept(")"))
        {
            var name = c.ExpectName();
            c.Expect("=");
            items.Add((name, ExpressionParser.Parse(c)));
            c.Accept(",");
        }
        return End(c, new ParameterStmt(items));
    }

    private static Stmt ParseAllocation(TokenCursor c, string word)
    {
        c.Next();
        var args = ExpressionParser.Arguments(c);
        End(c, new ContinueStmt());
        Expr? stat = args.OfType<KeywordArg>().FirstOrDefault(k => k.Name == "stat")?.Value;
        var items = args.Where(a => a is not KeywordArg).ToList();
        if (word == "nullify")
        {
            return new NullifyStmt(items);
        }
        if (word == "deallocate")
        {
            return new DeallocateStmt(items, stat);
        }
        var applies = items.Select(i => i as Apply ?? throw c.Error("ALLOCATE needs a shape, e.g. allocate(a(n))")).ToList();
        return new AllocateStmt(applies, stat);
    }
}
