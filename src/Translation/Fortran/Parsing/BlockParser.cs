using CodeIntel.Translation.Fortran.Lexing;
using CodeIntel.Translation.Fortran.Syntax;

namespace CodeIntel.Translation.Fortran.Parsing;

/// <summary>
/// Builds nested constructs from the line-level statements: program units, IF/DO/SELECT blocks, labelled DO loops
/// ending on a shared label, and OpenMP blocks (loop directives take the next DO; END directives are matched by name).
/// </summary>
internal sealed class BlockParser
{
    private readonly List<Stmt> _stmts;
    private int _pos;
    private string? _endedLabel;

    public BlockParser(IEnumerable<Stmt> stmts)
    {
        _stmts = stmts.ToList();
    }

    public List<ProgramUnit> ParseUnits()
    {
        var units = new List<ProgramUnit>();
        while (_pos < _stmts.Count)
        {
            if (_stmts[_pos] is UnitStart start)
            {
                _pos++;
                units.Add(ParseUnit(start));
            }
            else
            {
                // A main program without a PROGRAM statement.
                units.Add(ParseUnit(new UnitStart(UnitKind.Program, "main", [], null, null) { Line = _stmts[_pos].Line }));
            }
        }
        return units;
    }

    private ProgramUnit ParseUnit(UnitStart start)
    {
        var (block, end) = ReadBlock(s => s is UnitEnd or ContainsMarker, null);
        var contains = new List<ProgramUnit>();
        if (end is ContainsMarker)
        {
            while (_pos < _stmts.Count && _stmts[_pos] is not UnitEnd)
            {
                if (_stmts[_pos] is not UnitStart inner)
                {
                    throw Error(_stmts[_pos], "only procedures may follow CONTAINS");
                }
                _pos++;
                contains.Add(ParseUnit(inner));
            }
            end = _pos < _stmts.Count ? _stmts[_pos++] : null;
        }
        if (end is null && start.Source.Length > 0)
        {
            throw Error(start, $"{start.Kind.ToString().ToUpperInvariant()} {start.Name} has no END statement");
        }
        var specs = block.Where(IsSpecification).ToList();
        var body = block.Where(s => !IsSpecification(s)).ToList();
        return new ProgramUnit(start.Kind, start.Name, start.Params, start.Result, start.Prefix, specs, body, contains, start.Line, end?.Line ?? start.Line);
    }

    private static bool IsSpecification(Stmt s) => s is DeclStmt or ImplicitStmt or UseStmt or AttrStmt or ParameterStmt;

    private static FortranSyntaxException Error(Stmt s, string message) => new(message, s.Line, 0);

    private (List<Stmt> Body, Stmt? End) ReadBlock(Func<Stmt, bool> isEnd, string? doLabel)
    {
        var body = new List<Stmt>();
        while (_pos < _stmts.Count)
        {
            var s = _stmts[_pos];
            if (isEnd(s))
            {
                _pos++;
                return (body, s);
            }
            if (s is UnitEnd or ContainsMarker or UnitStart)
            {
                // The unit ends inside an open construct: the construct's opener reports what is missing.
                return (body, null);
            }
            var built = ParseOne();
            if (doLabel is not null && built.Label == doLabel)
            {
                if (built is not ContinueStmt)
                {
                    body.Add(built);
                }
                _endedLabel = doLabel;
                return (body, built);
            }
            body.Add(built);
            if (doLabel is not null && _endedLabel == doLabel)
            {
                return (body, built);
            }
        }
        return (body, null);
    }

    private Stmt ParseOne()
    {
        var s = _stmts[_pos++];
        switch (s)
        {
            case IfThen ifThen:
                return ParseIf(ifThen);
            case DoStart doStart:
                return ParseDo(doStart);
            case SelectStart select:
                return ParseSelect(select);
            case OmpDirective omp:
                return ParseOmp(omp);
            case Marker m:
                throw Error(m, $"'{m.Source}' does not close an open construct");
            default:
                return s;
        }
    }

    private IfStmt ParseIf(IfThen start)
    {
        var branches = new List<(Expr, IReadOnlyList<Stmt>)>();
        var cond = start.Cond;
        while (true)
        {
            var (body, end) = ReadBlock(s => s is ElseIf or ElseMarker or EndIf, null);
            branches.Add((cond, body));
            switch (end)
            {
                case ElseIf elseIf:
                    cond = elseIf.Cond;
                    continue;
                case ElseMarker:
                    var (elseBody, _) = ReadBlock(s => s is EndIf, null);
                    return new IfStmt(branches, elseBody) { Line = start.Line, EndLine = start.EndLine, Label = start.Label, Source = start.Source, Comment = start.Comment };
                case EndIf:
                    return new IfStmt(branches, null) { Line = start.Line, EndLine = start.EndLine, Label = start.Label, Source = start.Source, Comment = start.Comment };
                default:
                    throw Error(start, "IF has no END IF");
            }
        }
    }

