using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Classes: static properties and constants are class attributes, instance properties are set first thing in
/// <c>__init__</c> (each object gets its own array), <c>__construct</c> is <c>__init__</c>, <c>__toString</c> is
/// <c>__str__</c>, static methods are <c>@staticmethod</c>, <c>parent::</c> is <c>super()</c>.
/// </summary>
internal sealed partial class PhpLowering
{
    private IReadOnlyList<PyStatement> LowerClass(SyntaxNode node)
    {
        var name = Field(node, "name").Text;
        var python = PythonNames.Safe(name);
        _classes.TryAdd(name, null);
        var outerClass = _currentClass;
        _currentClass = name;
        try
        {
            return LowerClassBody(node, python);
        }
        finally
        {
            _currentClass = outerClass;
        }
    }

    private IReadOnlyList<PyStatement> LowerClassBody(SyntaxNode node, string python)
    {
        // Abstract classes and interfaces translate as ordinary classes: PHP forbids instantiating them, Python does
        // not check, and a method without a body is left out (the subclass's own one is what runs).
        var bases = ClassBases(node);
        var body = new List<PyStatement>();
        var instanceDefaults = new List<PyStatement>();
        var members = WithTraitMembers(Field(node, "body").NamedChildren.ToArray(), body);
        var properties = ClassArrayProperties(members);
        var outerScope = _scope;
        _scope = new Scope(outerScope, python, true);
        try
        {
            foreach (var member in members)
            {
                switch (member.Type)
                {
                    case "const_declaration":
                        foreach (var c in member.NamedChildren.Where(c => c.Type == "const_element"))
                        {
                            body.Add(new PyAssign(new PyName(AttributeName(c.NamedChildren[0].Text)), LowerExpression(c.NamedChildren[^1]).Expression));
                        }
                        break;
                    case "property_declaration":
                        var isStatic = member.NamedChildren.Any(c => c.Type == "static_modifier");
                        foreach (var p in member.NamedChildren.Where(c => c.Type == "property_element"))
                        {
                            var propertyName = VariableOf(Field(p, "name"));
                            var value = p.ChildByField("default_value") is { } d ? LowerExpression(d).Expression : PyConstant.None;
                            if (value is PyList { Items.Count: 0 } && (isStatic ? StaticWrittenByKey(propertyName) : properties.GetValueOrDefault(propertyName) == PhpType.Dict))
                            {
                                value = new PyDict([]);
                            }
                            if (isStatic)
                            {
                                body.Add(new PyAssign(new PyName(PropertyName(AttributeName(propertyName))), value));
                            }
                            else
                            {
                                instanceDefaults.Add(new PyAssign(new PyMember(new PyName("self"), PropertyName(AttributeName(propertyName))), value));
                            }
                        }
                        break;
                    case "comment" or "use_declaration":
                        break;
                }
            }
        }
        finally
        {
            _scope = outerScope;
        }
        var savedProperties = _properties;
        _properties = properties;
        try
        {
            LowerMethods(members, python, body, instanceDefaults, bases);
        }
        finally
        {
            _properties = savedProperties;
        }
        return [new PyClassDef(python, bases, body.Count == 0 ? [new PyPass()] : body)];
    }

    private Dictionary<string, PhpType> _properties = new(StringComparer.Ordinal);

