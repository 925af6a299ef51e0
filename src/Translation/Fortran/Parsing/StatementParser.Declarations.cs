using CodeIntel.Translation.Fortran.Lexing;
using CodeIntel.Translation.Fortran.Syntax;

namespace CodeIntel.Translation.Fortran.Parsing;

internal static partial class StatementParser
{
    /// <summary><c>integer</c>, <c>real(8)</c>, <c>real(kind=dp)</c>, <c>real*8</c>, <c>double precision</c>, <c>character(len=10)</c>, <c>character*10</c>.</summary>
    private static TypeSpec ParseTypeSpec(TokenCursor c)
    {
        var word = c.ExpectName();
        if (word is "double" or "doubleprecision")
        {
            if (word == "double" && !c.Accept("precision"))
            {
                throw c.Error("expected DOUBLE PRECISION");
            }
            return new TypeSpec("real", new IntLit("8", null), null);
        }
        if (word == "type")
        {
            throw c.Error("derived types are not supported");
        }
        Expr? kind = null, len = null;
        if (c.Accept("*"))
        {
            var size = c.Peek().Is("(") ? ParenExpr(c) : new IntLit(c.Next().Text, null);
            if (word == "character")
            {
                len = size;
            }
            else
            {
                kind = word == "complex" && size is IntLit { Text: var t } ? new IntLit((int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture), null) : size;
            }
        }
        else if (c.Peek().Is("("))
        {
            foreach (var arg in ExpressionParser.Arguments(c))
            {
                switch (arg)
                {
                    case KeywordArg { Name: "len" } k:
                        len = k.Value;
                        break;
                    case KeywordArg { Name: "kind" } k:
                        kind = k.Value;
                        break;
                    default:
                        if (word == "character" && len is null)
                        {
                            len = arg;
                        }
                        else
                        {
                            kind = arg;
                        }
                        break;
                }
            }
        }
        return new TypeSpec(word, kind, len);
    }

    private static DeclStmt ParseDeclaration(TokenCursor c)
    {
        TypeSpec? type = null;
        var attributes = new List<string>();
        IReadOnlyList<DimSpec>? dimension = null;
        string? intent = null;
        if (c.Peek().Text is "dimension" or "allocatable" && !c.Peek(1).Is(","))
        {
            // The DIMENSION a(10) / ALLOCATABLE a(:) statement forms.
            attributes.Add(c.Next().Text);
            c.Accept("::");
        }
        else
        {
            type = ParseTypeSpec(c);
            while (c.Accept(","))
            {
                var attr = c.ExpectName();
                switch (attr)
                {
                    case "dimension":
                        dimension = ParseDims(c);
                        break;
                    case "intent":
                        c.Expect("(");
                        intent = c.ExpectName();
                        if (intent == "in" && c.Accept("out"))
                        {
                            intent = "inout";
                        }
                        c.Expect(")");
                        break;
                    default:
                        attributes.Add(attr);
                        break;
                }
            }
            c.Accept("::");
        }
        var entities = new List<Entity>();
        while (!c.AtEnd)
        {
            var name = c.ExpectName();
            IReadOnlyList<DimSpec>? dims = c.Peek().Is("(") ? ParseDims(c) : null;
            Expr? len = null;
            if (c.Accept("*"))
            {
                len = c.Peek().Is("(") ? ParenExpr(c) : new IntLit(c.Next().Text, null);
            }
            Expr? init = null;
            if (c.Accept("=") || c.Accept("=>"))
            {
                init = ExpressionParser.Parse(c);
            }
            entities.Add(new Entity(name, dims, init, len));
            if (!c.Accept(",") && !c.AtEnd)
            {
                throw c.Error($"unexpected '{c.Peek().Text}' in a declaration");
            }
        }
        return new DeclStmt(type, attributes, dimension, intent, entities);
    }

    private static List<DimSpec> ParseDims(TokenCursor c)
    {
        c.Expect("(");
        var dims = new List<DimSpec>();
        while (true)
        {
            Expr? lo = null, hi;
            bool assumed = false;
            if (c.Peek().Is("*"))
            {
                c.Next();
                hi = null;
                assumed = true;
            }
            else if (c.Peek().Is(":"))
            {
                hi = null;
            }
            else
            {
                hi = ExpressionParser.Parse(c);
            }
            if (c.Accept(":"))
            {
                lo = hi;
                hi = null;
                if (c.Accept("*"))
                {
                    assumed = true;
                }
                else if (!c.Peek().Is(",") && !c.Peek().Is(")"))
                {
                    hi = ExpressionParser.Parse(c);
                }
            }
            dims.Add(new DimSpec(lo, hi, assumed));
            if (c.Accept(")"))
            {
                return dims;
            }
            c.Expect(",");
        }
    }

    private static Stmt ParsePrint(TokenCursor c)
    {
        c.Next();
        var format = FormatSpec(ExpressionParser.Parse(c));
        var items = new List<Expr>();
        while (c.Accept(","))
        {
            items.Add(ExpressionParser.Parse(c));
        }
        return End(c, new WriteStmt(null, format, items, null));
    }

    private static Expr? FormatSpec(Expr e) => e is Star ? null : e;

    private static Stmt ParseIo(TokenCursor c, string word)
    {
        c.Next();
        var control = ExpressionParser.Arguments(c);
        Expr? unit = null, format = null, iostat = null;
        int positional = 0;
        foreach (var arg in control)
        {
            switch (arg)
            {
                case KeywordArg { Name: "unit" } k:
                    unit = k.Value;
                    break;
                case KeywordArg { Name: "fmt" } k:
                    format = FormatSpec(k.Value);
                    break;
                case KeywordArg { Name: "iostat" } k:
                    iostat = k.Value;
                    break;
                case KeywordArg k:
                    throw c.Error($"the I/O specifier {k.Name}= is not supported");
                default:
                    if (positional++ == 0)
                    {
                        unit = arg;
                    }
                    else
                    {
                        format = FormatSpec(arg);
                    }
                    break;
            }
        }
        if (positional == 1 && format is null && !control.OfType<KeywordArg>().Any(k => k.Name == "fmt"))
        {
            throw c.Error("unformatted I/O is not supported");
        }
        c.Accept(",");
        var items = new List<Expr>();
        while (!c.AtEnd)
        {
            items.Add(ExpressionParser.Parse(c));
            if (!c.Accept(","))
            {
                break;
            }
        }
        return End(c, word == "write" ? new WriteStmt(unit, format, items, iostat) : new ReadStmt(unit, format, items, iostat));
    }
}
