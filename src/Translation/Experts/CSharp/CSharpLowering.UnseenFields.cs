using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Members a snippet uses but does not show: a method or constructor cut from its class assigns
/// <c>this.primary</c> or reads <c>_count</c>, which the compiler cannot bind. In an instance member of a class the
/// translation keeps, C# would find them on the object, so Python reads them off <c>self</c>, with a warning
/// once per name (the compile error says the rest). Names written like types (capitalised, no <c>this.</c>) stay
/// as they are.
/// </summary>
internal sealed partial class CSharpLowering
{
    private readonly HashSet<string> _unseenWarned = new(StringComparer.Ordinal);

    private PyMember UnseenField(SyntaxNode node, string name)
    {
        if (_unseenWarned.Add(name))
        {
            Warn(node.GetLocation(), $"'{name}' is declared nowhere in the source: read as a member of the object (self.{name}), of unknown type");
        }
        return new PyMember(Py.Name("self"), Python.PythonNames.Safe(name));
    }

    private static bool IsFieldLike(string name) => name.Length > 0 && (char.IsLower(name[0]) || name[0] == '_');

    private bool InInstanceMemberOfKeptClass(SyntaxNode node)
    {
        var member = node.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is BaseMethodDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax);
        if (member is null || member.Modifiers.Any(SyntaxKind.StaticKeyword) || member.Parent is not TypeDeclarationSyntax type)
        {
            return false;
        }
        return _model.GetDeclaredSymbol(type, _cancellationToken) is { } symbol && !_moduleTypes.Contains(symbol);
    }
}
