using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Inheritance: a class's Python bases are its parent class and the program's interfaces it implements (an
/// interface is a class whose constants are inherited and that <c>isinstance</c> sees); a trait's members are
/// copied into each class that uses it, before the class's own members, so the class's own methods win as in PHP.
/// </summary>
internal sealed partial class PhpLowering
{
    /// <summary>Each declared class, interface and enum with the names it extends or implements.</summary>
    private readonly Dictionary<string, List<string>> _parents = new(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, SyntaxNode> _traits = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The Python bases of a class, interface or enum: the parent (a user class or a PHP exception class) and the
    /// program's own interfaces. PHP's built-in interfaces (<c>Countable</c>, <c>Stringable</c>, ...) add no base. A
    /// base that another base already inherits is left out, or Python could not order the bases (MRO).
    /// </summary>
    private List<PyExpression> ClassBases(SyntaxNode node)
    {
        var names = new List<string>();
        foreach (var clause in node.NamedChildren.Where(c => c.Type is "base_clause" or "class_interface_clause"))
        {
            foreach (var parent in clause.NamedChildren.Select(n => ShortName(n.Text)))
            {
                var isParentClass = node.Type == "class_declaration" && clause.Type == "base_clause";
                if (isParentClass && !IsKnownClass(parent))
                {
                    // A base from another file of the project, or a library class: its members are not known here.
                    throw Unsupported(clause, $"the base class {parent} is neither declared in this file nor one of PHP's classes that are translated");
                }
                if (isParentClass)
                {
                    RequireKnownClass(clause, parent);
                }
                if (_classes.ContainsKey(parent) || isParentClass)
                {
                    names.Add(parent);
                }
            }
        }
        names = names.Where(n => !names.Any(other => !other.Equals(n, StringComparison.OrdinalIgnoreCase) && Inherits(other, n, 0))).ToList();
        return names.Select(n => (PyExpression)new PyName(_classes.ContainsKey(n) ? PythonNames.Safe(n) : LibraryClassName(n) ?? ExceptionName(n))).ToList();
    }

    /// <summary>Whether the declared class <paramref name="name"/> extends or implements <paramref name="ancestor"/>, directly or not.</summary>
    private bool Inherits(string name, string ancestor, int depth) =>
        depth < 64 && _parents.TryGetValue(name, out var parents)
        && parents.Any(p => p.Equals(ancestor, StringComparison.OrdinalIgnoreCase) || Inherits(p, ancestor, depth + 1));

    /// <summary>
    /// The class's members with those of the traits it uses first. Conflict resolution (<c>insteadof</c>,
    /// <c>as</c>) and traits the program does not declare are reported into <paramref name="body"/>.
    /// </summary>
    private SyntaxNode[] WithTraitMembers(SyntaxNode[] members, List<PyStatement> body)
    {
        var copied = new List<SyntaxNode>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Use(SyntaxNode declaration, int depth)
        {
            if (declaration.NamedChildren.Any(c => c.Type == "use_list"))
            {
                body.AddRange(Untranslated(declaration, "trait conflict resolution (insteadof, as) is not translated"));
                return;
            }
            foreach (var name in declaration.NamedChildren.Where(c => c.Type is "name" or "qualified_name").Select(c => ShortName(c.Text)))
            {
                if (!_traits.TryGetValue(name, out var trait) || depth > 16)
                {
                    body.AddRange(Untranslated(declaration, $"the trait {name} is not declared in this file; not translated"));
                    continue;
                }
                if (!used.Add(name))
                {
                    continue;
                }
                var traitMembers = Field(trait, "body").NamedChildren.ToArray();
                foreach (var inner in traitMembers.Where(m => m.Type == "use_declaration"))
                {
                    Use(inner, depth + 1);
                }
                copied.AddRange(traitMembers.Where(m => m.Type != "use_declaration" && !Overridden(m)));
            }
        }
        bool Overridden(SyntaxNode traitMember) =>
            traitMember.Type == "method_declaration" && members.Any(m => m.Type == "method_declaration" && m.ChildByField("body") is not null
                && Field(m, "name").Text.Equals(Field(traitMember, "name").Text, StringComparison.OrdinalIgnoreCase));
        foreach (var declaration in members.Where(m => m.Type == "use_declaration"))
        {
            Use(declaration, 0);
        }
        return [.. copied, .. members.Where(m => m.Type != "use_declaration")];
    }

    /// <summary>
    /// Whether a static method names <c>static::</c> (late static binding: the class it was called on). Such a
    /// method becomes a <c>@classmethod</c> and <c>static::</c> is its <c>cls</c>.
    /// </summary>
    private static bool BindsStatic(SyntaxNode method)
    {
        var stack = new Stack<SyntaxNode>([method]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Type is "scoped_call_expression" or "class_constant_access_expression" or "scoped_property_access_expression" or "object_creation_expression"
                && node.NamedChildCount > 0 && node.NamedChildren[0].Text == "static")
            {
                return true;
            }
            foreach (var child in node.NamedChildren)
            {
                stack.Push(child);
            }
        }
        return false;
    }
}
