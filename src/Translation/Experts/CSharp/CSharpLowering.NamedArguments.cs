using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>Named arguments: passed by position where they stand in their own place, as Python keywords otherwise.</summary>
internal sealed partial class CSharpLowering
{
    /// <summary>
    /// Whether <paramref name="argument"/> is passed by position: it and every argument before it are unnamed or
    /// named for the parameter at their own position (<c>new Forecast(opening: 4250m, rate: 0.04m, Monthly)</c>,
    /// where C# lets a positional argument follow them; Python does not let one follow a keyword).
    /// </summary>
    private static bool InPosition(BaseArgumentListSyntax list, ArgumentSyntax argument, IMethodSymbol? method)
    {
        if (method is null)
        {
            return argument.NameColon is null;
        }
        var index = list.Arguments.IndexOf(argument);
        for (var i = 0; i <= index; i++)
        {
            if (list.Arguments[i].NameColon is { } name && (i >= method.Parameters.Length || method.Parameters[i].Name != name.Name.Identifier.ValueText))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Named arguments as Python keywords, by the parameter's Python name.</summary>
    private List<PyKeyword>? Keywords(BaseArgumentListSyntax list, IMethodSymbol method)
    {
        var named = list.Arguments.Where(a => !InPosition(list, a, method)).ToList();
        if (named.Count == 0)
        {
            return null;
        }
        return [.. named.Select(a => new PyKeyword(
            method.Parameters.FirstOrDefault(p => p.Name == a.NameColon!.Name.Identifier.ValueText) is { } p ? NameOf(p) : a.NameColon!.Name.Identifier.ValueText,
            Lower(a.Expression)))];
    }
}
