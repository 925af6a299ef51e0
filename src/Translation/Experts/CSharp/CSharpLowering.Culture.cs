using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Arguments that ask .NET for what Python does anyway: the invariant culture (Python formats and parses
/// numbers with a '.'), ordinal string comparison, and the number styles that accept what float()/int() accept.
/// They are dropped before the call is mapped. <c>StringComparison.OrdinalIgnoreCase</c> compares upper-cased
/// strings (.NET's ordinal ignore-case compares the upper-case invariant forms).
/// </summary>
internal sealed partial class CSharpLowering
{
    private bool IsNeutralArgument(ExpressionSyntax argument) => SymbolOf(argument) switch
    {
        IPropertySymbol { Name: "InvariantCulture", ContainingType.Name: "CultureInfo" } => true,
        IFieldSymbol { Name: "Ordinal" or "OrdinalIgnoreCase", ContainingType.Name: "StringComparison" } => true,
        IFieldSymbol { Name: "Float" or "Integer" or "Number" or "Any", ContainingType.Name: "NumberStyles" } => true,
        _ => false,
    };

    /// <summary>
    /// A sort key with the comparer LINQ's OrderBy/ThenBy was given: <c>StringComparer.Ordinal</c> and
    /// <c>Comparer&lt;T&gt;.Default</c> sort as Python does; <c>OrdinalIgnoreCase</c> sorts by the upper-cased key.
    /// </summary>
    private (PyExpression Target, PyExpression Key) SortKey(ExpressionSyntax keySelector, ExpressionSyntax? comparer, bool identity = false)
    {
        // identity: Order(comparer), whose key is the item itself (keySelector is then the comparer).
        var (target, key) = identity ? (Py.Name("x"), (PyExpression)Py.Name("x")) : Predicate(keySelector);
        if (comparer is null)
        {
            return (target, key);
        }
        return SymbolOf(comparer) switch
        {
            IPropertySymbol { Name: "Ordinal", ContainingType.Name: "StringComparer" } or IPropertySymbol { Name: "Default", ContainingType.Name: "Comparer" } => (target, key),
            IPropertySymbol { Name: "OrdinalIgnoreCase", ContainingType.Name: "StringComparer" } => (target, Py.Method(key, "upper")),
            _ => throw Unsupported(comparer, $"sorting with the comparer {comparer} is not translated"),
        };
    }

    private bool IsStringComparer(ExpressionSyntax argument) => SymbolOf(argument) is IPropertySymbol { ContainingType.Name: "StringComparer" };

    /// <summary>
    /// A dictionary given a key comparer: <c>StringComparer.Ordinal</c> compares as Python does;
    /// <c>OrdinalIgnoreCase</c> makes an IgnoreCaseDict (an IgnoreCaseSet), whose keys compare upper-cased and keep their first spelling.
    /// </summary>
    private PyExpression WithKeyComparer(ExpressionSyntax comparer, PyExpression dictionary)
    {
        return SymbolOf(comparer) switch
        {
            IPropertySymbol { Name: "Ordinal" } => dictionary,
            IPropertySymbol { Name: "OrdinalIgnoreCase" } when dictionary is PyDict { Entries.Count: 0 } => Py.Call(Helper(CSharpHelpers.IgnoreCaseDict).Id),
            IPropertySymbol { Name: "OrdinalIgnoreCase" } when dictionary is PyCall { Function: PyName { Id: "dict" }, Arguments: [PyComprehension pairs] } =>
                Py.Call(Helper(CSharpHelpers.IgnoreCaseDict).Id, pairs),
            IPropertySymbol { Name: "OrdinalIgnoreCase" } when dictionary is PyDict or PyCall { Function: PyName { Id: "dict" } } =>
                Py.Call(Helper(CSharpHelpers.IgnoreCaseDict).Id, Py.Method(dictionary, "items")),
            // A set: an IgnoreCaseSet of the items in their order, so the first spelling of each stays.
            IPropertySymbol { Name: "OrdinalIgnoreCase" } when dictionary is PySet literal => Py.Call(Helper(CSharpHelpers.IgnoreCaseSet).Id, new PyList(literal.Items)),
            IPropertySymbol { Name: "OrdinalIgnoreCase" } when dictionary is PyCall { Function: PyName { Id: "set" }, Arguments: [var source] } => Py.Call(Helper(CSharpHelpers.IgnoreCaseSet).Id, source),
            _ => throw Unsupported(comparer, $"a collection compared by {comparer} is not translated"),
        };
    }

    /// <summary>Whether a string may be null where it stands (Roslyn's nullable flow state; unknown counts as maybe).</summary>
    private bool MayBeNull(ExpressionSyntax e) => _model.GetTypeInfo(e, _cancellationToken).Nullability.FlowState != NullableFlowState.NotNull;

    /// <summary>String comparisons with <c>StringComparison.OrdinalIgnoreCase</c>: both sides upper-cased (Equals null-safe where a side may be null).</summary>
    private PyExpression? IgnoringCase(LibraryCall call)
    {
        var ignoreCase = call.Syntax.ArgumentList.Arguments.Any(a => SymbolOf(a.Expression) is IFieldSymbol { Name: "OrdinalIgnoreCase", ContainingType.Name: "StringComparison" });
        if (!ignoreCase || call.Method.ContainingType.SpecialType != SpecialType.System_String)
        {
            return null;
        }
        PyExpression Upper(ExpressionSyntax e) => Py.Method(Lower(e), "upper");
        return (call.Method.IsStatic, call.Name, call.Count) switch
        {
            (false, "Equals", 1) when MayBeNull(call.Arguments[0]) => new PyCall(Helper(CSharpHelpers.EqualsIgnoreCase), [Lower(call.ReceiverSyntax!), Lower(call.Arguments[0])]),
            (false, "Equals", 1) => Py.Compare(Upper(call.ReceiverSyntax!), PyCompareOperator.Equal, Upper(call.Arguments[0])),
            (false, "StartsWith", 1) => Py.Method(Upper(call.ReceiverSyntax!), "startswith", Upper(call.Arguments[0])),
            (false, "EndsWith", 1) => Py.Method(Upper(call.ReceiverSyntax!), "endswith", Upper(call.Arguments[0])),
            (false, "Contains", 1) => Py.Compare(Upper(call.Arguments[0]), PyCompareOperator.In, Upper(call.ReceiverSyntax!)),
            (false, "IndexOf", 1) => Py.Method(Upper(call.ReceiverSyntax!), "find", Upper(call.Arguments[0])),
            (true, "Equals", 2) when MayBeNull(call.Arguments[0]) || MayBeNull(call.Arguments[1]) =>
                new PyCall(Helper(CSharpHelpers.EqualsIgnoreCase), [Lower(call.Arguments[0]), Lower(call.Arguments[1])]),
            (true, "Equals", 2) => Py.Compare(Upper(call.Arguments[0]), PyCompareOperator.Equal, Upper(call.Arguments[1])),
            (true, "Compare", 2) => new PyCall(Helper(CSharpHelpers.Compare), [Upper(call.Arguments[0]), Upper(call.Arguments[1])]),
            _ => throw Unsupported(call.Syntax, $"string.{call.Name} ignoring case is not translated"),
        };
    }
}
