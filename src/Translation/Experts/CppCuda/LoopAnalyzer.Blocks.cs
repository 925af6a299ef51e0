using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// Rule 9, block ownership (see README.md): every access to the array reads, as a <see cref="LinearForm"/>,
/// <c>C + W·i + E + H</c> with the same <c>C</c> and <c>W</c> everywhere, <c>E</c> a sum of digits each at least 0 whose
/// largest value is at most <c>W - 1</c>, and <c>H</c> a sum of multiples of <c>W·R</c> (<c>R</c> the iteration count).
/// Then <c>(subscript - C) / W</c> is <c>R·Q + (i - lo)</c>, so the element names its iteration: none is touched by two.
/// Digits range over inner loop indices' bounds and locals' values narrowed by the <c>if</c> guards around the access.
/// </summary>
internal static partial class LoopAnalyzer
{
    private static bool OwnedBlocks(LoopAnalysis a, List<ArrayAccess> all)
    {
        try
        {
            return !all.Any(x => x.IsMatrix) && BlocksOwned(a, all);
        }
        catch (OverflowException)
        {
            return false;  // coefficients past 64 bits (a[i * 99999999999 * 99999999999]): nothing is proved
        }
    }

    private static bool BlocksOwned(LoopAnalysis a, List<ArrayAccess> all)
    {
        var body = a.Loop.ChildByField("body")!.Value;
        // Through casts, byte arithmetic and pointers the body sets, every access is measured in bytes, and an element
        // covers its size.
        var inBytes = all.Any(x => x is { Pointer: true, Index: null } || a.PointsInto.ContainsKey(x.Array));
        var shared = new BodyFacts(body);
        Polynomial? weight = null;
        Polynomial? constant = null;
        var checks = new List<string>();
        foreach (var access in all)
        {
            var scope = new BlockScope(a, body, access.Node, shared);
            if (scope.Count is not { } count || scope.Offset(access, inBytes) is not var (form, width))
            {
                return false;
            }
            var w = form.WeightOf(a.Index);
            weight ??= w;
            constant ??= form.Constant;
            if (w.IsZero || !w.SameAs(weight) || !form.Constant.SameAs(constant) || !scope.LowerDigitsFit(form, w, count, width, checks))
            {
                return false;
            }
        }
        a.RuntimeChecks.AddRange(checks.Distinct(StringComparer.Ordinal).Where(c => !a.RuntimeChecks.Contains(c)));
        return true;
    }

    /// <summary>Bytes of one element of a pointee type; null for a type whose size is not fixed here.</summary>
    private static long? SizeOf(string type) =>
        string.Join(' ', type.Replace("const", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)) switch
        {
            "char" or "unsigned char" or "signed char" or "bool" => 1,
            "short" or "unsigned short" => 2,
            "int" or "unsigned" or "unsigned int" or "float" => 4,
            "long" or "unsigned long" or "long long" or "unsigned long long" or "double" or "size_t" => 8,
            _ => null,
        };
}
