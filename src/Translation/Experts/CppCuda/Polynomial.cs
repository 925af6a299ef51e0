namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// A polynomial with integer coefficients over loop-invariant names (<c>h * w - 1</c>): the weights and bounds that
/// rule 9 (block ownership, see README.md) compares. Immutable; terms with a zero coefficient are dropped.
/// </summary>
internal sealed class Polynomial
{
    // Monomial (its names sorted, joined by '*'; "" for the constant term) -> coefficient.
    private readonly SortedDictionary<string, long> _terms;

    private Polynomial(SortedDictionary<string, long> terms) => _terms = terms;

    public static Polynomial Zero { get; } = new(new(StringComparer.Ordinal));

    public static Polynomial Constant(long value) => Of([("", value)]);

    public static Polynomial Name(string name) => Of([(name, 1)]);

    public bool IsZero => _terms.Count == 0;

    /// <summary>The value when the polynomial has no names; null otherwise.</summary>
    public long? AsConstant => _terms.Count == 0 ? 0 : _terms.Count == 1 && _terms.TryGetValue("", out var c) ? c : null;

    public IEnumerable<string> Names => _terms.Keys.SelectMany(Factors).Distinct(StringComparer.Ordinal);

    public Polynomial Add(Polynomial other) => Of(_terms.Select(t => (t.Key, t.Value)).Concat(other._terms.Select(t => (t.Key, t.Value))));

    public Polynomial Subtract(Polynomial other) => Add(other.Scale(-1));

    public Polynomial Scale(long factor) => Of(_terms.Select(t => (t.Key, t.Value * factor)));

    public Polynomial Multiply(Polynomial other) =>
        Of(_terms.SelectMany(a => other._terms.Select(b => (Monomial(Factors(a.Key).Concat(Factors(b.Key))), a.Value * b.Value))));

    /// <summary>This divided by a one-term <paramref name="divisor"/> when every term divides exactly; else null.</summary>
    public Polynomial? DivideExactly(Polynomial divisor)
    {
        if (divisor._terms.Count != 1)
        {
            return null;
        }
        var (monomial, coefficient) = divisor._terms.First();
        var quotient = new List<(string, long)>();
        foreach (var (key, value) in _terms)
        {
            var rest = Factors(key).ToList();
            foreach (var factor in Factors(monomial))
            {
                if (!rest.Remove(factor))
                {
                    return null;
                }
            }
            if (value % coefficient != 0)
            {
                return null;
            }
            quotient.Add((Monomial(rest), value / coefficient));
        }
        return Of(quotient);
    }

    /// <summary>
    /// Whether the polynomial is at least 0 wherever each name is at least its lower bound: with every name written as
    /// its bound plus a name at least 0, all coefficients come out at least 0. A name without a bound, or a bound
    /// below 0, proves nothing.
    /// </summary>
    public bool ProvablyNonNegative(IReadOnlyDictionary<string, long> lowerBounds)
    {
        var total = Zero;
        foreach (var (key, value) in _terms)
        {
            var term = Constant(value);
            foreach (var factor in Factors(key))
            {
                if (!lowerBounds.TryGetValue(factor, out var bound) || bound < 0)
                {
                    return false;
                }
                term = term.Multiply(Name(factor).Add(Constant(bound)));
            }
            total = total.Add(term);
        }
        return total._terms.Values.All(v => v >= 0);
    }

    public bool SameAs(Polynomial other) => Subtract(other).IsZero;

    public override string ToString() =>
        _terms.Count == 0 ? "0" : string.Join(" + ", _terms.Select(t => t.Key.Length == 0 ? $"{t.Value}" : t.Value == 1 ? t.Key : $"{t.Value}*{t.Key}"));

    private static Polynomial Of(IEnumerable<(string Monomial, long Coefficient)> terms)
    {
        var map = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (monomial, coefficient) in terms)
        {
            map[monomial] = checked(map.GetValueOrDefault(monomial) + coefficient);
        }
        foreach (var zero in map.Where(t => t.Value == 0).Select(t => t.Key).ToList())
        {
            map.Remove(zero);
        }
        return new Polynomial(map);
    }

    private static IEnumerable<string> Factors(string monomial) => monomial.Length == 0 ? [] : monomial.Split('*');

    private static string Monomial(IEnumerable<string> factors) => string.Join('*', factors.Order(StringComparer.Ordinal));
}