    /// <summary>
    /// Array properties by kind: a keyed literal, or an empty one that a method writes by key
    /// (<c>$this-&gt;items[$k] = $v</c>), is a dict; other array literals are lists. Any other assignment of the
    /// property leaves it unknown.
    /// </summary>
    private Dictionary<string, PhpType> ClassArrayProperties(SyntaxNode[] members)
    {
        var result = new Dictionary<string, PhpType>(StringComparer.Ordinal);
        foreach (var p in members.Where(m => m.Type == "property_declaration" && !m.NamedChildren.Any(c => c.Type == "static_modifier")).SelectMany(m => m.NamedChildren).Where(c => c.Type == "property_element"))
        {
            if (p.ChildByField("default_value") is { Type: "array_creation_expression" } value)
            {
                result[VariableOf(Field(p, "name"))] = IsKeyedLiteral(value) ? PhpType.Dict : PhpType.List;
            }
        }
        // Writes through any object count ($player->rounds[$r] = ... outside the class): the program is read whole.
        var writers = _program is { } program ? [program] : members.Where(m => m.Type == "method_declaration" && m.ChildByField("body") is not null).ToArray();
        foreach (var root in writers)
        {
            foreach (var node in AllNodes(root))
            {
                // $v = &$this->p[$k] creates the key as a write does.
                if (node.Type is not ("assignment_expression" or "augmented_assignment_expression" or "update_expression" or "reference_assignment_expression")
                    || (node.Type == "reference_assignment_expression" ? node.ChildByField("right") : node.ChildByField("left") ?? node.ChildByField("argument")) is not { } target)
                {
                    continue;
                }
                var inner = target;
                while (inner.Type == "subscript_expression" && inner.NamedChildren[0].Type == "subscript_expression")
                {
                    inner = inner.NamedChildren[0];
                }
                var property = inner.Type == "subscript_expression" ? inner.NamedChildren[0] : inner;
                if (property.Type != "member_access_expression" || property.ChildByField("name") is not { } name || !result.ContainsKey(name.Text))
                {
                    continue;
                }
                if (result[name.Text] == PhpType.Unknown)
                {
                    // Assigned something other than an array literal somewhere: its kind stays unknown.
                    continue;
                }
                if (inner.Type == "subscript_expression" && inner.NamedChildCount > 1)
                {
                    result[name.Text] = PhpType.Dict;
                }
                else if (inner.Type != "subscript_expression" && (node.ChildByField("right") is not { Type: "array_creation_expression" }))
                {
                    result[name.Text] = PhpType.Unknown;
                }
            }
        }
        DemotePropertiesUnsetFrom(writers, result);
        return result;
    }

    private SyntaxNode? _program;

    private static IEnumerable<SyntaxNode> AllNodes(SyntaxNode root)
    {
        var stack = new Stack<SyntaxNode>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in node.NamedChildren)
            {
                stack.Push(child);
            }
        }
    }

    private void LowerMethods(SyntaxNode[] members, string python, List<PyStatement> body, List<PyStatement> instanceDefaults, List<PyExpression> bases)
    {
        var hasConstructor = false;
        foreach (var method in members.Where(m => m.Type == "method_declaration"))
        {
            var methodName = Field(method, "name").Text;
            var isStatic = method.NamedChildren.Any(c => c.Type == "static_modifier");
            var pythonName = methodName switch
            {
                "__construct" => "__init__",
                "__toString" => "__str__",
                _ => AttributeName(methodName),
            };
            if (methodName.StartsWith("__", StringComparison.Ordinal) && methodName is not ("__construct" or "__toString"))
            {
                body.AddRange(Untranslated(method, $"the magic method {methodName} is not translated"));
                continue;
            }
            if (method.ChildByField("body") is null)
            {
                continue;
            }
            var lowered = LowerStatementSafely(method, () => LowerFunction(method, pythonName, python, isStatic, isMethod: true));
            if (pythonName == "__init__" && lowered.Count == 1 && lowered[0] is PyFunctionDef init)
            {
                hasConstructor = true;
                lowered = [init with { Body = [.. instanceDefaults, .. init.Body] }];
            }
            body.AddRange(lowered);
        }
        if (_currentClass is { } php && Inherits(php, "Countable", 0)
            && members.Any(m => m.Type == "method_declaration" && Field(m, "name").Text.Equals("count", StringComparison.OrdinalIgnoreCase) && m.ChildByField("body") is not null))
        {
            // A Countable's count() is what PHP's count($object) calls; Python's len() calls __len__.
            body.Add(new PyFunctionDef("__len__", [new("self")], [new PyReturn(PyCall.Method(new PyName("self"), "count"))]));
        }
        if (!hasConstructor && instanceDefaults.Count > 0)
        {
            // No constructor of its own: PHP runs the parent's with the same arguments.
            var superCall = bases.Count > 0 ? new PyStatement[] { new PyExpressionStatement(PyCall.Method(PyCall.Of("super"), "__init__", new PyName("*args"))) } : [];
            body.Insert(0, new PyFunctionDef("__init__", bases.Count > 0 ? [new("self"), new("*args")] : [new("self")], [.. superCall, .. instanceDefaults]));
        }
    }

    private IReadOnlyList<PyStatement> LowerStatementSafely(SyntaxNode node, Func<IReadOnlyList<PyStatement>> lower)
    {
        try
        {
            return lower();
        }
        catch (UntranslatableException e)
        {
            Warnings.Add(new TranslationWarning(e.Message, e.Start, e.End));
            return Untranslated(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var message = UntranslatableException.FailedOn(e);
            Warnings.Add(new TranslationWarning(message, node.Start, node.End));
            return Untranslated(message);
        }
    }
}
