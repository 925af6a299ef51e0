using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Static properties belong to the class that declares them: <c>self::$n++</c> in a subclass, or
/// <c>static::$n++</c>, changes the declaring class's one value in PHP, while <c>Sub.n += 1</c> in Python would give
/// the subclass an attribute of its own. So <c>X::$n</c> names the declaring class (a trait's static property is
/// declared by each class that uses it). <c>static::$n</c> where a subclass redeclares <c>$n</c> is read and written
/// on <c>php_static_owner(cls, "n")</c>: the nearest class that declares it from the one called on, as PHP binds it.
/// </summary>
internal sealed partial class PhpLowering
{
    /// <summary>The static properties each class declares, its traits' included.</summary>
    private readonly Dictionary<string, HashSet<string>> _staticProperties = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The PHP name of the class being lowered.</summary>
    private string? _currentClass;

    private void FindStaticProperties(IEnumerable<SyntaxNode> declarations)
    {
        static IEnumerable<string> Declared(SyntaxNode body) =>
            body.NamedChildren.Where(m => m.Type == "property_declaration" && m.NamedChildren.Any(c => c.Type == "static_modifier"))
                .SelectMany(m => m.NamedChildren).Where(c => c.Type == "property_element").Select(p => VariableOf(Field(p, "name")));
        foreach (var declaration in declarations)
        {
            var body = Field(declaration, "body");
            var names = new HashSet<string>(Declared(body), StringComparer.Ordinal);
            foreach (var use in body.NamedChildren.Where(m => m.Type == "use_declaration"))
            {
                foreach (var trait in use.NamedChildren.Where(c => c.Type is "name" or "qualified_name"))
                {
                    if (_traits.TryGetValue(ShortName(trait.Text), out var t))
                    {
                        names.UnionWith(Declared(Field(t, "body")));
                    }
                }
            }
            _staticProperties[Field(declaration, "name").Text] = names;
        }
    }

    /// <summary>The class object that holds <c>scope::$name</c>, or null where the program does not declare it.</summary>
    private PyExpression? StaticPropertyOwner(SyntaxNode scope, string name)
    {
        var start = scope.Text switch
        {
            "self" or "static" => _currentClass,
            "parent" => _currentClass is { } c ? _classes.GetValueOrDefault(c) : null,
            _ => ShortName(scope.Text),
        };
        var owner = start;
        for (var depth = 0; owner is not null && depth < 64; depth++)
        {
            if (_staticProperties.TryGetValue(owner, out var declared) && declared.Contains(name))
            {
                break;
            }
            owner = _classes.GetValueOrDefault(owner);
        }
        if (owner is null || !_staticProperties.ContainsKey(owner))
        {
            return null;
        }
        if (scope.Text == "static" && _staticProperties.Any(c => c.Value.Contains(name) && !c.Key.Equals(owner, StringComparison.OrdinalIgnoreCase) && Inherits(c.Key, owner, 0)))
        {
            // A subclass redeclares it: the class called on decides, at run time, whose value is read and written.
            return Helper("php_static_owner", ScopeTarget(scope), new PyString(PropertyName(AttributeName(name))));
        }
        return new PyName(PythonNames.Safe(owner));
    }

    /// <summary>Whether the program writes a static property of this name by key (<c>self::$registry[$k] = ...</c>): an empty one is a dict.</summary>
    private bool StaticWrittenByKey(string name) =>
        _program is { } program && AllNodes(program).Any(n =>
            n.Type is "assignment_expression" or "augmented_assignment_expression" && n.ChildByField("left") is { Type: "subscript_expression" } target
            && IsKeyedWrite(target) && Innermost(target) is { Type: "scoped_property_access_expression" } property
            && property.ChildByField("name") is { } n2 && VariableOf(n2) == name);

    private static SyntaxNode Innermost(SyntaxNode subscript)
    {
        while (subscript.Type == "subscript_expression" && subscript.NamedChildCount > 0)
        {
            subscript = Unwrap(subscript.NamedChildren[0]);
        }
        return subscript;
    }
}
