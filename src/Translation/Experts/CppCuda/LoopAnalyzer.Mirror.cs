using System.Text.RegularExpressions;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// An in-place vertical flip of a row-major H x W matrix: over <c>i</c> in <c>[0, H * W / 2)</c>, each iteration
/// touches <c>a[i]</c> and its mirror <c>a[(H - 1 - i / W) * W + i % W]</c> and nothing else of <c>a</c>. The mirror of
/// an element of row <c>r</c> lies in row <c>H - 1 - r</c>, below the range for every row the range covers whole;
/// for odd H the range ends half-way through the middle row, whose elements are their own mirrors. So no element an
/// iteration touches is touched by another, whatever the iterations do with them (W &gt; 0; other sizes make the
/// loop itself read outside the matrix).
/// </summary>
internal static partial class LoopAnalyzer
{
    private static bool MirrorSwap(LoopAnalysis a, List<ArrayAccess> all)
    {
        var half = HalfOfProduct().Match(Compact(a.Hi));
        if (a.Descending || a.Inclusive || Compact(a.Lo) != "0" || !half.Success)
        {
            return false;
        }
        var (x, y) = (half.Groups["x"].Value, half.Groups["y"].Value);
        var body = a.Loop.ChildByField("body")!.Value;
        if (Assigned(body, x) || Assigned(body, y) || Assigned(body, a.Index))
        {
            return false;
        }
        var partners = all.Select(acc => acc.Subscript).Where(s => s != a.Index).Distinct(StringComparer.Ordinal).ToList();
        if (partners is not [var partner])
        {
            return false;
        }
        var i = a.Index;
        var mirrors = new[] { $"({x}-1-{i}/{y})*{y}+{i}%{y}", $"({y}-1-{i}/{x})*{x}+{i}%{x}" };
        return mirrors.Contains(partner) || mirrors.Contains(OnlyDefinition(body, partner, a));
    }

    /// <summary>The compacted value of a body local declared once with a value and never assigned again, or null.</summary>
    private static string? OnlyDefinition(SyntaxNode body, string name, LoopAnalysis a)
    {
        var definitions = new List<(string Name, SyntaxNode Value)>();
        Definitions(body, definitions);
        var mine = definitions.Where(d => d.Name == name).ToList();
        return mine is [var only] && !a.Reassigned.Contains(name) && only.Value.Parent is { Type: "init_declarator" } ? Compact(only.Value.Text) : null;
    }

    [GeneratedRegex(@"^\(?(?<x>[A-Za-z_][A-Za-z0-9_]*)\*(?<y>[A-Za-z_][A-Za-z0-9_]*)\)?/2$")]
    private static partial Regex HalfOfProduct();
}
