using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// <c>LinkedList</c> and <c>LinkedListNode</c> for programs that hold nodes: a doubly linked list whose methods and
/// properties carry .NET's names (<c>AddFirst</c> takes a value or a node and returns the node; <c>Remove</c> takes a
/// node or a value; <c>First</c>, <c>Last</c>, <c>Next</c>, <c>Previous</c> are None at the ends).
/// </summary>
internal static partial class CSharpHelpers
{
    /// <summary><c>LinkedList(items)</c>: the node-holding linked list.</summary>
    public const string LinkedList = "LinkedList";

    private static readonly PyName Self = new("self");
    private static readonly PyName Node = new("node");

    private static PyStatement Set(PyExpression target, string member, PyExpression value) => new PyAssign([new PyMember(target, member)], value);

    private static PyExpression IsNone(PyExpression e) => Py.Compare(e, PyCompareOperator.Is, PyConstant.None);

    /// <summary><c>class LinkedListNode: def __init__(self, value): self.Value = value; self.List = self.Next = self.Previous = None</c></summary>
    private static PyClassDef LinkedListNodeDefinition() => new("LinkedListNode", [],
    [
        new PyFunctionDef("__init__", [new("self"), new("value")],
        [
            Set(Self, "Value", Py.Name("value")),
            new PyAssign([new PyMember(Self, "List"), new PyMember(Self, "Next"), new PyMember(Self, "Previous")], PyConstant.None),
        ]),
    ]);

    /// <summary>
    /// <code>
    /// class LinkedList:
    ///     def __init__(self, items=()): self.First = self.Last = None; self.count = 0; then AddLast each item
    ///     def __len__(self): return self.count
    ///     def __iter__(self): node = self.First; while node is not None: yield node.Value; node = node.Next
    ///     def link(self, node, previous, next): (node between previous and next; First/Last where they are None)
    ///     def AddFirst/AddLast/AddBefore/AddAfter(..., item): node = item if isinstance(item, LinkedListNode) else LinkedListNode(item); link it; return node
    ///     def Find(self, value): the first node holding value, or None
    ///     def Remove(self, item): unlink the node (or the first holding the value); False when there is none
    ///     def RemoveFirst(self) / RemoveLast(self): Remove(First) / Remove(Last)
    ///     def Clear(self): remove every node
    /// </code>
    /// </summary>
    private static PyClassDef LinkedListDefinition()
    {
        var (first, last, count) = (new PyMember(Self, "First"), new PyMember(Self, "Last"), new PyMember(Self, "count"));
        var (previous, next) = (Py.Name("previous"), Py.Name("next_"));
        PyExpression AsNode(PyExpression item) => new PyConditional(Py.Call("isinstance", item, Py.Name("LinkedListNode")), item, Py.Call("LinkedListNode", item));
        PyFunctionDef Add(string name, string[] parameters, PyExpression before, PyExpression after) => new(name, [new("self"), .. parameters.Select(p => new PyParameter(p)), new("item")],
        [
            new PyAssign([Node], AsNode(Py.Name("item"))),
            new PyExpressionStatement(Py.Method(Self, "link", Node, before, after)),
            new PyReturn(Node),
        ]);
        var anchor = Py.Name("anchor");
        return new PyClassDef(LinkedList, [],
        [
            new PyFunctionDef("__init__", [new("self"), new("items", new PyTuple([]))],
            [
                new PyAssign([first, last], PyConstant.None),
                new PyAssign([count], Py.Number(0)),
                new PyFor(Py.Name("item"), Py.Name("items"), [new PyExpressionStatement(Py.Method(Self, "AddLast", Py.Name("item")))]),
            ]),
            new PyFunctionDef("__len__", [new("self")], [new PyReturn(count)]),
            new PyFunctionDef("__iter__", [new("self")],
            [
                new PyAssign([Node], first),
                new PyWhile(Py.Compare(Node, PyCompareOperator.IsNot, PyConstant.None),
                    [new PyExpressionStatement(new PyYield(new PyMember(Node, "Value"))), new PyAssign([Node], new PyMember(Node, "Next"))]),
            ]),
            new PyFunctionDef("link", [new("self"), new("node"), new("previous"), new("next_")],
            [
                Set(Node, "List", Self), Set(Node, "Previous", previous), Set(Node, "Next", next),
                new PyIf(IsNone(previous), [new PyAssign([first], Node)], [Set(previous, "Next", Node)]),
                new PyIf(IsNone(next), [new PyAssign([last], Node)], [Set(next, "Previous", Node)]),
                new PyAugmentedAssign(count, PyBinaryOperator.Add, Py.Number(1)),
            ]),
            Add("AddFirst", [], PyConstant.None, first),
            Add("AddLast", [], last, PyConstant.None),
            Add("AddBefore", ["anchor"], new PyMember(anchor, "Previous"), anchor),
            Add("AddAfter", ["anchor"], anchor, new PyMember(anchor, "Next")),
            new PyFunctionDef("Find", [new("self"), new("value")],
            [
                new PyAssign([Node], first),
                new PyWhile(new PyBoolean(Py.Compare(Node, PyCompareOperator.IsNot, PyConstant.None), PyBooleanOperator.And,
                    Py.Compare(new PyMember(Node, "Value"), PyCompareOperator.NotEqual, Py.Name("value"))), [new PyAssign([Node], new PyMember(Node, "Next"))]),
                new PyReturn(Node),
            ]),
            new PyFunctionDef("Remove", [new("self"), new("item")],
            [
                new PyAssign([Node], new PyConditional(Py.Call("isinstance", Py.Name("item"), Py.Name("LinkedListNode")), Py.Name("item"), Py.Method(Self, "Find", Py.Name("item")))),
                new PyIf(IsNone(Node), [new PyReturn(PyConstant.False)], []),
                new PyIf(IsNone(new PyMember(Node, "Previous")), [new PyAssign([first], new PyMember(Node, "Next"))], [Set(new PyMember(Node, "Previous"), "Next", new PyMember(Node, "Next"))]),
                new PyIf(IsNone(new PyMember(Node, "Next")), [new PyAssign([last], new PyMember(Node, "Previous"))], [Set(new PyMember(Node, "Next"), "Previous", new PyMember(Node, "Previous"))]),
                new PyAssign([new PyMember(Node, "List"), new PyMember(Node, "Next"), new PyMember(Node, "Previous")], PyConstant.None),
                new PyAugmentedAssign(count, PyBinaryOperator.Subtract, Py.Number(1)),
                new PyReturn(PyConstant.True),
            ]),
            new PyFunctionDef("RemoveFirst", [new("self")], [new PyExpressionStatement(Py.Method(Self, "Remove", first))]),
            new PyFunctionDef("RemoveLast", [new("self")], [new PyExpressionStatement(Py.Method(Self, "Remove", last))]),
            new PyFunctionDef("Clear", [new("self")],
                [new PyWhile(Py.Compare(first, PyCompareOperator.IsNot, PyConstant.None), [new PyExpressionStatement(Py.Method(Self, "Remove", first))])]),
        ]);
    }
}
