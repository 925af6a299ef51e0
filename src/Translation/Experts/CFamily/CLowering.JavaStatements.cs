using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    /// <summary>A Java call used as a statement: printing, in-place library calls, and mutations of strings builders and collections.</summary>
    private List<PyStatement> LowerJavaCallStatement(SyntaxNode node)
    {
        var name = Field(node, "name").Text;
        var receiverNode = node.ChildByField("object");
        var args = Arguments(node);
        var receiverText = receiverNode is { } receiver ? ReceiverText(receiver) : null;
        switch (receiverText, name)
        {
            case ("System.out" or "System.err", "println" or "print"):
                var printed = args.Select(a => Stringify(Lower(a))).ToArray();
                return [Print(printed, name == "println")];
            case ("System.out" or "System.err", "printf" or "format"):
                return [Print([Format(args[0], args.Skip(1))], newline: false)];
            case ("Arrays" or "Collections", "sort" or "parallelSort"):
                var sorted = NotAView(args[0], Lower(args[0]));
                var (sequence, element) = (sorted.Python, sorted.Type.ElementType);
                return args.Length switch
                {
                    1 => [Sort(sequence, null, null, null, element)],
                    2 => [Sort(sequence, null, null, args[1], element)],
                    3 => [Sort(sequence, Lower(args[1]).Python, Lower(args[2]).Python, null, element)],
                    _ => [Sort(sequence, Lower(args[1]).Python, Lower(args[2]).Python, args[3], element)],
                };
            case ("System", "arraycopy") when args.Length == 5:
                // The right side is a copy, so overlapping ranges of one array come out as Java's do.
                var (source, sourceAt, target, targetAt, count) = (Lower(args[0]).Python, AsNumber(Lower(args[1])), Lower(args[2]).Python, AsNumber(Lower(args[3])), AsNumber(Lower(args[4])));
                return [new PyAssign(
                    new PySubscript(target, new PySlice(targetAt, Py.Binary(targetAt, PyBinaryOperator.Add, count))),
                    new PySubscript(source, new PySlice(sourceAt, Py.Binary(sourceAt, PyBinaryOperator.Add, count))))];
            case ("Arrays", "fill"):
                var array = Lower(args[0]).Python;
                if (args.Length == 2)
                {
                    return [new PyAssign(new PySubscript(array, new PySlice(null, null)), Py.Binary(new PyList([Lower(args[1]).Python]), PyBinaryOperator.Multiply, Py.Length(array)))];
                }
                var (from, to) = (Lower(args[1]).Python, Lower(args[2]).Python);
                return [new PyAssign(new PySubscript(array, new PySlice(from, to)), Py.Binary(new PyList([Lower(args[3]).Python]), PyBinaryOperator.Multiply, Py.Binary(to, PyBinaryOperator.Subtract, from)))];
            case ("Collections", "reverse"):
                return [new PyExpressionStatement(Py.Method(NotAView(args[0], Lower(args[0])).Python, "reverse"))];
            case ("Collections", "swap"):
                var list = NotAView(args[0], Lower(args[0])).Python;
                var (i, j) = (new PySubscript(list, Lower(args[1]).Python), new PySubscript(list, Lower(args[2]).Python));
                return [new PyAssign(new PyTuple([i, j]), new PyTuple([j, i]))];
        }
        if (receiverNode is { } r && r.Type != "this" && receiverText is not ("Math" or "Integer" or "String" or "Character" or "Arrays" or "Collections"))
        {
            if (name == "append" && BuilderChain(node) is { } chain)
            {
                return chain;
            }
            if (_ctx.Tentatively(() => Lower(r) is var receiver ? LowerJavaMutation(node, receiver, name, LowerArguments(args, receiver.Type, name)) : null) is { } mutation)
            {
                return [mutation];
            }
        }
        return [new PyExpressionStatement(LowerJavaCall(node).Python)];
    }

    /// <summary><c>sb.append(a).append(b);</c>: one <c>sb += ...</c> per appended value.</summary>
    private List<PyStatement>? BuilderChain(SyntaxNode node)
    {
        var appended = new Stack<SyntaxNode[]>();
        var current = node;
        while (current.Type == "method_invocation" && Field(current, "name").Text == "append" && current.ChildByField("object") is { } inner)
        {
            appended.Push(Arguments(current));
            current = Unwrap(inner);
        }
        var builder = Lower(current);
        if (builder.Type.Kind != CKind.StringBuilder)
        {
            return null;
        }
        return appended.Select(args => (PyStatement)new PyAugmentedAssign(builder.Python, PyBinaryOperator.Add, Stringify(Lower(args[0])))).ToList();
    }

    /// <summary>The statement form of a mutating method on a Java builder or collection, or null when <paramref name="name"/> is not one.</summary>
    /// <summary>A list a library call changes in place: a subList view is a copy in Python, so that is reported.</summary>
    private static LoweredExpression NotAView(SyntaxNode node, LoweredExpression list) =>
        list.Type.Name == "subList" ? throw Unsupported(node, "changing a subList view in place (the Python slice is a copy)") : list;

    private PyStatement? LowerJavaMutation(SyntaxNode node, LoweredExpression receiver, string name, LoweredExpression[] values)
    {
        var p = receiver.Python;
        var type = receiver.Type;
        var front = type.Name is "Deque" or "ArrayDeque" or "LinkedList";
        PyStatement Call(string method, params PyExpression[] arguments) => new PyExpressionStatement(Py.Method(p, method, arguments));
        if (HeapCall(receiver, name, values) is { } heap)
        {
            return new PyExpressionStatement(heap.Python is PyUnary { Operand: PyCall pop } ? pop : heap.Python);
        }
        if (type.Name is "min-heap" or "max-heap" && name == "addAll" && values.Length == 1)
        {
            // Each element pushed, so the list stays in heap order.
            var item = new LoweredExpression(Py.Name(_ctx.Temporary("item")), type.ElementType);
            return new PyFor(item.Python, values[0].Python, [new PyExpressionStatement(HeapCall(receiver, "add", [item])!.Python)]);
        }
        if (type.Name == "subList")
        {
            // list.subList(a, b).clear() removes that range; any other change through the view is not translated.
            return name == "clear" && values.Length == 0
                ? new PyAssign(p, new PyList([]))
                : throw Unsupported(node, $"'{name}' through a subList view (the Python slice is a copy)");
        }
        switch (type.Kind, name, values.Length)
        {
            case (CKind.StringBuilder, "append", 1):
                return new PyAugmentedAssign(p, PyBinaryOperator.Add, Stringify(values[0]));
            case (CKind.StringBuilder, "insert", 2):
                var at = AsNumber(values[0]);
                return Py.Literal(at) == 0
                    ? new PyAssign(p, Py.Binary(Stringify(values[1]), PyBinaryOperator.Add, p))
                    : new PyAssign(p, Py.Binary(Py.Binary(new PySubscript(p, new PySlice(null, at)), PyBinaryOperator.Add, Stringify(values[1])), PyBinaryOperator.Add, new PySubscript(p, new PySlice(at, null))));
            case (CKind.StringBuilder, "reverse", 0):
                return new PyAssign(p, new PySubscript(p, new PySlice(null, null, Py.Number(-1))));
            case (CKind.StringBuilder, "setCharAt", 2):
                return AssignStringElement(receiver, AsNumber(values[0]), values[1]);
            case (CKind.StringBuilder, "deleteCharAt", 1):
                var index = AsNumber(values[0]);
                return new PyAssign(p, Py.Binary(new PySubscript(p, new PySlice(null, index)), PyBinaryOperator.Add, new PySubscript(p, new PySlice(Py.Plus(index, 1), null))));
            case (CKind.StringBuilder, "setLength", 1) when Py.Literal(values[0].Python) == 0:
                return new PyAssign(p, new PyString(string.Empty));
            case (CKind.List, "add" or "addLast" or "offer" or "offerLast", 1):
                return Call("append", Coerce(values[0], type.ElementType));
            case (CKind.List, "push", 1):
                return front ? Call("insert", Py.Number(0), values[0].Python) : Call("append", values[0].Python);
            case (CKind.List, "addFirst" or "offerFirst", 1):
                return Call("insert", Py.Number(0), values[0].Python);
            case (CKind.List, "add", 2):
                return Call("insert", AsNumber(values[0]), values[1].Python);
            case (CKind.List, "set", 2):
                return new PyAssign(new PySubscript(p, AsNumber(values[0])), Coerce(values[1], type.ElementType));
            case (CKind.List, "remove", 1) when RemovesAtIndex(node, values[0], type):
                return Call("pop", AsNumber(values[0]));
            case (CKind.List, "remove", 1):
                return Call("remove", values[0].Python);
            case (CKind.List or CKind.Set, "removeIf", 1) when values[0].Python is PyLambda { Parameters: [var parameter], Body: var test }:
                // Keep what the predicate rejects, in place (other names may hold the same list).
                var kept = new PyComprehension(Py.Name(parameter), Py.Name(parameter), p, new PyUnary(PyUnaryOperator.Not, test));
                return type.Kind == CKind.List
                    ? new PyAssign(new PySubscript(p, new PySlice(null, null)), kept)
                    : new PyExpressionStatement(Py.Method(p, "intersection_update", kept));
            case (CKind.List, "pop", 0):
                return front ? Call("pop", Py.Number(0)) : Call("pop");
            case (CKind.List, "poll" or "pollFirst" or "removeFirst" or "remove", 0):
                return Call("pop", Py.Number(0));
            case (CKind.List, "pollLast" or "removeLast", 0):
                return Call("pop");
            case (CKind.List, "addAll", 1):
                return Call("extend", values[0].Python);
            case (CKind.List or CKind.Map or CKind.Set, "clear", 0):
                return Call("clear");
            case (CKind.List, "sort", 1):
                var comparator = Arguments(node)[0];
                return Sort(p, null, null, comparator.Type == "null_literal" ? null : comparator, type.ElementType);
            case (CKind.Map, "put", 2):
                return new PyAssign(new PySubscript(p, Coerce(values[0], type.Key ?? CType.Unknown)), Coerce(values[1], type.ElementType));
            case (CKind.Map, "putIfAbsent", 2):
                return Call("setdefault", values[0].Python, values[1].Python);
            case (CKind.Map, "remove", 1):
                return Call("pop", values[0].Python, PyConstant.None);
            case (CKind.Map, "merge", 3) when Arguments(node)[2].Text.Replace(" ", string.Empty, StringComparison.Ordinal) is "Integer::sum" or "Long::sum":
                return new PyAssign(new PySubscript(p, values[0].Python), Py.Binary(Py.Method(p, "get", values[0].Python, Py.Number(0)), PyBinaryOperator.Add, values[1].Python));
            case (CKind.Set, "add", 1):
                return Call("add", values[0].Python);
            case (CKind.Set, "remove", 1):
                return Call("discard", values[0].Python);
            case (CKind.Set, "addAll", 1):
                return Call("update", values[0].Python);
            default:
                return null;
        }
    }
}
