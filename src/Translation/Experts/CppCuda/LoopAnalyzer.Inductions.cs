using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// Induction variables: an output cursor set to a number before the loop and only stepped inside it
/// (<c>int k = 0; for (j ...) { for (i = 0; i &lt; nx; ++i) out[k++] = x[j * nx + i]; }</c>). When every step is
/// unconditional, each iteration advances it by the same amount K (a constant times the trip counts of the counted
/// loops around each step), so iteration j starts at <c>k0 + (j - lo) * K</c>: the thread computes that start and the
/// scalar is no longer carried from one iteration to the next (induction-variable substitution; Allen and Kennedy,
/// <i>Optimizing Compilers for Modern Architectures</i>, 2001, section 4.5). A written array indexed by the cursor must
/// be indexed only by <c>k++</c>: the values one iteration takes are then <c>[start, start + K)</c>, disjoint from every
/// other iteration's.
/// </summary>
internal static partial class LoopAnalyzer
{
    /// <summary>The loop's induction variables, each with the C++ expression of its value at the start of an iteration.</summary>
    private static Dictionary<string, string> Inductions(SyntaxNode loop, SyntaxNode body, LoopAnalysis a, HashSet<string> locals)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (loop.Parent is not { Type: "compound_statement" } block || LeavesEarly(body))
        {
            return found;
        }
        var written = new HashSet<string>(StringComparer.Ordinal);
        WrittenNames(body, written);
        var steps = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
        StepSites(body, steps);
        foreach (var (name, sites) in steps)
        {
            if (locals.Contains(name) || name == a.Index || InitialValue(block, loop, name) is not { } start)
            {
                continue;
            }
            var perIteration = new List<string>();
            foreach (var site in sites)
            {
                if (StepMultiplier(site, body, a, name, written) is not { } trips)
                {
                    perIteration.Clear();
                    break;
                }
                var amount = site.Type == "assignment_expression" ? site.ChildByField("right")!.Value.Text : "1";
                perIteration.Add(trips.Count == 0 ? amount : string.Join(" * ", trips.Prepend(amount == "1" ? null : amount).OfType<string>()));
            }
            if (perIteration.Count == 0 || AssignedOtherwise(body, name, sites))
            {
                continue;
            }
            var k = perIteration.Count == 1 ? perIteration[0] : string.Join(" + ", perIteration.Select(p => $"({p})"));
            // Iterations run in source order from the first index: counting down, the first is Hi.
            var offset = a.Descending ? $"(({a.Hi}) - {a.Index})" : a.Lo.Trim() == "0" ? a.Index : $"({a.Index} - ({a.Lo}))";
            found[name] = start == "0" ? $"{offset} * ({k})" : $"{start} + {offset} * ({k})";
        }
        return found;
    }

    /// <summary>A step of <paramref name="name"/> in the body: <c>k++</c>, <c>++k</c> or <c>k += number</c>.</summary>
    private static void StepSites(SyntaxNode node, Dictionary<string, List<SyntaxNode>> steps)
    {
        var target = node.Type switch
        {
            "update_expression" when !node.Text.Contains("--", StringComparison.Ordinal) => node.ChildByField("argument"),
            "assignment_expression" when node.ChildByField("operator")?.Text == "+=" && node.ChildByField("right") is { Type: "number_literal" } => node.ChildByField("left"),
            _ => null,
        };
        if (target is { Type: "identifier" } id)
        {
            (steps.TryGetValue(id.Text, out var list) ? list : steps[id.Text] = []).Add(node);
        }
        foreach (var child in node.NamedChildren)
        {
            StepSites(child, steps);
        }
    }

    /// <summary>
    /// The trip counts of the counted loops around a step, or null when the step may not run exactly once per
    /// iteration of each: under an if, a ternary, a short-circuit operand, a while, or in a loop header.
    /// </summary>
    private static List<string>? StepMultiplier(SyntaxNode site, SyntaxNode body, LoopAnalysis a, string name, HashSet<string> written)
    {
        var trips = new List<string>();
        var child = site;
        for (var p = site.Parent; p is { } parent && !child.Equals(body); child = parent, p = parent.Parent)
        {
            switch (parent.Type)
            {
                case "compound_statement" or "expression_statement" or "subscript_expression" or "subscript_argument_list"
                    or "assignment_expression" or "parenthesized_expression" or "comma_expression":
                    break;
                case "binary_expression" when parent.ChildByField("operator")?.Text is not ("&&" or "||"):
                    break;
                case "for_statement" when parent.ChildByField("body") is { } forBody && forBody.Equals(child)
                    && InnerTripCount(parent, a, name, written) is { } trip:
                    trips.Add(trip);
                    break;
                default:
                    return null;
            }
        }
        return trips;
    }

    /// <summary>The trip count of a counted inner loop whose bounds the parallel loop never changes, or null.</summary>
    private static string? InnerTripCount(SyntaxNode loop, LoopAnalysis outer, string name, HashSet<string> written)
    {
        var inner = new LoopAnalysis { Loop = loop };
        if (!ReadHeader(loop, inner))
        {
            return null;
        }
        bool Invariant(string expression) => !Tokens(expression).Any(t => t == name || written.Contains(t) || outer.Derived.Contains(t));
        if (!Invariant(inner.Lo) || !Invariant(inner.Hi))
        {
            return null;
        }
        var count = inner.Lo.Trim() == "0" ? inner.Hi : $"({inner.Hi}) - ({inner.Lo})";
        return inner.Inclusive ? $"max(0, {count} + 1)" : $"max(0, {count})";
    }

    private static string[] Tokens(string expression) =>
        expression.Split([' ', '(', ')', '+', '-', '*', '/', '%', ',', '[', ']', '.', '<', '>', '&', '|', '!', '~'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The number <paramref name="name"/> holds when the loop starts: the last statement before the loop that
    /// mentions it must set it to a number (<c>int k = 0;</c> or <c>k = 0;</c>), and nothing after the loop may read it.</summary>
    private static string? InitialValue(SyntaxNode block, SyntaxNode loop, string name)
    {
        var statements = block.NamedChildren;
        var at = statements.ToList().FindIndex(s => s.Equals(loop));
        if (at < 0 || statements.Skip(at + 1).Any(s => Mentions(s, name)))
        {
            return null;
        }
        var mentioning = statements.Take(at).Where(s => Mentions(s, name)).ToList();
        if (mentioning.Count == 0)
        {
            return null;
        }
        SyntaxNode? value = mentioning[^1] switch
        {
            { Type: "declaration" } d => d.NamedChildren.Where(c => c.Type == "init_declarator" && c.ChildByField("declarator")?.Text == name).Select(c => (SyntaxNode?)c).FirstOrDefault() is { } init
                ? init.ChildByField("value") : null,
            { Type: "expression_statement" } e when e.NamedChild(0) is { Type: "assignment_expression" } asg && asg.ChildByField("left")?.Text == name
                && asg.ChildByField("operator")?.Text == "=" => asg.ChildByField("right"),
            _ => null,
        };
        return value is { Type: "number_literal" } number ? number.Text : null;
    }

    /// <summary>Whether the body sets <paramref name="name"/> other than by its steps (<c>k = 0</c>, <c>k--</c>, <c>&amp;k</c>).</summary>
    private static bool AssignedOtherwise(SyntaxNode body, string name, List<SyntaxNode> steps)
    {
        foreach (var id in Occurrences(body).Where(id => id.Text == name))
        {
            var parent = id.Parent;
            if (parent is { Type: "pointer_expression" })
            {
                return true;
            }
            if (parent is { Type: "update_expression" or "assignment_expression" } p && !steps.Any(s => s.Equals(p))
                && (p.Type == "update_expression" || p.ChildByField("left") is { } l && l.Equals(id)))
            {
                return true;
            }
        }
        return false;
    }

    private static void WrittenNames(SyntaxNode node, HashSet<string> written)
    {
        if (node.Type == "assignment_expression" && node.ChildByField("left") is { Type: "identifier" } left)
        {
            written.Add(left.Text);
        }
        else if (node.Type == "update_expression" && node.ChildByField("argument") is { Type: "identifier" } argument)
        {
            written.Add(argument.Text);
        }
        foreach (var child in node.NamedChildren)
        {
            WrittenNames(child, written);
        }
    }

    private static bool LeavesEarly(SyntaxNode node) =>
        node.Type is "break_statement" or "continue_statement" or "return_statement" or "goto_statement" or "throw_statement"
        || node.NamedChildren.Any(LeavesEarly);
}
