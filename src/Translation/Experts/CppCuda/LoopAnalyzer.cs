using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// Decides whether a C++ <c>for</c> loop may run one iteration per GPU thread: it must be counted (one index, unit
/// step, bounds that do not change in the loop), leave early nowhere, write scalars only as per-iteration temporaries
/// or as <c>+=</c> reductions, and write arrays only through subscripts affine in the index that the GCD test finds
/// independent of every other access to the same array (see README.md). Pointer arguments are taken not to alias,
/// as the CodeRosetta/BabelTower kernels assume.
/// </summary>
internal static partial class LoopAnalyzer
{
    public static LoopAnalysis Analyze(SyntaxNode loop, IReadOnlyDictionary<string, string> declaredTypes, OpenMpLoop? openMp = null,
        IReadOnlySet<string>? matrices = null)
    {
        var a = new LoopAnalysis { Loop = loop, OpenMp = openMp, Matrices = matrices ?? new HashSet<string>(), Types = declaredTypes };
        if (!ReadHeader(loop, a))
        {
            return a;
        }
        var body = loop.ChildByField("body");
        if (body is null)
        {
            a.Reason = "the loop has no body";
            return a;
        }
        a.IndexType = declaredTypes.GetValueOrDefault(a.Index, a.IndexType);
        var locals = new HashSet<string>(StringComparer.Ordinal);
        CollectDeclarations(body.Value, locals);
        // OpenMP private(...) scalars get one copy per thread, as body locals do.
        a.Privates.UnionWith(openMp?.Private ?? []);
        CollectPrivates(body.Value, a, locals);
        a.Derived.UnionWith(DerivedFromIndex(body.Value, a.Index));
        a.Inductions = Inductions(loop, body.Value, a, locals);
        var variant = new HashSet<string>(locals, StringComparer.Ordinal);
        variant.UnionWith(a.Privates);
        variant.UnionWith(a.Inductions.Keys);
        (a.AffineLocals, a.DivMods) = AffineLocals(body.Value, a.Index, variant);
        a.Reassigned = Reassigned(body.Value);
        a.Lossy = Lossy(body.Value);
        a.InnerBounds = InnerBounds(body.Value, a, variant);
        Walk(body.Value, a, locals, variant);
        var pointers = PointerRoots(body.Value, a);
        a.PointsInto = pointers.ToDictionary(p => p.Key, p => p.Value.Root, StringComparer.Ordinal);
        a.PointerValues = pointers.ToDictionary(p => p.Key, p => p.Value.Values, StringComparer.Ordinal);
        if (a.IsParallel && a.Accesses.FirstOrDefault(x => x.IsWrite && a.PointsInto.TryGetValue(x.Array, out var root) && root is null) is { } unknown)
        {
            a.Reason = $"the loop writes through '{unknown.Array}', a pointer it sets itself to more than one place";
        }
        // Under '#pragma omp parallel for' the programmer asserts that iterations are independent (OpenMP semantics):
        // the array dependence test is not needed; scalars and reductions are still checked.
        if (a.IsParallel && openMp is null)
        {
            CheckArrays(a);
        }
        if (a.IsParallel)
        {
            CheckReductions(body.Value, a);
        }
        if (a.IsParallel)
        {
            CheckLatches(body.Value, a);
        }
        if (a.IsParallel)
        {
            CheckReductionArrays(a);
        }
        if (a.IsParallel && openMp is not null)
        {
            CheckOpenMpReductions(a, openMp);
        }
        CollectUsed(body.Value, a);
        return a;
    }

