using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Classes the output can name: those the program declares (anywhere, also inside a namespace block) and PHP's
/// exception classes, which the expert maps. Any other class named by <c>new X</c>, <c>X::m()</c>, <c>X::C</c>,
/// <c>X::$p</c>, <c>instanceof X</c> or <c>catch (X $e)</c> is one of PHP's library classes
/// (<c>DateTimeImmutable</c>, <c>SplStack</c>, ...) that is not translated: it is reported there instead of becoming
/// a Python name that is not defined (a <c>NameError</c> at run time with no warning).
/// </summary>
internal sealed partial class PhpLowering
{
    private readonly HashSet<string> _declaredClasses = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records every class, interface and enum the program declares, before anything is lowered.</summary>
    private void FindDeclaredClasses(SyntaxNode program)
    {
        var stack = new Stack<SyntaxNode>([program]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Type is "class_declaration" or "interface_declaration" or "enum_declaration" && node.ChildByField("name") is { } name)
            {
                _declaredClasses.Add(name.Text);
            }
            foreach (var child in node.NamedChildren)
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>Whether the output defines (or maps) the PHP class <paramref name="name"/> (namespace dropped).</summary>
    private bool IsKnownClass(string name) =>
        _declaredClasses.Contains(name) || _classes.ContainsKey(name) || IsBuiltinException(name) || LibraryClassName(name) is not null;

    /// <summary>Reports a class the output would name without defining it.</summary>
    private void RequireKnownClass(SyntaxNode node, string phpName)
    {
        var name = ShortName(phpName);
        if (!IsKnownClass(name))
        {
            throw Unsupported(node, $"PHP's {name} class is not translated");
        }
        if (LibraryClassName(name) is { } libraryClass)
        {
            Helpers.Add(libraryClass);
        }
    }
}
