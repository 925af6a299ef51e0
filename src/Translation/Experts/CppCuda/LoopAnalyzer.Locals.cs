using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// Body locals that name an affine subscript: <c>int k = 2 * i + 2;</c> declared once at the top of the body with an
/// initialiser affine in the index and never assigned again. A subscript <c>a[k + 1]</c> is then read as
/// <c>a[2 * i + 3]</c>, so the GCD test can decide it.
/// </summary>
internal static partial class LoopAnalyzer
{
    private static (Dictionary<string, AffineIndex> Known, Dictionary<string, DivMod> DivMods) AffineLocals(SyntaxNode body, string index, IReadOnlySet<string> variant)
    {
        var known = new Dictionary<string, AffineIndex>(StringComparer.Ordinal);
        var divMods = new Dictionary<string, DivMod>(StringComparer.Ordinal);
        var declaredCount = new Dictionary<string, int>(StringComparer.Ordinal);
        CountDeclarations(body, declaredCount);
        var written = new HashSet<string>(StringComparer.Ordinal);
        CollectWrittenNames(body, written);
        if (body.Type != "compound_statement")
        {
            return (known, divMods);
        }
        foreach (var declaration in body.NamedChildren.Where(n => n.Type == "declaration"))
        {
            foreach (var d in declaration.NamedChildren.Where(x => x.Type == "init_declarator"))
            {
                if (d.ChildByField("declarator") is not { Type: "identifier" } name || d.ChildByField("value") is not { } value
                    || declaredCount.GetValueOrDefault(name.Text) != 1 || written.Contains(name.Text)
                    // A use above the declaration names some outer variable of the same name.
                    || Occurrences(body).Any(id => id.Text == name.Text && id.StartByte < declaration.StartByte))
                {
                    continue;
                }
                if (AffineIndex.Parse(value, index, variant, known, divMods) is { } affine)
                {
                    known[name.Text] = affine;
                }
                else if (IsInteger(declaration.ChildByField("type")?.Text) && ReadDivMod(value, index, variant, known, divMods) is { } divMod)
                {
                    divMods[name.Text] = divMod;
                }
            }
        }
        return (known, divMods);
    }

    private static bool IsInteger(string? type) =>
        type is not null && (type.Contains("int", StringComparison.Ordinal) || type.Contains("long", StringComparison.Ordinal)
            || type.Contains("size_t", StringComparison.Ordinal) || type.Contains("unsigned", StringComparison.Ordinal));

    /// <summary><c>e / m</c>, <c>e % m</c>, or <c>e - q * m</c> with <c>q</c> the quotient of <c>e</c> by <c>m</c>.</summary>
    private static DivMod? ReadDivMod(SyntaxNode value, string index, IReadOnlySet<string> variant, Dictionary<string, AffineIndex> known, Dictionary<string, DivMod> divMods)
    {
        value = DivMod.Unwrap(value);
        if (value.Type != "binary_expression" || value.ChildByField("left") is not { } x || value.ChildByField("right") is not { } m)
        {
            return null;
        }
        var op = value.ChildByField("operator")?.Text;
        if (AffineIndex.Parse(x, index, variant, known, divMods) is not { } dividend)
        {
            // A higher digit of the index, (i / w) % w or i / w / w: only RadixDigits reads it, so it has no value here.
            return op is "/" or "%" && QuotientOfIndex(x, index) && AffineIndex.Parse(m, index, variant, known, divMods) is { Coefficient: 0, SymbolicCoefficient: null }
                ? new DivMod(op == "/", DivMod.Compact(x), DivMod.Compact(m), null)
                : null;
        }
        if (op is "/" or "%")
        {
            return AffineIndex.Parse(m, index, variant, known, divMods) is { Coefficient: 0, SymbolicCoefficient: null } divisor && !IsZero(divisor)
                ? new DivMod(op == "/", DivMod.Compact(x), DivMod.Compact(m), dividend)
                : null;
        }
        if (op == "-")
        {
            // e - q * m: find the quotient q of e by m among the known ones.
            foreach (var (q, quotient) in divMods.Where(d => d.Value.Quotient && d.Value.Dividend == DivMod.Compact(x)))
            {
                var product = DivMod.Unwrap(m);
                if (product.Type == "binary_expression" && product.ChildByField("operator")?.Text == "*" && product.ChildByField("left") is { } pl
                    && product.ChildByField("right") is { } pr
                    && ((DivMod.Unwrap(pl).Text == q && DivMod.Compact(pr) == quotient.Divisor) || (DivMod.Unwrap(pr).Text == q && DivMod.Compact(pl) == quotient.Divisor)))
                {
                    return new DivMod(false, quotient.Dividend, quotient.Divisor, dividend);
                }
            }
        }
        return null;
    }

