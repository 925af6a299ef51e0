using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// Rule 10, latched scalars (see README.md): a scalar the loop writes only by one <c>s = v</c>, with <c>v</c>
/// loop-invariant and the assignment under <c>if</c>s whose conditions read only the index, loop-invariant names and
/// arrays the loop does not write. Then iteration <c>i</c> starts with <c>s == v</c> exactly when an earlier iteration
/// ran the assignment, that is when the first iteration whose condition holds comes before <c>i</c>. The host finds
/// that first iteration with a kernel of its own (an <c>atomicMin</c> over the conditions), and each thread starts
/// from it; after the loop <c>s</c> is <c>v</c> when any iteration ran the assignment.
/// </summary>
internal static partial class LoopAnalyzer
{
    private static void CheckLatches(SyntaxNode body, LoopAnalysis a)
    {
        if (a.Latches.Count == 0)
        {
            return;
        }
        var written = new HashSet<string>(StringComparer.Ordinal);
        CollectWrittenNames(body, written);
        var writtenArrays = a.Accesses.Where(x => x.IsWrite).Select(x => x.Array).ToHashSet(StringComparer.Ordinal);
        foreach (var latch in a.Latches)
        {
            var reason = LatchProblem(body, a, latch, written, writtenArrays);
            if (reason is not null)
            {
                a.Reason = $"every iteration may write the scalar '{latch.Scalar}' ({reason})";
                return;
            }
        }
    }

    private static string? LatchProblem(SyntaxNode body, LoopAnalysis a, Latch latch, HashSet<string> written, HashSet<string> writtenArrays)
    {
        if (a.Descending || a.IndexType != "int" || a.Latches.Count(l => l.Scalar == latch.Scalar) > 1 || CountWrites(body, latch.Scalar) > 1)
        {
            return "it is written more than once, or by a loop that is not an int index counting up";
        }
        if (Identifiers(DivMod.Unwrap(latch.Statement.ChildByField("right")!.Value)).Any(n => n == a.Index || written.Contains(n))
            || Descendants(latch.Statement.ChildByField("right")!.Value).Any(n => n.Type is "call_expression" or "subscript_expression" or "pointer_expression"))
        {
            return "its value changes from one iteration to the next";
        }
        if (Descendants(body).Any(n => n.Type == "continue_statement"))
        {
            return "a continue decides whether the assignment runs";
        }
        var conditions = new List<string>();
        for (SyntaxNode? node = latch.Statement, parent = node.Value.Parent; parent is { } p && !p.Equals(body); node = p, parent = p.Parent)
        {
            switch (p.Type)
            {
                case "compound_statement" or "expression_statement" or "else_clause":
                    continue;
                case "if_statement" when p.ChildByField("condition") is { } condition && !node.Value.Equals(condition):
                    if (!Invariant(condition, a, written, writtenArrays))
                    {
                        return $"whether it runs depends on '{condition.Text}'";
                    }
                    var inElse = p.ChildByField("alternative") is { } alternative && node.Value.StartByte >= alternative.StartByte;
                    conditions.Add(inElse ? $"!{condition.Text}" : condition.Text);
                    continue;
                default:
                    return "the assignment is inside an inner loop or an expression";
            }
        }
        latch.Condition = conditions.Count == 0 ? "1" : string.Join(" && ", conditions);
        return null;
    }

    /// <summary>A condition of the index and of values the loop does not change, without calls or side effects.</summary>
    private static bool Invariant(SyntaxNode condition, LoopAnalysis a, HashSet<string> written, HashSet<string> writtenArrays) =>
        !Descendants(condition).Any(n => n.Type is "call_expression" or "assignment_expression" or "update_expression" or "pointer_expression" or "field_expression"
            or "declaration" or "comma_expression")
        && Identifiers(condition).All(n => n == a.Index || (!written.Contains(n) && !writtenArrays.Contains(n) && !a.Privates.Contains(n)));

    private static int CountWrites(SyntaxNode node, string name) =>
        (node.Type == "assignment_expression" && node.ChildByField("left") is { Type: "identifier" } l && l.Text == name
            || node.Type == "update_expression" && node.ChildByField("argument") is { Type: "identifier" } u && u.Text == name ? 1 : 0)
        + node.NamedChildren.Sum(c => CountWrites(c, name));
}
