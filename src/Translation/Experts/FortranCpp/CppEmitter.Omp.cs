using System.Text;
using System.Text.RegularExpressions;
using CodeIntel.Translation.Fortran;
using CodeIntel.Translation.Fortran.Lexing;
using CodeIntel.Translation.Fortran.Parsing;
using CodeIntel.Translation.Fortran.Syntax;

namespace CodeIntel.Translation.Experts.FortranCpp;

internal sealed partial class CppEmitter
{
    /// <summary>Clauses whose argument is a Fortran expression that must itself be translated.</summary>
    private static readonly HashSet<string> ExpressionClauses =
        ["if", "num_threads", "final", "priority", "num_teams", "thread_limit", "device", "safelen", "simdlen", "collapse", "grainsize", "num_tasks", "ordered"];

    private void EmitOmp(OmpStmt omp)
    {
        _usesOmp = true;
        if (omp.Directive is "workshare" or "parallel workshare")
        {
            throw new UntranslatableException("WORKSHARE has no C++ form; rewrite the array statements as loops");
        }
        var name = Regex.Replace(omp.Directive, @"\bdo\b", "for");
        var clauses = Clauses(omp.Clauses + " " + omp.EndClauses);
        var pragma = $"#pragma omp {name}{(clauses.Length > 0 ? " " + clauses : "")}";
        if (omp.Body is null)
        {
            _out.Line(pragma + Trailing(omp));
            return;
        }
        bool region = name.Contains("parallel", StringComparison.Ordinal) || name.Contains("task", StringComparison.Ordinal)
            || name.Contains("teams", StringComparison.Ordinal) || name.Contains("target", StringComparison.Ordinal);
        if (region)
        {
            _parallelDepth++;
        }
        try
        {
            _out.Line(pragma + Trailing(omp));
            if (Regex.IsMatch(name, @"\b(for|simd|distribute|taskloop)$") && omp.Body is [DoStmt loop])
            {
                // A collapse(n) loop nest keeps its outer indices as the pragma's loop variables.
                EmitDo(loop, ompLoop: true);
                return;
            }
            if (omp.Directive == "atomic" && omp.Body.Count == 1)
            {
                EmitStatement(omp.Body[0]);
                return;
            }
            if (omp.Directive is "sections" or "parallel sections")
            {
                _out.Open("");
                foreach (var section in omp.Body)
                {
                    if (section is OmpStmt { Directive: "section" } sec)
                    {
                        _out.Line("#pragma omp section");
                        _out.Open("");
                        EmitBody(sec.Body!);
                        _out.Close();
                    }
                    else
                    {
                        EmitStatement(section);
                    }
                }
                _out.Close();
                return;
            }
            _out.Open("");
            EmitBody(omp.Body);
            _out.Close();
        }
        finally
        {
            if (region)
            {
                _parallelDepth--;
            }
        }
    }

    /// <summary>
    /// OpenMP clauses are spelt alike in Fortran and C++ except for the expressions inside some of them
    /// (<c>if(.false.)</c>, <c>num_threads(n+1)</c>) and the logical reduction operators; names are lower-cased and renamed.
    /// </summary>
    private string Clauses(string text)
    {
        var result = new List<string>();
        int i = 0;
        text = text.Trim();
        while (i < text.Length)
        {
            while (i < text.Length && (text[i] == ' ' || text[i] == ','))
            {
                i++;
            }
            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }
            if (i == start)
            {
                i++;
                continue;
            }
            var clause = text[start..i].ToLowerInvariant();
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
            string? arg = null;
            if (i < text.Length && text[i] == '(')
            {
                int depth = 0, open = i;
                for (; i < text.Length; i++)
                {
                    depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
                    if (depth == 0)
                    {
                        break;
                    }
                }
                arg = text[(open + 1)..Math.Min(i, text.Length)];
                i++;
            }
            result.Add(arg is null ? clause : $"{clause}({ClauseArgument(clause, arg)})");
        }
        return string.Join(" ", result);
    }

    private string ClauseArgument(string clause, string arg)
    {
        if (ExpressionClauses.Contains(clause))
        {
            var modifier = "";
            var colon = arg.IndexOf(':', StringComparison.Ordinal);
            if (clause == "if" && colon > 0 && Regex.IsMatch(arg[..colon].Trim(), "^[a-zA-Z ]+$"))
            {
                modifier = arg[..(colon + 1)] + " ";
                arg = arg[(colon + 1)..];
            }
            return modifier + ExprFromText(arg);
        }
        if (clause == "schedule" || clause == "dist_schedule")
        {
            var parts = arg.Split(',', 2);
            return parts.Length == 1 ? parts[0].Trim().ToLowerInvariant() : $"{parts[0].Trim().ToLowerInvariant()}, {ExprFromText(parts[1])}";
        }
        if (clause == "reduction")
        {
            var colon = arg.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var op = arg[..colon].Trim().ToLowerInvariant() switch
                {
                    ".and." => "&&",
                    ".or." => "||",
                    ".eqv." or ".neqv." => throw new UntranslatableException("reduction(.eqv.) and (.neqv.) have no C++ counterpart"),
                    "iand" => "&",
                    "ior" => "|",
                    "ieor" => "^",
                    var o => o,
                };
                return $"{op}: {Names(arg[(colon + 1)..])}";
            }
        }
        if (clause == "default")
        {
            var kind = arg.Trim().ToLowerInvariant();
            if (kind is "private" or "firstprivate")
            {
                throw new UntranslatableException($"default({kind}) has no C++ form before OpenMP 5.1; list the variables in {kind}(...)");
            }
            return kind;
        }
        return Names(arg);
    }

    /// <summary>Lower-cases and renames the variable names in a clause list, leaving keywords such as <c>tofrom:</c> alone.</summary>
    private string Names(string list)
    {
        var sb = new StringBuilder();
        foreach (Match m in Regex.Matches(list, @"[A-Za-z_][A-Za-z0-9_]*|[^A-Za-z_]+"))
        {
            var token = m.Value;
            if (char.IsLetter(token[0]) || token[0] == '_')
            {
                var lower = token.ToLowerInvariant();
                sb.Append(Sym(lower) is not null ? VarId(lower) : lower);
            }
            else
            {
                sb.Append(token);
            }
        }
        return sb.ToString();
    }

    private string ExprFromText(string text)
    {
        try
        {
            var cursor = new TokenCursor(Lexer.Tokenize(text, 0), 0);
            return Expr(ExpressionParser.Parse(cursor));
        }
        catch (FortranSyntaxException ex)
        {
            throw new UntranslatableException($"cannot read the clause argument '{text}': {ex.Detail}");
        }
    }
}