    /// <summary><c>i / e</c> or <c>i / e / f</c> with <c>i</c> the index itself.</summary>
    private static bool QuotientOfIndex(SyntaxNode node, string index)
    {
        node = DivMod.Unwrap(node);
        return node.Type == "binary_expression" && node.ChildByField("operator")?.Text == "/" && node.ChildByField("left") is { } left
            && (DivMod.Unwrap(left) is { Type: "identifier" } id && id.Text == index || QuotientOfIndex(left, index));
    }

    private static bool IsZero(AffineIndex a) => a.IsConstant && a.Constant == 0;

    private static void CountDeclarations(SyntaxNode node, Dictionary<string, int> counts)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (node.Type == "declaration")
        {
            CollectDeclarations(node, names);
            foreach (var n in names)
            {
                counts[n] = counts.GetValueOrDefault(n) + 1;
            }
            return;
        }
        foreach (var child in node.NamedChildren)
        {
            CountDeclarations(child, counts);
        }
    }

    private static void CollectWrittenNames(SyntaxNode node, HashSet<string> written)
    {
        switch (node.Type)
        {
            case "assignment_expression" when node.ChildByField("left") is { Type: "identifier" } left:
                written.Add(left.Text);
                break;
            case "update_expression" when node.ChildByField("argument") is { Type: "identifier" } arg:
                written.Add(arg.Text);
                break;
            case "pointer_expression" when node.Text.TrimStart().StartsWith('&') && node.ChildByField("argument") is { Type: "identifier" } taken:
                written.Add(taken.Text);  // its address escapes: it may be written through it
                break;
        }
        foreach (var child in node.NamedChildren)
        {
            CollectWrittenNames(child, written);
        }
    }

    /// <summary>
    /// Names given a value more than once in one iteration (declared with a value and assigned, assigned twice, or
    /// stepped): the same subscript text then names different elements. Inner loop headers do not count, as an inner
    /// index is meant to range.
    /// </summary>
    private static HashSet<string> Reassigned(SyntaxNode body)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        CountAssignments(body, counts);
        var reassigned = counts.Where(kv => kv.Value > 1).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        // A name used above its declaration in the body is two variables (an outer one, then the local): one text, two values.
        var declarations = new List<(string Name, int At)>();
        DeclarationSites(body, declarations);
        var uses = Occurrences(body).ToList();
        foreach (var first in declarations.GroupBy(d => d.Name).Select(g => (Name: g.Key, At: g.Min(d => d.At))))
        {
            if (uses.Any(u => u.Text == first.Name && u.StartByte < first.At))
            {
                reassigned.Add(first.Name);
            }
        }
        return reassigned;
    }

    private static void DeclarationSites(SyntaxNode node, List<(string, int)> sites)
    {
        if (node.Type == "declaration")
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            CollectDeclarations(node, names);
            sites.AddRange(names.Select(n => (n, node.StartByte)));
            return;
        }
        foreach (var child in node.NamedChildren)
        {
            DeclarationSites(child, sites);
        }
    }

    private static void CountAssignments(SyntaxNode node, Dictionary<string, int> counts)
    {
        string? name = node.Type switch
        {
            "init_declarator" when node.ChildByField("declarator") is { Type: "identifier" } d && node.ChildByField("value") is not null => d.Text,
            "assignment_expression" when node.ChildByField("left") is { Type: "identifier" } l => l.Text,
            "update_expression" when node.ChildByField("argument") is { Type: "identifier" } u => u.Text,
            _ => null,
        };
        if (name is not null)
        {
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }
        var header = node.Type == "for_statement"
            ? new[] { node.ChildByField("initializer"), node.ChildByField("update") }.Where(n => n is not null).Select(n => n!.Value).ToList()
            : [];
        foreach (var child in node.NamedChildren.Where(c => !header.Contains(c)))
        {
            CountAssignments(child, counts);
        }
    }

    /// <summary>
    /// Names whose value may repeat across iterations although computed from the index: a definition divides, takes
    /// a remainder, shifts right or masks (<c>r = i / 2</c>), reads through a subscript, a call or a pointer
    /// (<c>k = idx[i]</c>), or uses such a name. A subscript built from one is not owned by the iteration.
    /// </summary>
    private static HashSet<string> Lossy(SyntaxNode body)
    {
        var definitions = new List<(string Name, SyntaxNode Value)>();
        Definitions(body, definitions);
        var lossy = new HashSet<string>(StringComparer.Ordinal);
        bool grew = true;
        while (grew)
        {
            grew = false;
            foreach (var (name, value) in definitions)
            {
                if (!lossy.Contains(name) && (LosesInformation(value) || Identifiers(value).Any(lossy.Contains)))
                {
                    grew = lossy.Add(name);
                }
            }
        }
        return lossy;
    }

    private static bool LosesInformation(SyntaxNode node) =>
        (node.Type == "binary_expression" && node.ChildByField("operator")?.Text is "/" or "%" or ">>" or "&" or "|" or "^")
        || Indirect(node) || node.NamedChildren.Any(LosesInformation);
}
