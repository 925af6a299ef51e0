using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// Max and min reductions: <c>if (e > m) m = e;</c> (and the <c>&lt;</c>, <c>&gt;=</c>, <c>&lt;=</c> and mirrored forms,
/// no <c>else</c>) and <c>m = max(m, e)</c> / <c>fmax</c> / <c>fmaxf</c> / <c>std::max</c> (and min). Max and min are
/// associative and commutative, so the order in which threads fold their values in does not change the result.
/// </summary>
internal static partial class LoopAnalyzer
{
    private static readonly Dictionary<string, string> MinMaxFunctions = new(StringComparer.Ordinal)
    {
        ["max"] = "max", ["std::max"] = "max", ["fmax"] = "fmax", ["fmaxf"] = "fmax",
        ["min"] = "min", ["std::min"] = "min", ["fmin"] = "fmin", ["fminf"] = "fmin",
    };

    /// <summary>The conditional form; the value node is returned so that its reads are still walked.</summary>
    private static (Reduction Reduction, SyntaxNode Value)? MinMaxIf(SyntaxNode ifNode)
    {
        if (ifNode.ChildByField("alternative") is not null || ifNode.ChildByField("condition") is not { } condition
            || ifNode.ChildByField("consequence") is not { } consequence)
        {
            return null;
        }
        var cond = Unwrap(condition);
        var statement = consequence.Type == "compound_statement" && consequence.NamedChildCount == 1 ? consequence.NamedChild(0)!.Value : consequence;
        if (cond.Type != "binary_expression" || statement.Type != "expression_statement" || statement.NamedChildCount != 1
            || statement.NamedChild(0) is not { Type: "assignment_expression" } assignment
            || assignment.ChildByField("operator")?.Text != "=" || assignment.ChildByField("left") is not { Type: "identifier" } target
            || assignment.ChildByField("right") is not { } value || Mentions(value, target.Text)
            || cond.ChildByField("left") is not { } left || cond.ChildByField("right") is not { } right)
        {
            return null;
        }
        var op = cond.ChildByField("operator")?.Text;
        string? operation = null;
        if (Same(left, value) && Same(right, target))
        {
            operation = op is ">" or ">=" ? "max" : op is "<" or "<=" ? "min" : null;   // e > m
        }
        else if (Same(right, value) && Same(left, target))
        {
            operation = op is "<" or "<=" ? "max" : op is ">" or ">=" ? "min" : null;   // m < e
        }
        return operation is null ? null : (new Reduction(ifNode, target.Text, target.Text, value.Text, false) { Operation = operation }, value);
    }

    /// <summary>
    /// <c>if (e > m) { m = e; p = i; }</c> (and <c>&lt;</c>, <c>&gt;=</c>, <c>&lt;=</c>, mirrored, either order of the two
    /// stores, no <c>else</c>): the extreme and the index where the loop first (strict) or last met it. Both scalars
    /// are read nowhere else (CheckReductions); the emitter packs value and index into one 64-bit key.
    /// </summary>
    private static (Reduction Reduction, SyntaxNode Value)? ArgMinMaxIf(SyntaxNode ifNode, string index)
    {
        if (ifNode.ChildByField("alternative") is not null || ifNode.ChildByField("condition") is not { } condition
            || ifNode.ChildByField("consequence") is not { Type: "compound_statement", NamedChildCount: 2 } consequence
            || Unwrap(condition) is not { Type: "binary_expression" } cond
            || cond.ChildByField("left") is not { } left || cond.ChildByField("right") is not { } right)
        {
            return null;
        }
        var stores = consequence.NamedChildren.Select(Store).ToList();
        if (stores.Any(s => s is null))
        {
            return null;
        }
        var indexStore = stores.FirstOrDefault(s => s!.Value.Value.Type == "identifier" && s.Value.Value.Text == index);
        var valueStore = stores.FirstOrDefault(s => !s.Equals(indexStore));
        if (indexStore is not var (p, _) || valueStore is not var (m, value) || p == m || p == index || m == index || Mentions(value, m) || Mentions(value, p))
        {
            return null;
        }
        var op = cond.ChildByField("operator")?.Text;
        string? operation = null;
        if (Same(left, value) && Unwrap(right).Text == m)
        {
            operation = op is ">" or ">=" ? "argmax" : op is "<" or "<=" ? "argmin" : null;   // e > m
        }
        else if (Same(right, value) && Unwrap(left).Text == m)
        {
            operation = op is "<" or "<=" ? "argmax" : op is ">" or ">=" ? "argmin" : null;   // m < e
        }
        return operation is null ? null
            : (new Reduction(ifNode, m, m, value.Text, false) { Operation = operation, ArgIndex = p, Strict = op is ">" or "<" }, value);
    }

    /// <summary><c>x = e;</c> as (x, e), or null.</summary>
    private static (string Name, SyntaxNode Value)? Store(SyntaxNode statement) =>
        statement is { Type: "expression_statement", NamedChildCount: 1 } && statement.NamedChild(0) is { Type: "assignment_expression" } assignment
        && assignment.ChildByField("operator")?.Text == "=" && assignment.ChildByField("left") is { Type: "identifier" } target
        && assignment.ChildByField("right") is { } value
            ? (target.Text, value)
            : null;

    /// <summary><c>m = max(m, e)</c> and the like, for any target (a scalar, <c>out[0]</c>, <c>*p</c>).</summary>
    private static Reduction? MinMaxCall(SyntaxNode stmt, SyntaxNode target, SyntaxNode value)
    {
        if (value.Type != "call_expression" || value.ChildByField("function") is not { } function
            || !MinMaxFunctions.TryGetValue(function.Text.Replace(" ", "", StringComparison.Ordinal), out var operation)
            || value.ChildByField("arguments") is not { NamedChildCount: 2 } args)
        {
            return null;
        }
        var (a0, a1) = (args.NamedChild(0)!.Value, args.NamedChild(1)!.Value);
        var other = Same(a0, target) ? a1 : Same(a1, target) ? a0 : (SyntaxNode?)null;
        return other is { } e && !Mentions(e, target.Text) ? new Reduction(stmt, target.Text, null, e.Text, false) { Operation = operation } : null;
    }

    private static SyntaxNode Unwrap(SyntaxNode node)
    {
        while (node.Type is "condition_clause" or "parenthesized_expression" && node.NamedChildCount == 1)
        {
            node = node.NamedChild(0)!.Value;
        }
        return node;
    }

    private static bool Same(SyntaxNode a, SyntaxNode b) => Compact(Unwrap(a).Text) == Compact(Unwrap(b).Text);

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Each <c>reduction(op: x)</c> clause must match what the body does to <c>x</c>.</summary>
    private static void CheckOpenMpReductions(LoopAnalysis a, OpenMpLoop openMp)
    {
        foreach (var (op, name) in openMp.Reductions)
        {
            var expected = op switch { "+" or "-" => "+", "max" => "max", "min" => "min", _ => null };
            if (expected is null)
            {
                a.Reason = $"reduction({op}:{name}) has no atomic operation here";
                return;
            }
            if (a.Reductions.Where(r => r.Scalar == name).Any(r => r.Operation.TrimStart('f') != expected))
            {
                a.Reason = $"'{name}' is declared reduction({op}:...) but the loop updates it otherwise";
                return;
            }
        }
    }
}
