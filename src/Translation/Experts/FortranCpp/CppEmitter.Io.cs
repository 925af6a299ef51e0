using CodeIntel.Translation.Fortran.Semantics;
using CodeIntel.Translation.Fortran.Syntax;

namespace CodeIntel.Translation.Experts.FortranCpp;

internal sealed partial class CppEmitter
{
    private void EmitWrite(WriteStmt w)
    {
        _sections.Add("io");
        bool internalUnit = w.Unit is NameRef or Apply && TypeOf(w.Unit).IsCharacter;
        if (w.Unit is IntLit { Text: var u } && u != "6" && u != "0")
        {
            throw new UntranslatableException($"WRITE to unit {u} is not translated (only the screen and character variables)");
        }
        var format = FormatText(w.Format);
        bool simple = w.Items.All(i => i is not ImpliedDo && !(i is NameRef n && IsArrayName(n.Name)));
        string items = simple ? string.Join(", ", w.Items.Select(ItemCode)) : "";
        if (internalUnit)
        {
            var target = Expr(w.Unit!);
            if (!simple)
            {
                throw new UntranslatableException("an internal WRITE of arrays or implied-do lists is not translated");
            }
            _out.Line(format is null
                ? $"{target} = ftn::list_line(ftn::record{{{items}}}).substr(1);{Trailing(w)}"
                : $"{target} = ftn::format({format}{(items.Length > 0 ? ", " + items : "")});{Trailing(w)}");
            if (format is not null)
            {
                _sections.Add("format");
            }
            return;
        }
        if (simple)
        {
            if (format is null)
            {
                _out.Line($"ftn::print({items});{Trailing(w)}");
            }
            else
            {
                _sections.Add("format");
                _out.Line($"ftn::printf_fmt({format}{(items.Length > 0 ? ", " + items : "")});{Trailing(w)}");
            }
            return;
        }
        // Implied-do lists and whole arrays: gather the record, then write it as one statement would.
        var rec = Temp("record");
        _out.Open("", Trailing(w));
        _out.Line($"ftn::record {rec};");
        foreach (var item in w.Items)
        {
            EmitItem(rec, item);
        }
        if (format is null)
        {
            _out.Line($"ftn::print_record({rec});");
        }
        else
        {
            _sections.Add("format");
            _out.Line($"ftn::print_fmt_record({format}, {rec});");
        }
        _out.Close();
    }

    private string ItemCode(Expr item) => Expr(item);

    private void EmitItem(string rec, Expr item)
    {
        switch (item)
        {
            case ImpliedDo d:
                var v = VarId(d.Var);
                var step = d.Step is null ? "++" + v : $"{v} += {Expr(d.Step)}";
                _out.Open($"for ({v} = {Expr(d.Lo)}; {v} <= {Expr(d.Hi)}; {step})");
                foreach (var inner in d.Items)
                {
                    EmitItem(rec, inner);
                }
                _out.Close();
                break;
            case NameRef n when IsArrayName(n.Name):
                var k = Temp("k");
                _out.Line($"for (long {k} = 0; {k} < {VarId(n.Name)}.size(); ++{k}) {rec}.push_back({VarId(n.Name)}.flat({k}));");
                break;
            default:
                _out.Line($"{rec}.push_back({ItemCode(item)});");
                break;
        }
    }

    /// <summary>The C++ string holding the format: a literal, a FORMAT statement's text by label, or a character variable.</summary>
    private string? FormatText(Expr? format)
    {
        switch (format)
        {
            case null:
                return null;
            case StrLit s:
                return CppString(s.Value);
            case IntLit label:
                var stmt = AstWalk.Statements(_scope.Unit.Body).OfType<FormatStmt>().FirstOrDefault(f => f.Label == label.Text)
                    ?? throw new UntranslatableException($"no FORMAT statement is labelled {label.Text}");
                return CppString(stmt.Text);
            default:
                if (TypeOf(format).IsCharacter)
                {
                    return $"std::string({Expr(format)})";
                }
                throw new UntranslatableException("this format specifier is not supported");
        }
    }

    private void EmitRead(ReadStmt r)
    {
        _sections.Add("io");
        bool internalUnit = r.Unit is NameRef or Apply && TypeOf(r.Unit).IsCharacter;
        if (internalUnit)
        {
            if (r.Items.Count != 1)
            {
                throw new UntranslatableException("an internal READ of more than one item is not translated");
            }
            _sections.Add("format");
            var call = $"ftn::read_value(std::string({Expr(r.Unit!)}), {Expr(r.Items[0])})";
            _out.Line(r.IoStat is null ? call + ";" : $"{Expr(r.IoStat)} = {call};");
            return;
        }
        if (r.Unit is not (null or Star or IntLit { Text: "5" }) || r.Format is not null)
        {
            throw new UntranslatableException("only list-directed READ from the keyboard and internal READ are translated");
        }
        _out.Line($"std::cin >> {string.Join(" >> ", r.Items.Select(x => Expr(x)))};");
        if (r.IoStat is not null)
        {
            _out.Line($"{Expr(r.IoStat)} = std::cin ? 0 : -1;");
        }
    }
}
