using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    /// <summary>
    /// Priority queues as Python lists kept in heap order by <c>heapq</c>. heapq is a min-heap, so a max-heap
    /// (C++'s default, Java's with a reverse comparator) stores negated numbers and negates them back when read.
    /// A heap in a comparator's order stores each element wrapped by <c>cmp_to_key(comparator)</c> and unwraps it
    /// (<c>.obj</c>) when read.
    /// Null when <paramref name="name"/> is not a heap operation.
    /// </summary>
    private LoweredExpression? HeapCall(LoweredExpression heap, string name, LoweredExpression[] values)
    {
        if (heap.Type.Name is not ("min-heap" or "max-heap"))
        {
            return null;
        }
        var max = heap.Type.Name == "max-heap";
        var element = heap.Type.ElementType;
        var order = heap.Type.Order;
        PyExpression Stored(PyExpression value) =>
            order is not null ? new PyCall(order, [value]) : max ? new PyUnary(PyUnaryOperator.Negate, value) : value;
        PyExpression Read(PyExpression value) =>
            order is not null ? new PyMember(value, "obj") : max ? new PyUnary(PyUnaryOperator.Negate, value) : value;
        PyCall Heapq(string function, params PyExpression[] arguments)
        {
            _ctx.Require("heapq");
            return Py.Method(Py.Name("heapq"), function, arguments);
        }
        return (name, values.Length) switch
        {
            ("push" or "emplace" or "add" or "offer", 1) => new(Heapq("heappush", heap.Python, Stored(order is null ? AsNumber(values[0]) : values[0].Python)), CType.Void),
            ("pop" or "poll" or "remove", 0) => new(Read(Heapq("heappop", heap.Python)), element),
            ("top" or "peek" or "element", 0) => new(Read(new PySubscript(heap.Python, Py.Number(0))), element),
            _ => null,
        };
    }
}
