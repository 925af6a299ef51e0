using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// A body local that is the quotient (<c>q = e / m</c>) or the remainder (<c>r = e % m</c>, <c>r = e - q * m</c>) of an
/// expression <c>e</c> affine in the index by a loop-invariant <c>m</c>. C's truncating division keeps
/// <c>(e / m) * m + e % m == e</c> for every sign, so <c>q * m + r</c> in a subscript is <c>e</c> again
/// (<c>buf[i * n + j]</c> with <c>i = idx / n</c>, <c>j = idx % n</c> is <c>buf[idx]</c>).
/// </summary>
/// <remarks><see cref="Value"/> is null for a digit of the index above the first (<c>(i / w) % w</c>): its dividend is
/// itself a quotient, which only <see cref="RadixDigits"/> reads.</remarks>
internal sealed record DivMod(bool Quotient, string Dividend, string Divisor, AffineIndex? Value)
{
    /// <summary><paramref name="product"/> is <c>q * m</c> (or <c>m * q</c>) and <paramref name="rest"/> the matching remainder: the dividend.</summary>
    public static AffineIndex? Identity(SyntaxNode product, SyntaxNode rest, IReadOnlyDictionary<string, DivMod> divMods)
    {
        product = Unwrap(product);
        rest = Unwrap(rest);
        if (product.Type != "binary_expression" || product.ChildByField("operator")?.Text != "*" || rest.Type != "identifier"
            || !divMods.TryGetValue(rest.Text, out var remainder) || remainder.Quotient
            || product.ChildByField("left") is not { } l || product.ChildByField("right") is not { } r)
        {
            return null;
        }
        foreach (var (q, m) in new[] { (Unwrap(l), Unwrap(r)), (Unwrap(r), Unwrap(l)) })
        {
            if (q.Type == "identifier" && divMods.TryGetValue(q.Text, out var quotient) && quotient.Quotient && quotient.Value is not null
                && quotient.Dividend == remainder.Dividend && quotient.Divisor == remainder.Divisor && Compact(m) == quotient.Divisor)
            {
                return quotient.Value;
            }
        }
        return null;
    }

    public static string Compact(SyntaxNode node) => string.Concat(Unwrap(node).Text.Where(c => !char.IsWhiteSpace(c)));

    public static SyntaxNode Unwrap(SyntaxNode node)
    {
        while (node.Type == "parenthesized_expression" && node.NamedChildCount == 1)
        {
            node = node.NamedChild(0)!.Value;
        }
        return node;
    }
}
