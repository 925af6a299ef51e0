using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// LINQ's element operators beyond <c>First</c>: <c>FirstOrDefault(defaultValue)</c> and
/// <c>FirstOrDefault(predicate, defaultValue)</c> (.NET 6), <c>LastOrDefault</c>, and <c>Single</c>/<c>SingleOrDefault</c>,
/// which throw (<c>InvalidOperationException</c>, Python's <c>RuntimeError</c>) where the sequence holds no element
/// or more than one, with .NET's messages.
/// </summary>
internal sealed partial class CSharpLowering
{
    private PyExpression? LowerElementOperator(LibraryCall call, PyExpression source, ITypeSymbol? elementType)
    {
        var parameters = call.Method.Parameters;
        var hasPredicate = parameters.Length > 0 && parameters[0].Type.TypeKind == TypeKind.Delegate;
        var hasDefault = parameters.Length == (hasPredicate ? 2 : 1);
        if (call.Name is not ("FirstOrDefault" or "LastOrDefault" or "Single" or "SingleOrDefault")
            || call.Name == "FirstOrDefault" && !hasDefault)
        {
            return null; // First, FirstOrDefault() and FirstOrDefault(predicate) are LowerLinq's own
        }
        var explicitDefault = hasDefault ? Arg(call, parameters.Length - 1) : null;
        var items = source;
        if (hasPredicate)
        {
            var (target, test) = Predicate(call.Arguments[0]);
            items = new PyComprehension(target, target, source, test, Generator: call.Name != "LastOrDefault");
        }
        var fallback = explicitDefault ?? DefaultValue(elementType);
        return call.Name switch
        {
            "FirstOrDefault" => Py.Call("next", Py.Call("iter", items), fallback),
            "LastOrDefault" => Py.Call("next", Py.Call("reversed", items is PyComprehension ? items : Py.Call("list", items)), fallback),
            "Single" => new PyCall(Helper(CSharpHelpers.Single), [items, hasPredicate ? PyConstant.True : PyConstant.False]),
            _ => new PyCall(Helper(CSharpHelpers.Single), [items, hasPredicate ? PyConstant.True : PyConstant.False, fallback]),
        };
    }
}