    private static void Walk(SyntaxNode node, LoopAnalysis a, HashSet<string> locals, HashSet<string> variant)
    {
        if (!a.IsParallel)
        {
            return;
        }
        switch (node.Type)
        {
            case "break_statement" or "return_statement" or "goto_statement" or "throw_statement":
                a.Reason = $"'{node.Text.Split(' ')[0].TrimEnd(';')}' leaves the loop early";
                return;
            case "assignment_expression":
                Write(node, node.ChildByField("left")!.Value, node.ChildByField("operator")?.Text ?? "=", node.ChildByField("right"), a, locals, variant);
                Walk(node.ChildByField("right")!.Value, a, locals, variant);
                if (node.ChildByField("left") is { Type: "subscript_expression" } sub)
                {
                    foreach (var idx in SubscriptIndices(sub))
                    {
                        Walk(idx, a, locals, variant);
                    }
                }
                return;
            // Counting down, "first" and "last" swap: such a loop stays on the host.
            case "if_statement" when !a.Descending && ArgMinMaxIf(node, a.Index) is var (arg, argValue) && !locals.Contains(arg.Target)
                && !locals.Contains(arg.ArgIndex!) && !a.Privates.Contains(arg.Target) && !a.Privates.Contains(arg.ArgIndex!):
                a.Reductions.Add(arg with { ArgIndexOffset = $"{a.Index} - ({a.Lo})" });
                Walk(argValue, a, locals, variant);
                return;
            case "if_statement" when MinMaxIf(node) is var (reduction, value) && !locals.Contains(reduction.Target)
                && !a.Privates.Contains(reduction.Target) && reduction.Target != a.Index:
                a.Reductions.Add(reduction);
                Walk(value, a, locals, variant);
                return;
            case "update_expression":
                Write(node, node.ChildByField("argument")!.Value, "++", null, a, locals, variant);
                return;
            case "pointer_expression" when IsDereference(node):
                if (PointerAccess(node, isWrite: false, a, variant) is null)
                {
                    break;
                }
                Walk(node.ChildByField("argument")!.Value, a, locals, variant);
                return;
            case "subscript_expression":
                Access(node, isWrite: false, a, variant);
                foreach (var child in SubscriptIndices(node))
                {
                    Walk(child, a, locals, variant);
                }
                return;
        }
        foreach (var child in node.NamedChildren)
        {
            Walk(child, a, locals, variant);
        }
    }

    private static void Write(SyntaxNode stmt, SyntaxNode target, string op, SyntaxNode? value, LoopAnalysis a, HashSet<string> locals, HashSet<string> variant)
    {
        switch (target.Type)
        {
            case "identifier" when locals.Contains(target.Text) || a.Privates.Contains(target.Text):
                return;
            case "identifier" when a.Inductions.ContainsKey(target.Text):
                return;
            case "identifier" when target.Text == a.Index:
                a.Reason = "the body changes the loop index";
                return;
            case "identifier":
                if (ReductionOf(stmt, target, op, value, a) is { } r)
                {
                    a.Reductions.Add(r with { Scalar = target.Text });
                    return;
                }
                if (op == "=" && value is { } latched)
                {
                    a.Latches.Add(new Latch(target.Text, latched.Text, stmt));
                    return;
                }
                a.Reason = $"every iteration writes the scalar '{target.Text}' (a loop-carried dependence)";
                return;
            case "subscript_expression":
                var acc = Access(target, isWrite: true, a, variant);
                // out[0] += x, and histo[v[i]] += 1 (an element no subscript test can place): each thread adds atomically.
                // pos[0] = i and out[in[i]] = i (the last iteration that writes wins): each thread keeps the largest index.
                if (acc is { IsMatrix: false } && (acc.Index is { Coefficient: 0 } || acc is { Index: null, OwnedByIteration: false })
                    && (ReductionOf(stmt, target, op, value, a) ?? LastIndex(stmt, target, op, value, a)) is { } er)
                {
                    a.Accesses.Remove(acc);
                    a.Reductions.Add(er with { Indirect = acc.Index is null });
                }
                return;
            case "pointer_expression" when (ReductionOf(stmt, target, op, value, a) ?? LastIndex(stmt, target, op, value, a)) is { } pr:
                a.Reductions.Add(pr);
                return;
            case "pointer_expression" when IsDereference(target) && PointerAccess(target, isWrite: true, a, variant) is not null:
                Walk(target.ChildByField("argument")!.Value, a, locals, variant);
                return;
            default:
                a.Reason = $"the write to '{target.Text}' cannot be analysed";
                return;
        }
    }

    private static Reduction? ReductionOf(SyntaxNode stmt, SyntaxNode target, string op, SyntaxNode? value, LoopAnalysis a)
    {
        if (value is null)
        {
            return op == "++" ? new Reduction(stmt, target.Text, null, "1", false) : null;
        }
        if (op is "+=" or "-=")
        {
            return Mentions(value.Value, target.Text) ? null : new Reduction(stmt, target.Text, null, value.Value.Text, op == "-=");
        }
        if (op == "=" && MinMaxCall(stmt, target, value.Value) is { } minMax)
        {
            return minMax;
        }
        if (op == "=" && value.Value.Type == "binary_expression" && value.Value.ChildByField("operator")?.Text == "+"
            && value.Value.ChildByField("left")?.Text == target.Text && !Mentions(value.Value.ChildByField("right")!.Value, target.Text))
        {
            return new Reduction(stmt, target.Text, null, value.Value.ChildByField("right")!.Value.Text, false);
        }
        _ = a;
        return null;
    }

