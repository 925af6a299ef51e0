using CodeIntel.Translation.Fortran.Lexing;
using CodeIntel.Translation.Fortran.Syntax;

namespace CodeIntel.Translation.Fortran.Parsing;

/// <summary>
/// Reads one logical line into a statement, or into a <see cref="Marker"/> that opens or closes a construct. Fortran
/// keywords are not reserved, so a line is an assignment when a top-level <c>=</c> follows a designator.
/// </summary>
internal static partial class StatementParser
{
    private static readonly HashSet<string> TypeWords = ["integer", "real", "double", "doubleprecision", "logical", "character", "complex", "type"];

    public static Stmt Parse(LogicalLine line)
    {
        Stmt stmt;
        try
        {
            stmt = line.IsDirective ? ParseDirective(line) : ParseStatement(line.Text, line.Line);
        }
        catch (FortranSyntaxException ex) when (!line.IsDirective)
        {
            stmt = new UnsupportedStmt(ex.Detail.Length > 0 ? ex.Detail : ex.Message);
        }
        return stmt with { Line = line.Line, EndLine = line.EndLine, Label = line.Label, Source = line.Text, Comment = line.Comment };
    }

    private static Stmt ParseDirective(LogicalLine line)
    {
        var text = line.Text.Trim();
        if (text.StartsWith("end", StringComparison.OrdinalIgnoreCase))
        {
            var (name, clauses) = OmpNames.Split(text[3..].TrimStart());
            return new OmpEnd(name, clauses);
        }
        var (n, c) = OmpNames.Split(text);
        return new OmpDirective(n, c);
    }

    private static Stmt ParseStatement(string text, int lineNo)
    {
        var tokens = Lexer.Tokenize(text, lineNo);
        var c = new TokenCursor(tokens, lineNo);
        string? construct = null;
        if (c.Peek().Kind == TokenKind.Identifier && c.Peek(1).Is(":") && c.Peek(2).Kind == TokenKind.Identifier)
        {
            construct = c.Next().Text;
            c.Next();
        }
        var first = c.Peek();
        if (first.Kind != TokenKind.Identifier)
        {
            throw c.Error($"a statement cannot start with '{first.Text}'");
        }
        // A designator followed by '=' or '=>' at the top level is an assignment, whatever its name.
        if (IsAssignment(c))
        {
            var target = ExpressionParser.Parse(c);
            if (c.Accept("=>"))
            {
                return new PointerAssignStmt(target, ExpressionParser.Parse(c));
            }
            c.Expect("=");
            var value = ExpressionParser.Parse(c);
            return End(c, new AssignStmt(target, value));
        }
        var word = first.Text;
        switch (word)
        {
            case "program":
                c.Next();
                return new UnitStart(UnitKind.Program, c.AtEnd ? "main" : c.ExpectName(), [], null, null);
            case "module" when !c.Peek(1).Is("procedure"):
                c.Next();
                return new UnitStart(UnitKind.Module, c.ExpectName(), [], null, null);
            case "subroutine":
            case "function":
            case "recursive":
            case "pure":
            case "elemental":
                return ParseUnitStart(c, null);
            case "contains":
                return new ContainsMarker();
            case "implicit":
                return ParseImplicit(c);
            case "use":
                c.Next();
                return new UseStmt(c.ExpectName());
            case "if":
                return ParseIf(c, text, lineNo);
            case "else":
            case "elseif":
                c.Next();
                if (word == "elseif" || c.Accept("if"))
                {
                    var cond = ParenExpr(c);
                    c.Accept("then");
                    return new ElseIf(cond);
                }
                return new ElseMarker();
            case "endif":
                return new EndIf();
            case "do":
                return ParseDo(c, construct);
            case "enddo":
                return new EndDo();
            case "select":
            case "selectcase":
                c.Next();
                c.Accept("case");
                return new SelectStart(ParenExpr(c));
            case "case":
                c.Next();
                if (c.Accept("default"))
                {
                    return new CaseMarker([]);
                }
                return new CaseMarker(ExpressionParser.Arguments(c));
            case "endselect":
                return new EndSelect();
            case "end":
                return ParseEnd(c);
            case "exit":
                c.Next();
                return new ExitStmt(c.AtEnd ? null : c.ExpectName());
            case "cycle":
                c.Next();
                return new CycleStmt(c.AtEnd ? null : c.ExpectName());
            case "return":
                return new ReturnStmt();
            case "stop":
                c.Next();
                return new StopStmt(c.AtEnd ? null : ExpressionParser.Parse(c));
            case "continue":
                return new ContinueStmt();
            case "call":
                c.Next();
                var name = c.ExpectName();
                return End(c, new CallStmt(name, c.Peek().Is("(") ? ExpressionParser.Arguments(c) : []));
            case "print":
                return ParsePrint(c);
            case "write":
            case "read":
                return ParseIo(c, word);
            case "format":
                return new FormatStmt(text[text.IndexOf('(', StringComparison.Ordinal)..].Trim());
            case "allocate":
            case "deallocate":
            case "nullify":
                return ParseAllocation(c, word);
            case "parameter":
                return ParseParameter(c);
            case "external":
            case "intrinsic":
            case "save":
            case "optional":
            case "target":
            case "private":
            case "public":
                c.Next();
                c.Accept("::");
                var names = new List<string>();
                while (!c.AtEnd)
                {
                    names.Add(c.ExpectName());
                    c.Accept(",");
                }
                return new AttrStmt(word, names);
            case "dimension":
            case "allocatable":
                return ParseDeclaration(c);
            case "goto":
            case "go":
                return new UnsupportedStmt("GO TO is not translated; restructure the jump as a loop or IF");
            case "common":
                return new UnsupportedStmt("COMMON blocks are not translated; use module variables");
            case "data":
                return new UnsupportedStmt("DATA statements are not translated; initialise in the declaration");
            case "equivalence":
                return new UnsupportedStmt("EQUIVALENCE is not translated");
        }
        if (TypeWords.Contains(word))
        {
            return IsFunctionAfterType(c) ? ParseUnitStart(c, ParseTypeSpec(c)) : ParseDeclaration(c);
        }
        return new UnsupportedStmt($"'{word}' statements are not supported");
    }

    private static Stmt End(TokenCursor c, Stmt stmt)
    {
        if (!c.AtEnd)
        {
            throw c.Error($"unexpected '{c.Peek().Text}' after the statement");
        }
        return stmt;
    }

    private static bool IsAssignment(TokenCursor c)
    {
        if (c.Peek().Kind != TokenKind.Identifier)
        {
            return false;
        }
        int i = c.Position + 1;
        while (true)
        {
            var t = c.At(i);
            if (t.Is("("))
            {
                int close = c.MatchingParen(i);
                if (close < 0)
                {
                    return false;
                }
                i = close + 1;
            }
            else if (t.Is("%") && c.At(i + 1).Kind == TokenKind.Identifier)
            {
                i += 2;
            }
            else
            {
                return t.Is("=") || t.Is("=>");
            }
        }
    }

    private static Expr ParenExpr(TokenCursor c)
    {
        c.Expect("(");
        var e = ExpressionParser.Parse(c);
        c.Expect(")");
        return e;
    }
}
