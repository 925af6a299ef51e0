using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// Overloads: C++ functions and Java methods that share a name, which Python cannot keep under one name (the
/// last definition wins). Each overload gets its own Python name: <c>name_N</c> where its parameter count alone
/// tells it apart, <c>name_int_double</c> (its parameter types) where it does not. A call names the overload the
/// source language picks: by argument count, then by argument types, an exact match before a widening or
/// promotion before a conversion (Java JLS 15.12.2, C++ [over.match.best], as far as the lowering knows the
/// types). A call those types do not decide is marked, never guessed; so are Java varargs overloads.
/// </summary>
internal sealed partial class CLowering
{
    private const int NotApplicable = int.MaxValue;

    /// <summary>Gives each definition of an overloaded name its Python name and return type.</summary>
    private void RegisterOverloads(string name, SyntaxNode[] definitions, Func<SyntaxNode, SyntaxNode?> parameterList, Func<SyntaxNode, CType> returnType)
    {
        if (definitions.Any(d => parameterList(d) is { } list && list.NamedChildren.Any(p => p.Type == "spread_parameter")))
        {
            foreach (var overload in definitions.Skip(1))
            {
                _ctx.Warnings.Add(new TranslationWarning(
                    $"'{name}' is overloaded with varargs: Python keeps only the last definition of a name; rename one", overload.Start, overload.End));
            }
            return;
        }
        var signatures = definitions.Select(d => ParametersOf(parameterList(d)).Select(OverloadParameterOf).ToArray()).ToArray();
        var overloads = new List<Overload>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definitions.Length; i++)
        {
            var count = signatures[i].Length;
            var pythonName = signatures.Count(s => s.Length == count) == 1
                ? $"{name}_{count}"
                : $"{name}_{(count == 0 ? "0" : string.Join("_", signatures[i].Select(p => p.Spelling)))}";
            while (!taken.Add(pythonName))
            {
                pythonName += "_";
            }
            overloads.Add(new Overload(pythonName, definitions[i].Start, signatures[i]));
            _ctx.Functions[pythonName] = returnType(definitions[i]);
            _ctx.Parameters[pythonName] = signatures[i].Select(p => p.Type).ToArray();
            _ctx.Definitions[pythonName] = definitions[i];
        }
        _ctx.Overloads[name] = overloads;
    }

    /// <summary>Records the parameter types of <paramref name="name"/>; a name defined twice keeps none (its overloads have theirs).</summary>
    private void RegisterParameters(string name, SyntaxNode definition, SyntaxNode? parameterList)
    {
        if (_ctx.Parameters.Remove(name))
        {
            _ctx.Ambiguous.Add(name);
            return;
        }
        if (!_ctx.Ambiguous.Contains(name))
        {
            _ctx.Parameters[name] = ParametersOf(parameterList).Select(OverloadParameterOf).Select(p => p.Type).ToArray();
            _ctx.Definitions[name] = definition;
        }
    }

    /// <summary>
    /// Refuses a call that hands a StringBuilder to a user function which changes it: the builder is a Python
    /// string, which the callee cannot change in place, so the caller would silently keep the old text.
    /// </summary>
    private void CheckBuildersPassed(SyntaxNode call, string pythonName, LoweredExpression[] arguments)
    {
        if (!_ctx.Definitions.TryGetValue(pythonName, out var definition) || !arguments.Any(a => a.Type.Kind == CKind.StringBuilder))
        {
            return;
        }
        var parameters = ParametersOf(definition.ChildByField("parameters")).ToArray();
        var body = definition.ChildByField("body");
        for (var i = 0; i < Math.Min(parameters.Length, arguments.Length); i++)
        {
            if (arguments[i].Type.Kind == CKind.StringBuilder && parameters[i].ChildByField("name") is { } name && body is { } b && Mutates(b, name.Text))
            {
                throw Unsupported(call, $"passing a StringBuilder that '{pythonName}' changes (Python strings cannot be changed in place, so the caller would not see it)");
            }
        }

        static bool Mutates(SyntaxNode node, string builder) =>
            node.Type == "method_invocation" && node.ChildByField("object") is { Type: "identifier" } receiver && receiver.Text == builder
                && node.ChildByField("name")?.Text is "append" or "insert" or "reverse" or "setCharAt" or "deleteCharAt" or "setLength" or "replace" or "delete"
            || node.NamedChildren.Any(c => Mutates(c, builder));
    }

    /// <summary>The Python name of the definition of <paramref name="name"/> at <paramref name="definition"/>.</summary>
    private string DefinitionName(string name, SyntaxNode definition) =>
        _ctx.Overloads.TryGetValue(name, out var overloads) && overloads.FirstOrDefault(o => o.Start == definition.Start) is { } own
            ? own.PythonName
            : name;

    /// <summary>The Python name a call of <paramref name="name"/> reaches, chosen by its arguments' count and types.</summary>
    private string OverloadName(SyntaxNode call, string name, SyntaxNode[] arguments, LoweredExpression[] lowered)
    {
        if (!_ctx.Overloads.TryGetValue(name, out var overloads))
        {
            return name;
        }
        var candidates = overloads.Where(o => o.Parameters.Count == arguments.Length).ToArray();
        if (candidates.Length <= 1)
        {
            return candidates.Length == 1 ? candidates[0].PythonName
                : throw Unsupported(call, $"a call of '{name}' with {arguments.Length} argument(s), which no overload takes");
        }
        var ranks = candidates.Select(c => c.Parameters.Select((p, i) => Rank(arguments[i], lowered[i].Type, p)).ToArray()).ToArray();
        var applicable = Enumerable.Range(0, candidates.Length).Where(c => ranks[c].All(r => r != NotApplicable)).ToArray();
        var unknown = lowered.Any(a => a.Type.Kind == CKind.Unknown);
        var best = applicable.Where(c => applicable.All(o => o == c || Better(ranks[c], ranks[o]))).ToArray();
        if (best.Length == 1 && (!unknown || applicable.Length == 1))
        {
            return candidates[best[0]].PythonName;
        }
        var types = string.Join(", ", lowered.Select(a => a.Type.Kind == CKind.Unknown ? "?" : a.Type.Kind.ToString().ToLowerInvariant()));
        throw Unsupported(call, $"a call of '{name}', overloaded on parameter types, whose argument types ({types}) do not decide the overload here");
    }

    /// <summary>Whether <paramref name="a"/> is at least as good at every argument and better at one.</summary>
    private static bool Better(int[] a, int[] b) =>
        a.Zip(b).All(p => p.First <= p.Second) && a.Zip(b).Any(p => p.First < p.Second);

    /// <summary>
    /// How well an argument fits a parameter, lower is better: 0 an exact match; for Java the number of steps of
    /// primitive widening (byte, short, int, long, float, double; char widens to int), boxing 10; for C++ 1 a
    /// promotion (to int or double), 2 a conversion; <see cref="NotApplicable"/> when the language refuses it.
    /// An argument of unknown type, or of unknown width, fits as well as an exact match: a call that only such
    /// a guess would decide is marked instead.
    /// </summary>
    private int Rank(SyntaxNode argument, CType type, OverloadParameter parameter)
    {
        var formal = parameter.Type;
        if (type.Kind == CKind.Unknown)
        {
            return argument.Type is "null_literal" or "null" or "nullptr" && formal.Kind is CKind.Int or CKind.Float or CKind.Bool or CKind.Char
                ? NotApplicable
                : 0;
        }
        var conversion = IsJava ? NotApplicable : 2;
        var width = ArgumentWidth(argument) ?? type.Width;
        return (formal.Kind, type.Kind) switch
        {
            (CKind.Int, CKind.Int) or (CKind.Float, CKind.Float) => width is { } w ? Widen(w, parameter.Width) : 0,
            (CKind.Int, CKind.Char) => IsJava && parameter.Width < IntWidth ? NotApplicable : Widen(CharWidth, parameter.Width),
            (CKind.Int, CKind.Bool) => IsJava ? NotApplicable : Widen(CharWidth, parameter.Width),
            (CKind.Float, CKind.Int) => Widen(width ?? IntWidth, parameter.Width),
            (CKind.Float, CKind.Char) => Widen(CharWidth, parameter.Width),
            (CKind.Int, CKind.Float) or (CKind.Float, CKind.Bool) => conversion,
            (CKind.Char, CKind.Char) or (CKind.Bool, CKind.Bool) => 0,
            (CKind.Char, CKind.Int or CKind.Float or CKind.Bool) or (CKind.Bool, CKind.Int or CKind.Float or CKind.Char) => conversion,
            (CKind.String, CKind.String) or (CKind.StringBuilder, CKind.StringBuilder) => 0,
            (CKind.List or CKind.Map or CKind.Set or CKind.Pair, _) when formal.Kind == type.Kind =>
                Compatible(formal.Element, type.Element) && Compatible(formal.Key, type.Key) ? 0 : NotApplicable,
            (CKind.Object, _) when formal.Name == "Object" => 10,
            (CKind.Object, CKind.Object) => formal.Name == type.Name || type.Name is null ? 0 : NotApplicable,
            (CKind.Unknown, _) => 10,
            _ => NotApplicable,
        };

        int Widen(int from, int to) =>
            from == to ? 0
            : from > to ? conversion
            : IsJava ? to - from
            : to == IntWidth || (from == 5 && to == 6) ? 1 : 2;
    }

    /// <summary>Container element types that cannot be the same type (both known, of different kinds).</summary>
    private static bool Compatible(CType? formal, CType? actual) =>
        formal is null || actual is null || formal.Kind == CKind.Unknown || actual.Kind == CKind.Unknown || formal.Kind == actual.Kind;

    private const int IntWidth = 3;

    /// <summary>Where char stands in the widening order: below int (it widens to int), beside short (it does not widen to it).</summary>
    private const int CharWidth = 2;

    /// <summary>The width of a literal or cast argument (byte 1 … long 4, float 5, double 6); null when not told by the syntax.</summary>
    private static int? ArgumentWidth(SyntaxNode argument)
    {
        var text = argument.Text.Trim();
        switch (argument.Type)
        {
            case "decimal_integer_literal" or "hex_integer_literal" or "octal_integer_literal" or "binary_integer_literal":
                return text.EndsWith('L') || text.EndsWith('l') ? 4 : IntWidth;
            case "decimal_floating_point_literal" or "hex_floating_point_literal":
                return text.EndsWith('f') || text.EndsWith('F') ? 5 : 6;
            case "number_literal":
                var floating = !text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && text.IndexOfAny(['.', 'e', 'E']) >= 0;
                return floating ? (text.EndsWith('f') || text.EndsWith('F') ? 5 : 6) : text.TrimEnd('u', 'U').EndsWith('l') || text.TrimEnd('u', 'U').EndsWith('L') ? 4 : IntWidth;
            case "cast_expression":
                return argument.ChildByField("type") is { } type ? TypeReader.Read(type).Width : null;
            case "parenthesized_expression" when argument.NamedChildren.Count == 1:
                return ArgumentWidth(argument.NamedChildren[0]);
            default:
                return null;
        }
    }

    private OverloadParameter OverloadParameterOf(SyntaxNode parameter, int index)
    {
        CType type;
        try
        {
            (_, type) = ParameterOf(parameter, index);
        }
        catch (UntranslatableException)
        {
            type = CType.Unknown;
        }
        var typeNode = parameter.ChildByField("type");
        var spelling = typeNode is { } t ? Spelling(t.Text) : "auto";
        var array = type.Kind == CKind.List && typeNode is { } read && ReadType(read).Kind != CKind.List;
        return new OverloadParameter(type, type.Width ?? (type.Kind == CKind.Float ? 6 : IntWidth), array ? spelling + "_array" : spelling);
    }

    /// <summary>A type's spelling as part of a Python name: <c>std::vector&lt;int&gt;</c> is <c>vector</c>, <c>long long</c> is <c>long_long</c>.</summary>
    private static string Spelling(string type)
    {
        var generic = type.IndexOf('<', StringComparison.Ordinal);
        var bare = (generic < 0 ? type : type[..generic]).Replace("const", string.Empty, StringComparison.Ordinal);
        var last = Math.Max(bare.LastIndexOf(':'), bare.LastIndexOf('.'));
        var words = bare[(last + 1)..].Split([' ', '\t', '\n', '&', '*', '[', ']'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "auto" : string.Join("_", words);
    }
}

internal sealed record Overload(string PythonName, SourcePosition Start, IReadOnlyList<OverloadParameter> Parameters);

/// <summary>A parameter as overload resolution sees it: its type, its width when primitive, and its spelling in names.</summary>
internal sealed record OverloadParameter(CType Type, int Width, string Spelling);
