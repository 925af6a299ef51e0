using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// Java overloads, which Python cannot keep under one name (the last definition wins). Overloads that differ in
/// parameter count become <c>name_N</c>, N the count, and every call names the one its argument count picks, as
/// javac does. Overloads that share a count (they differ in parameter types) or take varargs are warned about:
/// choosing between them needs the argument types.
/// </summary>
internal sealed partial class CLowering
{
    private void RegisterOverloads(string name, SyntaxNode[] overloads)
    {
        var counts = overloads.Select(m => ParametersOf(m.ChildByField("parameters")).Count()).ToArray();
        var varargs = overloads.Any(m => m.ChildByField("parameters") is { } list && list.NamedChildren.Any(p => p.Type == "spread_parameter"));
        if (varargs || counts.Distinct().Count() != counts.Length)
        {
            foreach (var overload in overloads.Skip(1))
            {
                _ctx.Warnings.Add(new TranslationWarning(
                    $"'{name}' is overloaded on parameter types: Python keeps only the last definition of a name; rename one", overload.Start, overload.End));
            }
            return;
        }
        _ctx.ArityOverloads[name] = [.. counts];
        foreach (var overload in overloads)
        {
            _ctx.Functions[MethodName(overload)] = TypeReader.Wrap(TypeReader.Read(Field(overload, "type")), TypeReader.Rank(overload.ChildByField("dimensions")));
        }
    }

    /// <summary>The Python name of a Java method declaration.</summary>
    private string MethodName(SyntaxNode method) =>
        OverloadName(Field(method, "name").Text, ParametersOf(method.ChildByField("parameters")).Count());

    /// <summary>The Python name a call of <paramref name="name"/> with <paramref name="arguments"/> arguments reaches.</summary>
    private string OverloadName(string name, int arguments) =>
        _ctx.ArityOverloads.TryGetValue(name, out var counts) && counts.Contains(arguments) ? $"{name}_{arguments}" : name;
}
