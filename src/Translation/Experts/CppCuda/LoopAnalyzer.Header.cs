using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>Reading a <c>for</c> header: the index, its bounds and its unit step.</summary>
internal static partial class LoopAnalyzer
{
    private static bool ReadHeader(SyntaxNode loop, LoopAnalysis a)
    {
        var init = loop.ChildByField("initializer");
        var cond = loop.ChildByField("condition");
        var update = loop.ChildByField("update");
        if (init is null || cond is null || update is null)
        {
            a.Reason = "not a counted loop (initialiser, condition and step are all needed)";
            return false;
        }
        // int i = lo  |  i = lo
        var decl = init.Value.Type == "declaration" ? init.Value.NamedChildren.FirstOrDefault(c => c.Type == "init_declarator") : (SyntaxNode?)null;
        if (decl is { } d)
        {
            a.Index = d.ChildByField("declarator")?.Text ?? "";
            a.Lo = d.ChildByField("value")?.Text ?? "";
            a.IndexType = init.Value.ChildByField("type")?.Text ?? "int";
        }
        else if (init.Value.Type == "assignment_expression" && init.Value.ChildByField("left") is { Type: "identifier" } left)
        {
            a.Index = left.Text;
            a.Lo = init.Value.ChildByField("right")?.Text ?? "";
        }
        if (a.Index.Length == 0 || a.Lo.Length == 0)
        {
            a.Reason = "the loop does not start one index variable at a value";
            return false;
        }
        // i < hi | i <= hi | hi > i | i + c < hi; counting down: i >= lo | i > lo | lo <= i
        var c = cond.Value;
        var op = c.ChildByField("operator")?.Text;
        var l = c.ChildByField("left");
        var r = c.ChildByField("right");
        if (c.Type != "binary_expression" || l is null || r is null)
        {
            a.Reason = $"the condition '{c.Text}' is not 'index < bound'";
            return false;
        }
        var (bound, compare) = IndexSide(l.Value, a.Index) is { } offset ? (Shifted(r.Value.Text, offset), op)
            : IndexSide(r.Value, a.Index) is { } mirrored ? (Shifted(l.Value.Text, mirrored), Mirror(op)) : (null, null);
        var step = Step(update.Value, a.Index);
        if (bound is null || step == 0 || compare is not ("<" or "<=" or ">" or ">=") || (step > 0) != (compare is "<" or "<="))
        {
            a.Reason = bound is null || compare is null ? $"the condition '{c.Text}' is not 'index < bound'" : $"the step '{update.Value.Text}' is not 'index++'";
            return false;
        }
        if (step > 0)
        {
            (a.Hi, a.Inclusive) = (bound, compare == "<=");
        }
        else
        {
            // A loop counting down visits the same indices as one counting up: for independent iterations the order
            // is not observable, so it runs as lo..start inclusive.
            (a.Hi, a.Inclusive, a.Descending) = (a.Lo, true, true);
            a.Lo = compare == ">=" ? bound : $"({bound}) + 1";
        }
        return true;
    }

    /// <summary>The constant c when <paramref name="side"/> is the index plus c (<c>i</c>: 0, <c>i + 1</c>: 1), else null.</summary>
    private static long? IndexSide(SyntaxNode side, string index)
    {
        if (side.Type == "identifier")
        {
            return side.Text == index ? 0 : null;
        }
        if (side.Type == "binary_expression" && side.ChildByField("operator")?.Text is "+" or "-" && side.ChildByField("left") is { Type: "identifier" } left
            && left.Text == index && side.ChildByField("right") is { Type: "number_literal" } number
            && long.TryParse(number.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return side.ChildByField("operator")!.Value.Text == "+" ? value : -value;
        }
        return null;
    }

    private static string Shifted(string bound, long offset) =>
        offset == 0 ? bound : offset > 0 ? $"({bound}) - {offset}" : $"({bound}) + {-offset}";

    private static string? Mirror(string? op) => op switch { "<" => ">", "<=" => ">=", ">" => "<", ">=" => "<=", _ => null };

    /// <summary>+1 for <c>i++</c>, <c>++i</c>, <c>i += 1</c>; -1 for the decrements; 0 for any other step.</summary>
    private static int Step(SyntaxNode update, string index)
    {
        var text = update.Text.Replace(" ", "", StringComparison.Ordinal);
        return update.Type switch
        {
            "update_expression" when text == index + "++" || text == "++" + index => 1,
            "update_expression" when text == index + "--" || text == "--" + index => -1,
            "assignment_expression" when update.ChildByField("left")?.Text == index && update.ChildByField("right")?.Text == "1" =>
                update.ChildByField("operator")?.Text switch { "+=" => 1, "-=" => -1, _ => 0 },
            _ => 0,
        };
    }
}
