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
        // i < hi | i <= hi | hi > i
        var c = cond.Value;
        var op = c.ChildByField("operator")?.Text;
        var l = c.ChildByField("left")?.Text;
        var r = c.ChildByField("right")?.Text;
        if (c.Type == "binary_expression" && l == a.Index && op is "<" or "<=" && r is not null)
        {
            a.Hi = r;
            a.Inclusive = op == "<=";
        }
        else if (c.Type == "binary_expression" && r == a.Index && op is ">" or ">=" && l is not null)
        {
            a.Hi = l;
            a.Inclusive = op == ">=";
        }
        else
        {
            a.Reason = $"the condition '{c.Text}' is not 'index < bound'";
            return false;
        }
        var u = update.Value;
        var unit = u.Type switch
        {
            "update_expression" => u.Text.Replace(" ", "", StringComparison.Ordinal) is var t && (t == a.Index + "++" || t == "++" + a.Index),
            "assignment_expression" => u.ChildByField("left")?.Text == a.Index && u.ChildByField("operator")?.Text == "+=" && u.ChildByField("right")?.Text == "1",
            _ => false,
        };
        if (!unit)
        {
            a.Reason = $"the step '{u.Text}' is not 'index++'";
            return false;
        }
        return true;
    }
}
