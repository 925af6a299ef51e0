using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>The dependence tests over the accesses and reductions a walk of the body collected (see README.md).</summary>
internal static partial class LoopAnalyzer
{
    private static void CheckArrays(LoopAnalysis a)
    {
        // Accesses through a pointer the body sets (float* row = (float*)((char*)m + y * pitch);) are accesses to the
        // array it points into; a pointer whose array is not one and the same stays unknown.
        var roots = a.PointsInto;
        var written = a.Accesses.Where(x => x.IsWrite).Select(x => roots.TryGetValue(x.Array, out var r) ? r ?? "" : x.Array).ToHashSet(StringComparer.Ordinal);
        foreach (var (local, root) in roots)
        {
            if (root is null && a.PointerValues[local].Any(v => Identifiers(v).Any(written.Contains)))
            {
                a.Reason = $"'{local}' may point into an array the loop writes: accesses through it cannot be tested";
                return;
            }
        }
        foreach (var group in a.Accesses.GroupBy(x => roots.TryGetValue(x.Array, out var root) ? root ?? "" : x.Array).Where(g => g.Any(x => x.IsWrite)))
        {
            var all = group.ToList();
            if (group.Key.Length == 0)
            {
                a.Reason = $"the loop writes through '{all.First(x => x.IsWrite).Array}', a pointer it sets itself to more than one place";
                return;
            }
            if (all.Any(x => roots.ContainsKey(x.Array)))
            {
                // Only rule 9 follows a pointer into its array.
                if (!OwnedBlocks(a, all))
                {
                    a.Reason = $"'{all.First(x => roots.ContainsKey(x.Array)).Array}' points into '{group.Key}', which the loop writes, and the block test cannot place every access";
                    return;
                }
                continue;
            }
            // Every access stores one and the same constant (head[idx[i]] = 1): whatever the order, memory ends the same.
            if (all.All(x => x.IsWrite && StoredConstant(x) is not null) && all.Select(StoredConstant).Distinct().Count() == 1)
            {
                continue;
            }
            if (MirrorSwap(a, all))
            {
                continue;
            }
            a.Reason = all.Any(x => x.IsMatrix) ? MatrixConflict(all, a.Index) : Conflict(all, x => x.Index, x => x.Subscript, allowOwned: true, a.Index);
            if (a.Reason is not null && OwnedBlocks(a, all))
            {
                a.Reason = null;
            }
            if (a.Reason is not null)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Why two iterations may touch one element through the subscripts <paramref name="index"/> reads, or null.
    /// With <paramref name="allowOwned"/>, a subscript the affine test cannot read still passes when it is written and
    /// read only in exactly that form and computed from the index without division (the delinearisation assumption).
    /// </summary>
    private static string? Conflict(List<ArrayAccess> all, Func<ArrayAccess, AffineIndex?> index, Func<ArrayAccess, string> subscript, bool allowOwned, string loopIndex)
    {
        var array = all[0].Array;
        foreach (var w in all.Where(x => x.IsWrite))
        {
            if (index(w) is not { } written)
            {
                if (allowOwned && w.OwnedByIteration && all.All(x => subscript(x) == subscript(w)))
                {
                    continue;
                }
                return $"'{w.Node.Text}' is written through a subscript that is not affine in {loopIndex}";
            }
            foreach (var other in all)
            {
                if (index(other) is not { } touched)
                {
                    return $"'{other.Node.Text}' reads {array} through a subscript that is not affine in {loopIndex}, and the loop writes {array}";
                }
                if (DependenceTest.MayDepend(written, touched))
                {
                    return $"'{w.Node.Text}' and '{other.Node.Text}' may touch the same element in different iterations (GCD test)";
                }
            }
        }
        return null;
    }

    /// <summary>The literal a plain <c>a[...] = literal</c> stores, or null.</summary>
    private static string? StoredConstant(ArrayAccess access) =>
        access.Node.Parent is { Type: "assignment_expression" } asg && asg.ChildByField("left") is { } left && left.Equals(access.Node)
        && asg.ChildByField("operator")?.Text == "=" && asg.ChildByField("right") is { Type: "number_literal" or "true" or "false" or "char_literal" } value
            ? value.Text
            : null;

    /// <summary>An array element that is a reduction target may be touched only by reductions (histo[v[i]] += 1).</summary>
    private static void CheckReductionArrays(LoopAnalysis a)
    {
        var statements = a.Reductions.Where(r => r.Scalar is null).Select(r => r.Statement).ToList();
        foreach (var array in a.Reductions.Where(r => r.Scalar is null).Select(r => r.Variable).Distinct())
        {
            if (a.Reductions.Where(r => r.Scalar is null && r.Variable == array).Select(r => r.Operation).Distinct().Count() > 1)
            {
                a.Reason = $"'{array}' is accumulated into in two different ways";
                return;
            }
            if (a.Accesses.Any(x => x.Array == array && !statements.Any(s => x.Node.StartByte >= s.StartByte && x.Node.EndByte <= s.EndByte)))
            {
                a.Reason = $"'{array}' is accumulated into and also read or written otherwise in the loop";
                return;
            }
        }
    }

    /// <summary>An accumulator that the body also reads (a running counter used as a subscript) is a loop-carried dependence.</summary>
    private static void CheckReductions(SyntaxNode body, LoopAnalysis a)
    {
        foreach (var arg in a.Reductions.Where(r => r.ArgIndex is not null))
        {
            if (a.Reductions.Count(r => r.Scalar == arg.ArgIndex || r.ArgIndex == arg.ArgIndex || r.Scalar == arg.Scalar) > 1
                || Occurrences(body).Any(id => id.Text == arg.ArgIndex && !(id.StartByte >= arg.Statement.StartByte && id.EndByte <= arg.Statement.EndByte)))
            {
                a.Reason = $"'{arg.ArgIndex}' keeps where '{arg.Scalar}' was found, and the loop uses it otherwise too";
                return;
            }
        }
        foreach (var scalar in a.Reductions.Where(r => r.Scalar is not null).Select(r => r.Scalar!).Distinct())
        {
            if (a.Reductions.Where(r => r.Scalar == scalar).Select(r => r.Operation).Distinct().Count() > 1)
            {
                a.Reason = $"'{scalar}' is both added to and kept as a maximum or minimum";
                return;
            }
            var inside = a.Reductions.Where(r => r.Scalar == scalar).Select(r => r.Statement).ToList();
            bool readElsewhere = Occurrences(body).Any(id => id.Text == scalar && !inside.Any(s => id.StartByte >= s.StartByte && id.EndByte <= s.EndByte));
            if (readElsewhere)
            {
                a.Reason = $"'{scalar}' is updated and read in every iteration (a loop-carried dependence)";
                return;
            }
        }
    }
}
