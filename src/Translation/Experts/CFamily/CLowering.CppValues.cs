using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// C++ value semantics. A std::vector, map, set or struct is a value in C++: <c>vector&lt;int&gt; b = a;</c> copies,
/// a parameter taken by value is the caller's copy, and <c>v.push_back(row)</c> stores a copy of row. Python names
/// share one object, so each of those places copies explicitly: <c>list(a)</c>, <c>dict(m)</c>, <c>set(s)</c> for
/// containers of plain values, <c>copy.deepcopy</c> where the elements are containers or structs themselves. A
/// value made fresh (a call's result, a literal) is not copied, nor a parameter or loop variable the body never
/// changes. Java and C# have reference semantics and none of this.
/// </summary>
internal sealed partial class CLowering
{
    /// <summary>Methods that leave a container as it was (anything else called on it may change it).</summary>
    private static readonly HashSet<string> ReadOnlyMethods = new(StringComparer.Ordinal)
    {
        "size", "empty", "length", "at", "find", "count", "front", "back", "top", "substr", "c_str", "contains",
        "lower_bound", "upper_bound", "compare", "max_size", "capacity", "data",
    };

    /// <summary>Whether a C++ value of this type is a container or struct that assignment copies.</summary>
    private bool IsCopiedValue(CType type) => !IsJava && type switch
    {
        { Kind: CKind.List, Name: "vector" or "deque" or "list" or "queue" or "stack" or "array" or "min-heap" or "max-heap" } => true,
        { Kind: CKind.Map or CKind.Set } => true,
        { Kind: CKind.Object, Name: { } name } => _ctx.Structs.Contains(name),
        _ => false,
    };

    /// <summary><paramref name="value"/> copied when <paramref name="node"/> names an existing value of a copied type.</summary>
    private LoweredExpression CopiedIfLvalue(SyntaxNode node, LoweredExpression value) =>
        IsCopiedValue(value.Type) && IsLvalue(node) ? value with { Python = Copy(value) } : value;

    private PyCall Copy(LoweredExpression value)
    {
        var element = value.Type.ElementType;
        var shallow = value.Type.Kind != CKind.Object && !IsCopiedValue(element) && element.Kind is not (CKind.List or CKind.Map or CKind.Set or CKind.Unknown or CKind.Object);
        if (!shallow)
        {
            _ctx.Require("copy");
            return Py.Method(Py.Name("copy"), "deepcopy", value.Python);
        }
        return Py.Call(value.Type.Kind switch { CKind.Map => "dict", CKind.Set => "set", _ => "list" }, value.Python);
    }

    private static bool IsLvalue(SyntaxNode node) => Unwrap(node).Type is "identifier" or "field_expression" or "subscript_expression" or "pointer_expression" or "qualified_identifier" or "this";

    /// <summary>
    /// <c>v = list(v)</c> for each by-value parameter (or loop variable) of a copied type that the body may change,
    /// so the caller's value (or the container's element) stays as it was.
    /// </summary>
    private List<PyStatement> CopiesOnEntry(IEnumerable<(string Name, CType Type)> variables, SyntaxNode? body) =>
        variables.Where(v => IsCopiedValue(v.Type) && body is { } b && MayChange(b, v.Name))
            .Select(v => (PyStatement)new PyAssign(Py.Name(LoweringContext.SafeName(v.Name)), Copy(new LoweredExpression(Py.Name(LoweringContext.SafeName(v.Name)), v.Type))))
            .ToList();

    /// <summary>
    /// Whether <paramref name="node"/> may change the value <paramref name="name"/> holds: a method other than a
    /// reading one called on it, an element or member of it assigned or incremented, or the name passed to a call
    /// (which may take it by reference). Assigning the whole name rebinds it and changes no shared value.
    /// </summary>
    private static bool MayChange(SyntaxNode node, string name)
    {
        switch (node.Type)
        {
            case "call_expression":
                if (node.ChildByField("function") is { Type: "field_expression" } method && Root(method.ChildByField("argument")) == name
                    && !ReadOnlyMethods.Contains(method.ChildByField("field")?.Text ?? string.Empty))
                {
                    return true;
                }
                if (node.ChildByField("arguments") is { } arguments && arguments.NamedChildren.Any(a => Unwrap(a) is { Type: "identifier" } id && id.Text == name))
                {
                    return true;
                }
                break;
            case "assignment_expression":
                if (Field(node, "left") is var left && Unwrap(left).Type != "identifier" && Root(left) == name)
                {
                    return true;
                }
                break;
            case "update_expression":
                if (node.ChildByField("argument") is { } operand && Unwrap(operand).Type != "identifier" && Root(operand) == name)
                {
                    return true;
                }
                break;
            case "pointer_expression" when node.Children is [{ Text: "&" }, ..] && node.ChildByField("argument") is { } taken && Root(taken) == name:
                return true;
        }
        return node.NamedChildren.Any(c => MayChange(c, name));
    }

    /// <summary>The variable at the root of <c>v[i][j]</c>, <c>s.field</c> or <c>v</c>; null for anything else.</summary>
    private static string? Root(SyntaxNode? node)
    {
        while (node is { } n)
        {
            switch (n.Type)
            {
                case "identifier":
                    return n.Text;
                case "subscript_expression" or "field_expression" or "pointer_expression":
                    node = n.ChildByField("argument");
                    break;
                case "parenthesized_expression":
                    node = n.NamedChildren.Count > 0 ? n.NamedChildren[0] : null;
                    break;
                default:
                    return null;
            }
        }
        return null;
    }
}
