using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// A subscript as <c>Coefficient * i + Offset</c> in the loop index <c>i</c>: <see cref="Constant"/> is the integer part
/// of the offset and <see cref="Symbolic"/> its loop-invariant remainder as text (empty when none).
/// Null from <see cref="Parse"/> means the subscript is not affine in <c>i</c> (or reads something the loop writes).
/// </summary>
internal sealed record AffineIndex(long Coefficient, long Constant, string Symbolic)
{
    /// <param name="known">Body locals that stand for an affine expression of the index (<c>int k = 2 * i;</c>).</param>
    /// <param name="divMods">Body locals that are a quotient or remainder (<c>q = e / m</c>, <c>r = e % m</c>): <c>q * m + r</c> is <c>e</c>.</param>
    public static AffineIndex? Parse(SyntaxNode node, string index, IReadOnlySet<string> variant, IReadOnlyDictionary<string, AffineIndex>? known = null,
        IReadOnlyDictionary<string, DivMod>? divMods = null)
    {
        switch (node.Type)
        {
            case "number_literal":
                return long.TryParse(node.Text.TrimEnd('u', 'U', 'l', 'L'), out var v) ? new AffineIndex(0, v, "") : null;
            case "identifier":
                if (node.Text == index)
                {
                    return new AffineIndex(1, 0, "");
                }
                if (known is not null && known.TryGetValue(node.Text, out var local))
                {
                    return local;
                }
                return variant.Contains(node.Text) ? null : new AffineIndex(0, 0, node.Text);
            case "parenthesized_expression":
                return node.NamedChildCount == 1 ? Parse(node.NamedChild(0)!.Value, index, variant, known, divMods) : null;
            case "binary_expression":
                var left = node.ChildByField("left");
                var right = node.ChildByField("right");
                var op = node.ChildByField("operator")?.Text ?? node.Child(1)?.Text;
                if (left is null || right is null)
                {
                    return null;
                }
                if (op == "+" && divMods is not null && (DivMod.Identity(left.Value, right.Value, divMods) ?? DivMod.Identity(right.Value, left.Value, divMods)
                    ?? RadixDigits.Identity(node, index, divMods)) is { } whole)
                {
                    return whole;
                }
                var l = Parse(left.Value, index, variant, known, divMods);
                var r = Parse(right.Value, index, variant, known, divMods);
                if (l is null || r is null)
                {
                    return null;
                }
                if (l.SymbolicCoefficient is not null || r.SymbolicCoefficient is not null)
                {
                    return SymbolicSum(l, r, op);
                }
                return op switch
                {
                    "+" => new AffineIndex(l.Coefficient + r.Coefficient, l.Constant + r.Constant, Join(l.Symbolic, "+", r.Symbolic)),
                    "-" => new AffineIndex(l.Coefficient - r.Coefficient, l.Constant - r.Constant, Join(l.Symbolic, "-", r.Symbolic)),
                    "*" when l.IsConstant && r.Symbolic.Length == 0 && !r.IsConstant => new AffineIndex(l.Constant * r.Coefficient, l.Constant * r.Constant, ""),
                    "*" when r.IsConstant && l.Symbolic.Length == 0 && !l.IsConstant => new AffineIndex(r.Constant * l.Coefficient, r.Constant * l.Constant, ""),
                    "*" when l.IsConstant && r.IsConstant => new AffineIndex(0, l.Constant * r.Constant, ""),
                    // A loop-invariant stride (i * cols): affine with a symbolic coefficient, kept as text.
                    "*" or "/" or "%" or "<<" or ">>" when l.Coefficient == 0 && r.Coefficient == 0 => new AffineIndex(0, 0, node.Text),
                    "*" when (l.Coefficient != 0) != (r.Coefficient != 0) => SymbolicStride(l, r, node),
                    _ => null,
                };
            default:
                // Field accesses, calls and casts are accepted when they do not mention the index or a variant name.
                return MentionsAny(node, index, variant) ? null : new AffineIndex(0, 0, node.Text);
        }
    }

    public bool IsConstant => Coefficient == 0 && Symbolic.Length == 0;

    /// <summary>Text that distinguishes coefficients written as symbols (<c>i * cols</c>), which never compare equal to numbers.</summary>
    public string? SymbolicCoefficient { get; init; }

    /// <summary>
    /// A sum with a symbolic stride (<c>i * cols + 1</c>) keeps the stride's text: it must never compare equal to a
    /// numeric coefficient or to another stride. Products and mixed strides are not read.
    /// </summary>
    private static AffineIndex? SymbolicSum(AffineIndex l, AffineIndex r, string? op)
    {
        if (op is not ("+" or "-"))
        {
            return null;
        }
        var (strided, other) = l.SymbolicCoefficient is not null ? (l, r) : (r, l);
        if (other.Coefficient != 0 || (op == "-" && ReferenceEquals(strided, r)))
        {
            return null;
        }
        var sum = op == "+"
            ? new AffineIndex(strided.Coefficient, l.Constant + r.Constant, Join(l.Symbolic, "+", r.Symbolic))
            : new AffineIndex(strided.Coefficient, l.Constant - r.Constant, Join(l.Symbolic, "-", r.Symbolic));
        return sum with { SymbolicCoefficient = strided.SymbolicCoefficient };
    }

    private static AffineIndex? SymbolicStride(AffineIndex l, AffineIndex r, SyntaxNode node)
    {
        var (withIndex, other) = l.Coefficient != 0 ? (l, r) : (r, l);
        if (withIndex.Coefficient != 1 || withIndex.Constant != 0 || withIndex.Symbolic.Length != 0 || other.Coefficient != 0)
        {
            return null;
        }
        return new AffineIndex(1, 0, "") { SymbolicCoefficient = other.IsConstant ? null : node.Text };
    }

    private static string Join(string a, string op, string b) =>
        a.Length == 0 ? (b.Length == 0 ? "" : op == "-" ? "-(" + b + ")" : b) : b.Length == 0 ? a : $"{a}{op}{b}";

    private static bool MentionsAny(SyntaxNode node, string index, IReadOnlySet<string> variant)
    {
        if (node.Type == "identifier" && (node.Text == index || variant.Contains(node.Text)))
        {
            return true;
        }
        return node.NamedChildren.Any(c => MentionsAny(c, index, variant));
    }
}
