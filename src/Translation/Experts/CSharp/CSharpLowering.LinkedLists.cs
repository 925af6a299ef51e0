using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// <c>LinkedList&lt;T&gt;</c>. A program that only adds, removes and reads values at the ends gets a
/// <c>collections.deque</c>; one that holds <c>LinkedListNode</c>s (to remove or move a node, or walk
/// <c>Next</c>/<c>Previous</c>) gets the LinkedList and LinkedListNode helper classes, whose methods and properties
/// have .NET's names and behaviour.
/// </summary>
internal sealed partial class CSharpLowering
{
    private static readonly HashSet<string> LinkedListMethods = ["AddFirst", "AddLast", "AddBefore", "AddAfter", "Remove", "RemoveFirst", "RemoveLast", "Find", "Clear"];

    private bool? _linkedNodes;

    private bool UsesLinkedListNodes => _linkedNodes ??= _snippet.Root.DescendantNodes().OfType<IdentifierNameSyntax>()
        .Any(id => _model.GetTypeInfo(id, _cancellationToken).Type is { Name: "LinkedListNode" } || SymbolOf(id) is INamedTypeSymbol { Name: "LinkedListNode" });

    private bool IsNodeLinkedList(ITypeSymbol? type) => type is { Name: "LinkedList" } && UsesLinkedListNodes;

    /// <summary><c>new LinkedList&lt;T&gt;(items)</c> where nodes are used: the helper class.</summary>
    private PyExpression NodeLinkedList(PyExpression? source) => source is null ? Py.Call(Helper(CSharpHelpers.LinkedList).Id) : Py.Call(Helper(CSharpHelpers.LinkedList).Id, source);

    /// <summary>A method of the LinkedList helper class, called by its .NET name; null when it has none.</summary>
    private PyExpression? LinkedListCall(LibraryCall call, PyExpression receiver) => call.Name switch
    {
        "Contains" when call.Count == 1 => Py.Compare(Arg(call, 0), PyCompareOperator.In, receiver),
        _ when LinkedListMethods.Contains(call.Name) => new PyCall(new PyMember(receiver, call.Name), [.. call.Arguments.Select(Lower)]),
        _ => null,
    };

    /// <summary><c>list.First</c>, <c>node.Next</c>, <c>node.Value</c>: attributes of the helper classes, null where the member is another.</summary>
    private static PyExpression? LinkedListMember(ITypeSymbol? receiverType, string name, PyExpression receiver) => (receiverType?.Name, name) switch
    {
        ("LinkedList", "First" or "Last") or ("LinkedListNode", "Value" or "Next" or "Previous" or "List") => new PyMember(receiver, name),
        _ => null,
    };
}
