using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// The index written back from its digits in one radix <c>w</c>: with <c>col = i % w</c>, <c>row = (i / w) % w</c>
/// and <c>frame = i / (w * w)</c>, the subscript <c>frame * w * w + row * w + col</c> is <c>i</c> again. Each level
/// peels one digit (<c>x = (x / w) * w + x % w</c>, which C's truncating division keeps for every sign), and
/// <c>(i / w) / w</c> is <c>i / (w * w)</c> for truncating division, so the sum of the digits below level K times their
/// powers of <c>w</c>, plus the quotient at level K times <c>w^K</c>, rebuilds <c>i</c>.
/// </summary>
internal static class RadixDigits
{
    /// <summary><paramref name="sum"/> as the index, when it is such a sum; null otherwise.</summary>
    public static AffineIndex? Identity(SyntaxNode sum, string index, IReadOnlyDictionary<string, DivMod> divMods)
    {
        var terms = new List<SyntaxNode>();
        Flatten(sum, "+", terms);
        string? radix = null;
        var remainders = new HashSet<int>();
        (int Power, DivMod Digit)? quotient = null;
        foreach (var term in terms)
        {
            // digit * w * ... * w: one digit local, and the radix as many times as the digit's level.
            var factors = new List<SyntaxNode>();
            Flatten(term, "*", factors);
            var digits = factors.Where(f => f.Type == "identifier" && divMods.ContainsKey(f.Text)).ToList();
            var weights = factors.Where(f => !digits.Contains(f)).Select(DivMod.Compact).ToList();
            if (digits.Count != 1 || weights.Any(w => w != (radix ??= w)))
            {
                return null;
            }
            var digit = divMods[digits[0].Text];
            if (digit.Quotient && quotient is null)
            {
                quotient = (weights.Count, digit);
            }
            else if (digit.Quotient || digit.Divisor != (radix ??= digit.Divisor) || Level(digit.Dividend, index, radix) != weights.Count
                     || !remainders.Add(weights.Count))
            {
                return null;
            }
        }
        // Digits 0 .. K-1, and the quotient by w^K (written "w*w", or as the dividend's own "/w" steps).
        if (quotient is not var (power, top) || radix is null || remainders.Count != power || remainders.Any(level => level >= power)
            || top.Divisor.Split('*').Any(part => part != radix))
        {
            return null;
        }
        return Level(top.Dividend, index, radix) + top.Divisor.Split('*').Length == power ? new AffineIndex(1, 0, "") : null;
    }

    /// <summary>How many times <paramref name="radix"/> divides the index in <paramref name="dividend"/>: 0 for
    /// <c>i</c>, 1 for <c>i/w</c>, 2 for <c>i/w/w</c> or <c>i/(w*w)</c>; null for anything else.</summary>
    private static int? Level(string dividend, string index, string radix)
    {
        var parts = dividend.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal).Split('/');
        var steps = parts.Skip(1).SelectMany(p => p.Split('*')).ToList();
        return parts[0] == index && steps.All(s => s == radix) ? steps.Count : null;
    }

    private static void Flatten(SyntaxNode node, string op, List<SyntaxNode> into)
    {
        node = DivMod.Unwrap(node);
        if (node.Type == "binary_expression" && node.ChildByField("operator")?.Text == op
            && node.ChildByField("left") is { } left && node.ChildByField("right") is { } right)
        {
            Flatten(left, op, into);
            Flatten(right, op, into);
            return;
        }
        into.Add(node);
    }
}
