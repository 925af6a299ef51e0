using System.Text.RegularExpressions;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// A <c>#pragma omp parallel for</c> above a loop: the programmer's assertion (OpenMP semantics) that its iterations are
/// independent, with the scalars its <c>private(...)</c> clauses give each thread and the <c>reduction(op:...)</c>
/// accumulators. Null from <see cref="Parse"/> for any other pragma, or for one with a clause whose meaning a kernel
/// would not keep (<c>firstprivate</c>, <c>lastprivate</c>, <c>ordered</c>, <c>linear</c>, ...): the loop is then
/// analysed like any other.
/// </summary>
internal sealed partial record OpenMpLoop(IReadOnlyList<string> Private, IReadOnlyList<(string Operator, string Name)> Reductions)
{
    private static readonly HashSet<string> HarmlessClauses = ["shared", "schedule", "num_threads", "default", "collapse", "if", "proc_bind"];

    public static OpenMpLoop? Parse(string pragma)
    {
        var m = Header().Match(pragma);
        if (!m.Success)
        {
            return null;
        }
        var privates = new List<string>();
        var reductions = new List<(string, string)>();
        var rest = pragma[m.Length..];
        foreach (Match clause in Clause().Matches(rest))
        {
            var name = clause.Groups["name"].Value;
            var args = clause.Groups["args"].Value;
            if (name == "private")
            {
                privates.AddRange(Names(args));
            }
            else if (name == "reduction" && args.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
            {
                var op = args[..colon].Trim();
                reductions.AddRange(Names(args[(colon + 1)..]).Select(v => (op, v)));
            }
            else if (!HarmlessClauses.Contains(name))
            {
                return null;
            }
        }
        // Anything between clauses that is not a clause (a stray word such as 'nowait' or 'ordered') is not understood.
        return Clause().Replace(rest, "").Trim().Length == 0 ? new OpenMpLoop(privates, reductions) : null;
    }

    private static string[] Names(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex("^\\s*#\\s*pragma\\s+omp\\s+parallel\\s+for\\b")]
    private static partial Regex Header();

    [GeneratedRegex("(?<name>[A-Za-z_]+)\\s*\\((?<args>[^()]*(\\([^()]*\\)[^()]*)*)\\)")]
    private static partial Regex Clause();
}