    /// <summary>
    /// <c>x = i</c> with <c>i</c> the index of a loop counting up from a literal at or above 0: whatever the order of
    /// the threads, the loop leaves in <c>x</c> the largest index that stores there, and an element no iteration
    /// stores keeps its value. On the device an <c>atomicMax</c> into a copy that starts at -1 finds that index.
    /// </summary>
    private static Reduction? LastIndex(SyntaxNode stmt, SyntaxNode target, string op, SyntaxNode? value, LoopAnalysis a) =>
        op == "=" && value is { Type: "identifier" } v && v.Text == a.Index && !a.Descending
        && int.TryParse(a.Lo, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
        && BaseName(target) is { } name
        && Occurrences(a.Loop).All(id => id.Text != name || (id.StartByte >= stmt.StartByte && id.EndByte <= stmt.EndByte))
            ? new Reduction(stmt, target.Text, null, a.Index, false) { Operation = Reduction.Last }
            : null;

    /// <summary>The variable under <c>p[...]</c> or <c>*p</c>, or null.</summary>
    private static string? BaseName(SyntaxNode target)
    {
        var node = target.Type == "subscript_expression" ? target.ChildByField("argument") ?? target.NamedChild(0)
            : target.Type == "pointer_expression" ? target.ChildByField("argument") : null;
        return node is { Type: "identifier" } id ? id.Text : null;
    }

    private static bool Mentions(SyntaxNode node, string text) => node.Text == text || node.NamedChildren.Any(c => Mentions(c, text));

    private static ArrayAccess? Access(SyntaxNode sub, bool isWrite, LoopAnalysis a, HashSet<string> variant)
    {
        var array = sub.ChildByField("argument") ?? sub.NamedChild(0);
        if (array is null || SubscriptIndex(sub) is not { } index)
        {
            return null;
        }
        if (MatrixAccess(sub, index, isWrite, a, variant) is { } element)
        {
            return element;
        }
        var name = array.Value.Type == "identifier" ? array.Value.Text : null;
        if (name is null)
        {
            if (isWrite)
            {
                a.Reason = $"the write to '{sub.Text}' is not to a named array";
            }
            return null;
        }
        var acc = new ArrayAccess(name, AffineIndex.Parse(index, a.Index, variant, a.AffineLocals, a.DivMods), isWrite, sub)
        {
            Subscript = Compact(index.Text),
            // An indirect subscript (a[idx[i]], a[f(i)], a[*p]) may repeat across iterations, and a name given a value
            // twice names two elements with one text: neither is owned by the iteration.
            // out[k++] with k an induction variable: each iteration takes its own run of k (see LoopAnalyzer.Inductions.cs).
            OwnedByIteration = a.Inductions.Keys.Any(k => index.Type == "update_expression" && index.Text.Replace(" ", "", StringComparison.Ordinal) == k + "++")
                || Identifiers(index).Any(a.Derived.Contains) && !Identifiers(index).Any(a.Reassigned.Contains) && !Identifiers(index).Any(a.Lossy.Contains) && !Indirect(index)
                && !index.Text.Contains('/', StringComparison.Ordinal)
                && !index.Text.Contains('%', StringComparison.Ordinal) && !index.Text.Contains(">>", StringComparison.Ordinal),
        };
        a.Accesses.Add(acc);
        return acc;
    }

    /// <summary>The index of <c>a[index]</c> (tree-sitter puts it in a field or in a one-item argument list), or null.</summary>
    private static SyntaxNode? SubscriptIndex(SyntaxNode sub)
    {
        var node = sub.ChildByField("index") ?? sub.ChildByField("indices") ?? sub.NamedChild(1);
        return node is { Type: "subscript_argument_list", NamedChildCount: 1 } list ? list.NamedChild(0) : node;
    }

    private static bool Indirect(SyntaxNode node) =>
        node.Type is "subscript_expression" or "call_expression" or "pointer_expression" or "field_expression" || node.NamedChildren.Any(Indirect);

    private static void CollectUsed(SyntaxNode node, LoopAnalysis a)
    {
        if (node.Type == "identifier")
        {
            a.Used.Add(node.Text);
        }
        foreach (var child in node.NamedChildren)
        {
            CollectUsed(child, a);
        }
    }
}
