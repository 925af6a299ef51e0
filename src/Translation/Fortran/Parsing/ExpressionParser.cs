using CodeIntel.Translation.Fortran.Lexing;
using CodeIntel.Translation.Fortran.Syntax;
using Range = CodeIntel.Translation.Fortran.Syntax.Range;

namespace CodeIntel.Translation.Fortran.Parsing;

/// <summary>
/// Recursive descent over Fortran's expression grammar, lowest precedence first:
/// <c>.eqv.</c>/<c>.neqv.</c>, <c>.or.</c>, <c>.and.</c>, <c>.not.</c>, relations, <c>//</c>, <c>+ -</c>, <c>* /</c>, <c>**</c> (right-associative).
/// </summary>
internal static class ExpressionParser
{
    public static Expr Parse(TokenCursor c) => Equivalence(c);

    private static Expr Equivalence(TokenCursor c) => LeftAssociative(c, Or, ".eqv.", ".neqv.");

    private static Expr Or(TokenCursor c) => LeftAssociative(c, And, ".or.");

    private static Expr And(TokenCursor c) => LeftAssociative(c, Not, ".and.");

    /// <summary>One precedence level of left-associative binary operators: <c>next (op next)*</c>.</summary>
    private static Expr LeftAssociative(TokenCursor c, Func<TokenCursor, Expr> next, params string[] operators) =>
        Continue(c, next(c), next, operators);

    private static Expr Continue(TokenCursor c, Expr left, Func<TokenCursor, Expr> next, string[] operators)
    {
        while (operators.Any(c.Peek().Is))
        {
            var op = c.Next().Text;
            left = new Binary(op, left, next(c));
        }
        return left;
    }

    private static Expr Not(TokenCursor c) => c.Accept(".not.") ? new Unary(".not.", Not(c)) : Relation(c);

    private static readonly string[] Relations = ["==", "/=", "<", "<=", ">", ">="];

    private static Expr Relation(TokenCursor c)
    {
        var left = Concat(c);
        var t = c.Peek();
        if (t.Kind == TokenKind.Operator && Relations.Contains(t.Text))
        {
            c.Next();
            return new Binary(t.Text, left, Concat(c));
        }
        return left;
    }

    private static Expr Concat(TokenCursor c) => LeftAssociative(c, Additive, "//");

    private static Expr Additive(TokenCursor c)
    {
        // A leading sign applies to the first term only: -a + b is (-a) + b.
        var first = c.Peek().Is("-") || c.Peek().Is("+") ? new Unary(c.Next().Text, Multiplicative(c)) : Multiplicative(c);
        return Continue(c, first, Multiplicative, ["+", "-"]);
    }

    private static Expr Multiplicative(TokenCursor c) => LeftAssociative(c, Power, "*", "/");

    private static Expr Power(TokenCursor c)
    {
        var b = Primary(c);
        if (c.Accept("**"))
        {
            // gfortran accepts a signed exponent (a**-2).
            var exponent = c.Peek().Is("-") || c.Peek().Is("+") ? new Unary(c.Next().Text, Power(c)) : Power(c);
            return new Binary("**", b, exponent);
        }
        return b;
    }

    private static Expr Primary(TokenCursor c)
    {
        var t = c.Next();
        Expr e;
        switch (t.Kind)
        {
            case TokenKind.IntegerLiteral:
                e = new IntLit(t.Text, t.KindSuffix);
                break;
            case TokenKind.RealLiteral:
                e = new RealLit(t.Text, t.KindSuffix);
                break;
            case TokenKind.StringLiteral:
                e = new StrLit(t.Text);
                break;
            case TokenKind.Logical:
                e = new BoolLit(t.Text == "true");
                break;
            case TokenKind.Identifier:
                e = c.Peek().Is("(") ? new Apply(t.Text, Arguments(c)) : new NameRef(t.Text);
                break;
            case TokenKind.Operator when t.Text == "(/":
                e = new ArrayCtor(List(c, "/)"));
                break;
            case TokenKind.Operator when t.Text == "[":
                e = new ArrayCtor(List(c, "]"));
                break;
            case TokenKind.Operator when t.Text == "(":
                e = ParenOrImpliedDo(c);
                break;
            case TokenKind.Operator when t.Text == "*":
                return new Star();
            default:
                throw new FortranSyntaxException($"expected an expression but found '{t.Text}'", c.Line, t.Column);
        }
        while (c.Peek().Is("%"))
        {
            c.Next();
            e = new Component(e, c.ExpectName());
            if (c.Peek().Is("("))
            {
                throw c.Error("subscripted derived-type components are not supported");
            }
        }
        return e;
    }

    /// <summary>After '(': a parenthesised expression, an implied-do, or a complex constant (unsupported, parsed as implied list).</summary>
    private static Expr ParenOrImpliedDo(TokenCursor c)
    {
        var items = new List<Expr> { Parse(c) };
        if (c.Accept(")"))
        {
            return new Paren(items[0]);
        }
        while (c.Accept(","))
        {
            if (c.Peek().Kind == TokenKind.Identifier && c.Peek(1).Is("=") && !c.Peek(1).Is("=="))
            {
                var v = c.ExpectName();
                c.Expect("=");
                var lo = Parse(c);
                c.Expect(",");
                var hi = Parse(c);
                Expr? step = c.Accept(",") ? Parse(c) : null;
                c.Expect(")");
                return new ImpliedDo(items, v, lo, hi, step);
            }
            items.Add(Parse(c));
        }
        c.Expect(")");
        throw c.Error("complex constants and parenthesised lists are not supported here");
    }

    private static List<Expr> List(TokenCursor c, string close) => Delimited(c, close, Parse);

    /// <summary>Arguments or subscripts in parentheses: expressions, sections <c>lo:hi:st</c>, keyword arguments.</summary>
    public static List<Expr> Arguments(TokenCursor c)
    {
        c.Expect("(");
        return Delimited(c, ")", Argument);
    }

    /// <summary>Comma-separated items up to <paramref name="close"/> (consumed); the opening token is already read.</summary>
    private static List<Expr> Delimited(TokenCursor c, string close, Func<TokenCursor, Expr> item)
    {
        var items = new List<Expr>();
        if (c.Accept(close))
        {
            return items;
        }
        do
        {
            items.Add(item(c));
        }
        while (c.Accept(","));
        c.Expect(close);
        return items;
    }

    private static Expr Argument(TokenCursor c)
    {
        if (c.Peek().Kind == TokenKind.Identifier && c.Peek(1).Is("="))
        {
            var name = c.ExpectName();
            c.Expect("=");
            return new KeywordArg(name, Parse(c));
        }
        Expr? lo = c.Peek().Is(":") ? null : Parse(c);
        if (!c.Peek().Is(":"))
        {
            return lo!;
        }
        c.Next();
        Expr? hi = c.Peek().Is(",") || c.Peek().Is(")") || c.Peek().Is(":") ? null : Parse(c);
        Expr? stride = c.Accept(":") ? Parse(c) : null;
        return new Range(lo, hi, stride);
    }
}