    private Stmt ParseDo(DoStart start)
    {
        _endedLabel = null;
        var (body, end) = start.DoLabel is null ? ReadBlock(s => s is EndDo, null) : ReadBlock(_ => false, start.DoLabel);
        if (end is null)
        {
            throw Error(start, start.DoLabel is null ? "DO has no END DO" : $"DO {start.DoLabel} has no statement labelled {start.DoLabel}");
        }
        if (start.DoLabel is null)
        {
            _endedLabel = null;
        }
        Stmt loop = start.Var is null
            ? new DoWhileStmt(start.While, body, start.ConstructName)
            : new DoStmt(start.Var, start.Lo!, start.Hi!, start.Step, body, start.DoLabel, start.ConstructName);
        return loop with { Line = start.Line, EndLine = end.EndLine, Label = start.Label, Source = start.Source, Comment = start.Comment };
    }

    private SelectCaseStmt ParseSelect(SelectStart start)
    {
        var cases = new List<CaseBlock>();
        while (_pos < _stmts.Count && _stmts[_pos] is not CaseMarker and not EndSelect)
        {
            _pos++;
        }
        while (_pos < _stmts.Count && _stmts[_pos] is CaseMarker marker)
        {
            _pos++;
            var (body, end) = ReadBlock(s => s is CaseMarker or EndSelect, null);
            cases.Add(new CaseBlock(marker.Selectors, body));
            if (end is EndSelect)
            {
                return new SelectCaseStmt(start.Selector, cases) { Line = start.Line, EndLine = end.Line, Source = start.Source, Label = start.Label };
            }
            _pos--;
        }
        if (_pos < _stmts.Count && _stmts[_pos] is EndSelect)
        {
            _pos++;
            return new SelectCaseStmt(start.Selector, cases) { Line = start.Line, Source = start.Source, Label = start.Label };
        }
        throw Error(start, "SELECT CASE has no END SELECT");
    }

    private OmpStmt ParseOmp(OmpDirective start)
    {
        OmpStmt Make(IReadOnlyList<Stmt>? body, int endLine) =>
            new(start.Name, start.Clauses, body) { Line = start.Line, EndLine = endLine, Source = start.Source, Comment = start.Comment };

        if (OmpNames.IsStandalone(start.Name, start.Clauses))
        {
            return Make(null, start.EndLine);
        }
        if (OmpNames.IsLoop(start.Name) || start.Name == "atomic")
        {
            if (_pos >= _stmts.Count)
            {
                throw Error(start, $"!$omp {start.Name} is not followed by a statement");
            }
            if (OmpNames.IsLoop(start.Name) && _stmts[_pos] is not DoStart)
            {
                throw Error(start, $"!$omp {start.Name} must be followed by a DO loop");
            }
            var inner = ParseOne();
            if (_pos < _stmts.Count && _stmts[_pos] is OmpEnd end && end.Name == start.Name)
            {
                _pos++;
                return Make([inner], end.EndLine) with { EndClauses = end.Clauses };
            }
            return Make([inner], inner.EndLine);
        }
        var firstWord = start.Name.Split(' ')[0];
        if (start.Name is "sections" or "parallel sections")
        {
            var sections = new List<Stmt>();
            var current = new List<Stmt>();
            int sectionLine = start.Line;
            while (_pos < _stmts.Count)
            {
                var s = _stmts[_pos];
                if (s is OmpDirective { Name: "section" } || s is OmpEnd { Name: var n } && n == start.Name)
                {
                    _pos++;
                    if (current.Count > 0 || s is OmpDirective)
                    {
                        if (current.Count > 0 || sections.Count > 0 || s is OmpEnd)
                        {
                            sections.Add(new OmpStmt("section", "", current) { Line = sectionLine });
                        }
                    }
                    current = [];
                    sectionLine = s.Line;
                    if (s is OmpEnd end)
                    {
                        return Make(sections, end.EndLine) with { EndClauses = end.Clauses };
                    }
                    continue;
                }
                current.Add(ParseOne());
            }
            throw Error(start, $"!$omp {start.Name} has no !$omp end {start.Name}");
        }
        var (body, endStmt) = ReadBlock(s => s is OmpEnd e && (e.Name == start.Name || e.Name.Split(' ')[0] == firstWord), null);
        if (endStmt is not OmpEnd closing)
        {
            throw Error(start, $"!$omp {start.Name} has no !$omp end {start.Name}");
        }
        return Make(body, closing.EndLine) with { EndClauses = closing.Clauses };
    }
}
