namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// An integer expression as a sum of atoms (loop indices, guarded locals) each times a loop-invariant
/// <see cref="Polynomial"/> weight, plus a loop-invariant constant: <c>base + r * width + c</c> with
/// <c>base = index * height * width</c> is <c>(height*width)·index + width·r + 1·c + 0</c>. Products of two atoms,
/// division, remainder, shifts, calls and casts are not linear: <see cref="Parse"/> returns null for them.
/// </summary>
internal sealed class LinearForm
{
    private LinearForm(IReadOnlyDictionary<string, Polynomial> weights, Polynomial constant)
    {
        Weights = weights;
        Constant = constant;
    }

    public IReadOnlyDictionary<string, Polynomial> Weights { get; }

    public Polynomial Constant { get; }

    public bool HasAtoms => Weights.Count > 0;

    public static LinearForm Of(Polynomial constant) => new(new Dictionary<string, Polynomial>(StringComparer.Ordinal), constant);

    public static LinearForm Atom(string name) =>
        new(new Dictionary<string, Polynomial>(StringComparer.Ordinal) { [name] = Polynomial.Constant(1) }, Polynomial.Zero);

    public Polynomial WeightOf(string atom) => Weights.GetValueOrDefault(atom) ?? Polynomial.Zero;

    public LinearForm Add(LinearForm other)
    {
        var weights = new Dictionary<string, Polynomial>(Weights, StringComparer.Ordinal);
        foreach (var (atom, weight) in other.Weights)
        {
            var sum = WeightOf(atom).Add(weight);
            if (sum.IsZero)
            {
                weights.Remove(atom);
            }
            else
            {
                weights[atom] = sum;
            }
        }
        return new LinearForm(weights, Constant.Add(other.Constant));
    }

    public LinearForm Negate() => Times(Polynomial.Constant(-1));

    /// <summary>The product, when at most one side has atoms; null otherwise.</summary>
    public LinearForm? Multiply(LinearForm other) =>
        HasAtoms && other.HasAtoms ? null : HasAtoms ? Times(other.Constant) : other.Times(Constant);

    public LinearForm Times(Polynomial factor) =>
        factor.IsZero ? Of(Polynomial.Zero)
            : new LinearForm(Weights.ToDictionary(w => w.Key, w => w.Value.Multiply(factor), StringComparer.Ordinal), Constant.Multiply(factor));

    /// <summary>
    /// Reads <paramref name="text"/> (identifiers, integer literals, <c>+ - *</c>, parentheses) with each identifier's
    /// meaning from <paramref name="resolve"/>; null when the text is anything else or a name cannot be resolved.
    /// </summary>
    public static LinearForm? Parse(string text, Func<string, LinearForm?> resolve) => new Reader(text, resolve).ReadAll();

    private sealed class Reader(string text, Func<string, LinearForm?> resolve)
    {
        private int _at;

        public LinearForm? ReadAll()
        {
            var form = Sum();
            Skip();
            return _at == text.Length ? form : null;
        }

        private LinearForm? Sum()
        {
            var form = Product();
            while (form is not null && Peek() is '+' or '-')
            {
                var minus = text[_at++] == '-';
                var right = Product();
                form = right is null ? null : form.Add(minus ? right.Negate() : right);
            }
            return form;
        }

        private LinearForm? Product()
        {
            var form = Unary();
            while (form is not null && Peek() == '*')
            {
                _at++;
                form = Unary() is { } right ? form.Multiply(right) : null;
            }
            return form;
        }

        private LinearForm? Unary()
        {
            switch (Peek())
            {
                case '-':
                    _at++;
                    return Unary()?.Negate();
                case '+':
                    _at++;
                    return Unary();
                case '(':
                    _at++;
                    var inner = Sum();
                    if (Peek() != ')')
                    {
                        return null;
                    }
                    _at++;
                    return inner;
                case var c when char.IsAsciiDigit(c):
                    var start = _at;
                    while (_at < text.Length && char.IsAsciiDigit(text[_at]))
                    {
                        _at++;
                    }
                    var digits = text[start.._at];
                    while (_at < text.Length && text[_at] is 'u' or 'U' or 'l' or 'L')
                    {
                        _at++;
                    }
                    return long.TryParse(digits, out var value) ? Of(Polynomial.Constant(value)) : null;
                case var c when char.IsAsciiLetter(c) || c == '_':
                    var begin = _at;
                    while (_at < text.Length && (char.IsAsciiLetterOrDigit(text[_at]) || text[_at] == '_'))
                    {
                        _at++;
                    }
                    return resolve(text[begin.._at]);
                default:
                    return null;
            }
        }

        private char Peek()
        {
            Skip();
            return _at < text.Length ? text[_at] : '\0';
        }

        private void Skip()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }
    }
}
