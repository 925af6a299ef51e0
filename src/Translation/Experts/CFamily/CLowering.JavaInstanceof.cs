using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    /// <summary>
    /// Java library types an <c>instanceof</c> can test in Python, and the Python type their values have in a
    /// translation. Only the first of each family is exact: a Long is an int too, so the others are warned about.
    /// </summary>
    private static readonly Dictionary<string, (string Python, bool Exact)> InstanceofTypes = new(StringComparer.Ordinal)
    {
        ["String"] = ("str", true), ["CharSequence"] = ("str", false),
        ["Integer"] = ("int", true), ["Long"] = ("int", false), ["Short"] = ("int", false), ["Byte"] = ("int", false),
        ["Double"] = ("float", true), ["Float"] = ("float", false),
        ["Boolean"] = ("bool", true),
        ["List"] = ("list", true), ["ArrayList"] = ("list", true), ["Collection"] = ("list", false),
        ["Map"] = ("dict", true), ["HashMap"] = ("dict", true),
        ["Set"] = ("set", true), ["HashSet"] = ("set", true),
    };

    /// <summary>
    /// <c>x instanceof T</c> as <c>isinstance(x, T)</c> (a Java null is an instance of nothing, as None is), and
    /// <c>x instanceof T t</c> binding <c>t</c> with <c>:=</c>. Integers test <c>type(x) is int</c>, since a
    /// Python bool is an int and a Java Boolean is not an Integer.
    /// </summary>
    private LoweredExpression LowerInstanceof(SyntaxNode node)
    {
        var typeNode = Field(node, "right");
        var typeName = typeNode.Type == "generic_type" ? typeNode.NamedChildren[0].Text : typeNode.Text;
        var value = Lower(Field(node, "left")).Python;
        if (node.ChildByField("name") is { } binding)
        {
            var name = binding.Text;
            _ctx.Declare(name, ReadType(typeNode));
            value = new PyNamedExpression(LoweringContext.SafeName(name), value);
        }
        if (typeName == "Object")
        {
            return new(Py.Compare(value, PyCompareOperator.IsNot, PyConstant.None), CType.Bool);
        }
        if (InstanceofTypes.TryGetValue(typeName, out var mapped))
        {
            if (!mapped.Exact)
            {
                _ctx.Warn(node, $"instanceof {typeName} becomes a test for Python's {mapped.Python}, which other Java types share");
            }
            return mapped.Python == "int"
                ? new(Py.Compare(Py.Call("type", value), PyCompareOperator.Is, Py.Name("int")), CType.Bool)
                : new(Py.Call("isinstance", value, Py.Name(mapped.Python)), CType.Bool);
        }
        if (_ctx.SourceClasses.Contains(typeName))
        {
            return new(Py.Call("isinstance", value, Py.Name(LoweringContext.SafeName(typeName))), CType.Bool);
        }
        throw Unsupported(node, $"instanceof {typeName}, a type the source does not define,");
    }

    /// <summary>Names of the classes the Java source declares, nested ones included, for <c>instanceof</c>.</summary>
    private void CollectSourceClasses(SyntaxNode node)
    {
        foreach (var child in node.NamedChildren)
        {
            if (child.Type is "class_declaration" or "enum_declaration" && child.ChildByField("name") is { } name)
            {
                _ctx.SourceClasses.Add(name.Text);
            }
            if (child.Type == "method_declaration" && child.ChildByField("name") is { } method)
            {
                _ctx.MethodNames.Add(method.Text);
            }
            if (child.Type is "class_declaration" or "class_body" or "enum_declaration" or "enum_body" or "enum_body_declarations")
            {
                CollectSourceClasses(child);
            }
        }
    }
}
