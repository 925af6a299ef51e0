using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Evaluation.Metrics.CodeBleu;

/// <summary>
/// Extracts the data-flow graph of one snippet as GraphCodeBERT's <c>DFG_*</c> functions do: a walk over the tree
/// that tracks, per variable name, the token positions its current value was last defined at; branches merge those
/// states and loops are walked twice so that a value can flow back into the loop. Leaves are tokens numbered in
/// source order (comments left out).
/// </summary>
internal sealed class DataFlowExtractor
{
    private readonly DataFlowRules _rules;
    private readonly Dictionary<(int Start, int End), (int Index, string Code)> _tokens = [];

    private DataFlowExtractor(DataFlowRules rules) => _rules = rules;

    public static IReadOnlyList<DataFlowEdge> Extract(SyntaxNode root, DataFlowRules rules)
    {
        var extractor = new DataFlowExtractor(rules);
        extractor.NumberTokens(root);
        return extractor.Visit(root, []).Edges;
    }

    private static bool IsToken(SyntaxNode node) =>
        (node.ChildCount == 0 || DataFlowRules.Literals.Contains(node.Type)) && node.Type != "comment";

    private void NumberTokens(SyntaxNode node)
    {
        if (IsToken(node))
        {
            _tokens.TryAdd((node.StartByte, node.EndByte), (_tokens.Count, node.Text));
            return;
        }
        foreach (var child in node.Children)
        {
            if (child.Type != "comment")
            {
                NumberTokens(child);
            }
        }
    }

    /// <summary>The tokens under <paramref name="node"/> that are not keywords or punctuation (names and literals).</summary>
    private List<(int Index, string Code)> Variables(SyntaxNode? node)
    {
        var found = new List<(int, string)>();
        if (node is { } n)
        {
            CollectVariables(n, found);
        }
        return found;
    }

    private void CollectVariables(SyntaxNode node, List<(int, string)> found)
    {
        if (IsToken(node))
        {
            if (_tokens.TryGetValue((node.StartByte, node.EndByte), out var token) && node.Type != token.Code)
            {
                found.Add(token);
            }
            return;
        }
        foreach (var child in node.Children)
        {
            if (child.Type != "comment")
            {
                CollectVariables(child, found);
            }
        }
    }

    private (List<DataFlowEdge> Edges, Dictionary<string, List<int>> States) Visit(SyntaxNode node, Dictionary<string, List<int>> incoming)
    {
        var states = new Dictionary<string, List<int>>(incoming, StringComparer.Ordinal);
        var type = node.Type;
        if (IsToken(node))
        {
            if (!_tokens.TryGetValue((node.StartByte, node.EndByte), out var token) || type == token.Code)
            {
                return ([], states);
            }
            if (states.TryGetValue(token.Code, out var from))
            {
                return ([new DataFlowEdge(token.Code, token.Index, DataFlowEdge.ComesFrom, [token.Code], [.. from])], states);
            }
            if (type == "identifier")
            {
                states[token.Code] = [token.Index];
            }
            return ([new DataFlowEdge(token.Code, token.Index, DataFlowEdge.ComesFrom, [], [])], states);
        }
        if (_rules.Definitions.Contains(type))
        {
            return Definition(node, states);
        }
        if (_rules.Assignments.Contains(type))
        {
            return Assignment(node.ChildByField("left"), node.ChildByField("right"), states);
        }
        if (_rules.Increments.Contains(type))
        {
            var edges = new List<DataFlowEdge>();
            var variables = Variables(node);
            foreach (var (index, code) in variables)
            {
                edges.AddRange(variables.Select(v => new DataFlowEdge(code, index, DataFlowEdge.ComputedFrom, [v.Code], [v.Index])));
                states[code] = [index];
            }
            return (DataFlowMerge.Sorted(edges), states);
        }
        if (type == "if_statement")
        {
            return Branch(node, states);
        }
        if (_rules.ForLoops.Contains(type))
        {
            return ForLoop(node, states);
        }
        if (_rules.ForEachLoops.Contains(type))
        {
            return ForEachLoop(node, states);
        }
        if (_rules.WhileLoops.Contains(type))
        {
            var edges = new List<DataFlowEdge>();
            for (var pass = 0; pass < 2; pass++)
            {
                foreach (var child in node.Children)
                {
                    (var found, states) = Visit(child, states);
                    edges.AddRange(found);
                }
            }
            return (DataFlowMerge.Loop(edges), states);
        }
        var all = new List<DataFlowEdge>();
        foreach (var child in node.Children)
        {
            (var found, states) = Visit(child, states);
            all.AddRange(found);
        }
        return (DataFlowMerge.Sorted(all), states);
    }

    private (List<DataFlowEdge>, Dictionary<string, List<int>>) Definition(SyntaxNode node, Dictionary<string, List<int>> states)
    {
        var children = node.Children;
        var name = node.ChildByField("name") ?? (children.Count > 0 ? children[0] : null);
        // C#'s declarator has no value field: the value is the expression after '='.
        var value = node.ChildByField("value") ?? (children.Count > 1 && children[^1].Type != "=" && children[^1] != name ? children[^1] : null);
        var edges = new List<DataFlowEdge>();
        if (value is null)
        {
            foreach (var (index, code) in Variables(name))
            {
                edges.Add(new DataFlowEdge(code, index, DataFlowEdge.ComesFrom, [], []));
                states[code] = [index];
            }
            return (DataFlowMerge.Sorted(edges), states);
        }
        (var inner, states) = Visit(value.Value, states);
        edges.AddRange(inner);
        var values = Variables(value);
        foreach (var (index, code) in Variables(name))
        {
            edges.AddRange(values.Select(v => new DataFlowEdge(code, index, DataFlowEdge.ComesFrom, [v.Code], [v.Index])));
            states[code] = [index];
        }
        return (DataFlowMerge.Sorted(edges), states);
    }

    private (List<DataFlowEdge>, Dictionary<string, List<int>>) Assignment(SyntaxNode? left, SyntaxNode? right, Dictionary<string, List<int>> states)
    {
        if (left is null || right is null)
        {
            return ([], states);
        }
        var edges = new List<DataFlowEdge>();
        (var inner, states) = Visit(right.Value, states);
        edges.AddRange(inner);
        edges.AddRange(Flow(left.Value, right.Value, states));
        return (DataFlowMerge.Sorted(edges), states);
    }

    /// <summary>The left side's variables computed from the right side's; Python's scripts pair up tuple elements and keep one edge per target.</summary>
    private List<DataFlowEdge> Flow(SyntaxNode left, SyntaxNode right, Dictionary<string, List<int>> states)
    {
        var edges = new List<DataFlowEdge>();
        if (!_rules.SplitTupleAssignments)
        {
            var values = Variables(right);
            foreach (var (index, code) in Variables(left))
            {
                edges.AddRange(values.Select(v => new DataFlowEdge(code, index, DataFlowEdge.ComputedFrom, [v.Code], [v.Index])));
                states[code] = [index];
            }
            return edges;
        }
        var lefts = left.Children.Where(c => c.Type != ",").ToList();
        var rights = right.Children.Where(c => c.Type != ",").ToList();
        if (lefts.Count != rights.Count || lefts.Count == 0)
        {
            (lefts, rights) = ([left], [right]);
        }
        for (var i = 0; i < lefts.Count; i++)
        {
            var values = Variables(rights[i]);
            foreach (var (index, code) in Variables(lefts[i]))
            {
                edges.Add(new DataFlowEdge(code, index, DataFlowEdge.ComputedFrom, [.. values.Select(v => v.Code)], [.. values.Select(v => v.Index)]));
                states[code] = [index];
            }
        }
        return edges;
    }

    private (List<DataFlowEdge>, Dictionary<string, List<int>>) Branch(SyntaxNode node, Dictionary<string, List<int>> states)
    {
        var edges = new List<DataFlowEdge>();
        var current = states;
        var others = new List<Dictionary<string, List<int>>>();
        var inAlternative = false;
        var hasElse = false;
        foreach (var child in node.Children)
        {
            var childType = child.Type;
            hasElse |= childType.Contains("else", StringComparison.Ordinal);
            if (!inAlternative && !_rules.Branches.Contains(childType))
            {
                (var found, current) = Visit(child, current);
                edges.AddRange(found);
            }
            else
            {
                // An else branch starts from the state before the if, not from the then branch's.
                inAlternative = true;
                var (found, after) = Visit(child, states);
                edges.AddRange(found);
                others.Add(after);
            }
        }
        others.Add(current);
        if (!hasElse)
        {
            others.Add(states);
        }
        var merged = DataFlowMerge.States(others);
        return (DataFlowMerge.Sorted(edges), merged);
    }

    private (List<DataFlowEdge>, Dictionary<string, List<int>>) ForLoop(SyntaxNode node, Dictionary<string, List<int>> states)
    {
        var edges = new List<DataFlowEdge>();
        var children = node.Children;
        foreach (var child in children)
        {
            (var found, states) = Visit(child, states);
            edges.AddRange(found);
        }
        // Second pass over everything after the initializer: the condition, update and body see the body's writes.
        var afterInitializer = false;
        foreach (var child in children)
        {
            if (afterInitializer)
            {
                (var found, states) = Visit(child, states);
                edges.AddRange(found);
            }
            else if (child.Type == _rules.ForInitializer)
            {
                afterInitializer = true;
            }
        }
        return (DataFlowMerge.Loop(edges), states);
    }

    private (List<DataFlowEdge>, Dictionary<string, List<int>>) ForEachLoop(SyntaxNode node, Dictionary<string, List<int>> states)
    {
        var name = node.ChildByField(_rules.ForEachFields.Name);
        var value = node.ChildByField(_rules.ForEachFields.Value);
        var body = node.ChildByField("body");
        var edges = new List<DataFlowEdge>();
        if (name is null || value is null)
        {
            return (edges, states);
        }
        for (var pass = 0; pass < 2; pass++)
        {
            (var inner, states) = Visit(value.Value, states);
            edges.AddRange(inner);
            edges.AddRange(Flow(name.Value, value.Value, states));
            if (body is { } b)
            {
                (var found, states) = Visit(b, states);
                edges.AddRange(found);
            }
        }
        return (DataFlowMerge.Loop(edges), states);
    }
}
