using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// The program: PHP declares functions and classes before any code runs, so the output puts classes (bases
/// first), then functions, then the top-level statements in their order.
/// </summary>
internal sealed partial class PhpLowering
{
    public IReadOnlyList<PyStatement> LowerProgram(SyntaxNode program)
    {
        _program = program;
        var statements = Named(program).Where(c => c.Type is not ("php_tag" or "php_end_tag")).ToArray();
        foreach (var f in statements.Where(s => s.Type == "function_definition"))
        {
            var name = Field(f, "name").Text;
            _functions[name] = PythonNames.Safe(name);
        }
        FindDeclaredClasses(program);
        FindDateClassUse(program);
        FindNonAsciiText(program);
        var declarations = statements.Where(s => s.Type is "class_declaration" or "interface_declaration" or "enum_declaration").ToList();
        foreach (var c in declarations)
        {
            var name = Field(c, "name").Text;
            _classes[name] = c.Type == "class_declaration" ? c.NamedChildren.Where(n => n.Type == "base_clause").Select(n => ShortName(n.NamedChildren[0].Text)).FirstOrDefault() : null;
            _parents[name] = c.NamedChildren.Where(n => n.Type is "base_clause" or "class_interface_clause").SelectMany(n => n.NamedChildren).Select(n => ShortName(n.Text)).ToList();
        }
        foreach (var t in statements.Where(s => s.Type == "trait_declaration"))
        {
            _traits[Field(t, "name").Text] = t;
        }
        FindStaticProperties(declarations.Where(d => d.Type == "class_declaration"));
        _userNames.UnionWith(_functions.Values);
        _userNames.UnionWith(_classes.Keys.Select(PythonNames.Safe));
        FindShadowingProperties(program);
        FindClosureCallArity(program);
        _scope = new Scope(null, null, false);
        FindGlobalKeyedWrites(program);
        FindKeyedReferenceParameters(program);
        FindCellParameters(program);
        _scopeBody = program;
        InferScope(program);
        var cellLocals = CellLocals(program, []).ToList();
        var classes = OrderClasses(declarations).SelectMany(LowerStatement);
        var functions = statements.Where(s => s.Type == "function_definition").SelectMany(LowerStatement);
        var rest = LowerBlock(statements.Where(s => s.Type is not ("function_definition" or "class_declaration" or "interface_declaration" or "enum_declaration" or "trait_declaration")));
        return [.. classes, .. functions, .. cellLocals, .. rest];
    }

    private void FindShadowingProperties(SyntaxNode program)
    {
        var methods = new HashSet<string>(StringComparer.Ordinal);
        var properties = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<SyntaxNode>([program]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var child in node.NamedChildren)
            {
                stack.Push(child);
            }
            switch (node.Type)
            {
                case "method_declaration" when node.ChildByField("name") is { } m:
                    methods.Add(m.Text);
                    break;
                case "property_element" or "property_promotion_parameter" when node.ChildByField("name") is { } p:
                    properties.Add(p.Text.TrimStart('&').TrimStart('$'));
                    _declaredProperties.Add(p.Text.TrimStart('&').TrimStart('$'));
                    break;
                case "member_access_expression" when node.ChildByField("name") is { Type: "name" } n:
                    properties.Add(n.Text);
                    break;
            }
        }
        _declaredMethods.UnionWith(methods);
        methods.IntersectWith(properties);
        _shadowingProperties.UnionWith(methods);
    }

    private List<SyntaxNode> OrderClasses(List<SyntaxNode> classes)
    {
        var ordered = new List<SyntaxNode>();
        var placed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (classes.Count > 0)
        {
            var ready = classes.FindIndex(c => _parents[Field(c, "name").Text].All(b => placed.Contains(b) || !_classes.ContainsKey(b)));
            var next = classes[System.Math.Max(ready, 0)];
            classes.Remove(next);
            ordered.Add(next);
            placed.Add(Field(next, "name").Text);
        }
        return ordered;
    }

    private IReadOnlyList<PyStatement> LowerFunction(SyntaxNode function, string pythonName, string? className, bool isStatic, bool isMethod)
    {
        var saved = (_scope, _mutated, _reassigned, _parameters, _scopeBody);
        _scope = new Scope(_scope, className, isStatic);
        _scope.ReferencedGlobals.UnionWith(_closureGlobals);
        _closureGlobals = [];
        _parameters = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var parameters = new List<PyParameter>();
            if (isMethod && !isStatic)
            {
                parameters.Add(new PyParameter("self"));
            }
            _scope.BindsStatic = isMethod && isStatic && BindsStatic(function);
            if (_scope.BindsStatic)
            {
                parameters.Add(new PyParameter("cls"));
            }
            var prologue = new List<PyStatement>();
            var byRef = new List<SyntaxNode>();
            var promoted = new List<string>();
            foreach (var p in Named(Field(function, "parameters")))
            {
                var name = ParameterName(p);
                _parameters.Add(name);
                _scope.Types[name] = DeclaredType(p.ChildByField("type"));
                var defaultValue = p.ChildByField("default_value") is { } d ? LowerExpression(d).Expression : null;
                if (p.Type == "variadic_parameter")
                {
                    parameters.Add(new PyParameter("*" + VariableName(name)));
                    _scope.Types[name] = PhpType.List;
                    prologue.Add(new PyAssign(new PyName(VariableName(name)), PyCall.Of("list", new PyName(VariableName(name)))));
                    continue;
                }
                parameters.Add(new PyParameter(VariableName(name), defaultValue));
                if (p.ChildByField("reference_modifier") is not null || Field(p, "name").Type == "by_ref")
                {
                    byRef.Add(p);
                }
                if (p.Type == "property_promotion_parameter")
                {
                    promoted.Add(name);
                }
            }
            if (CallbackMatchParameter(function) is { } matches)
            {
                _scope.TextArrays.Add(matches);
            }
            var body = Field(function, "body");
            _scopeBody = body;
            InferScope(body);
            BindStaticLocals(function, body, pythonName, className);
            prologue.AddRange(GeneratorPrologue(body));
            var cells = (function.ChildByField("name") is { } named ? _cellParameters.GetValueOrDefault(named.Text.ToLowerInvariant()) : null) ?? [];
            var all = Named(Field(function, "parameters")).ToList();
            foreach (var p in byRef)
            {
                var name = ParameterName(p);
                if (cells.Contains(all.IndexOf(p)))
                {
                    _scope.Boxed.Add(name);
                    prologue.Add(new PyAssign(new PyName(VariableName(name)), Helper("php_ref_cell", new PyName(VariableName(name)))));
                }
                else if (_reassigned.Contains(name) || AssignedInClosureByReference(body, name))
                {
                    // Changing an array through the reference is seen by the caller (Python lists are shared); a new value is not.
                    prologue.AddRange(Untranslated(p, $"reference parameter ${name} is assigned a new value the caller would see; Python passes names by value"));
                }
            }
            foreach (var name in _parameters.Where(n => _mutated.Contains(n) && _scope.TypeOf(n) != PhpType.String && !byRef.Any(p => p.Text.Contains("$" + n, StringComparison.Ordinal))))
            {
                // PHP passes arrays by value: a callee that changes its parameter works on its own copy. Only arrays
                // are changed in place (written by key, pushed, sorted); the arrays nested in them are copied too.
                var id = new PyName(VariableName(name));
                prologue.Add(new PyAssign(id, CopyCall(id)));
            }
            prologue.AddRange(CellLocals(body, _parameters));
            foreach (var name in promoted)
            {
                // An array passed in is the caller's: PHP copied it on passing (objects stay shared handles).
                var value = new PyName(VariableName(name));
                prologue.Add(new PyAssign(new PyMember(new PyName("self"), PropertyName(AttributeName(name))), _scope.TypeOf(name) is PhpType.Unknown or PhpType.List or PhpType.Dict && PropertyChangedInPlace(name) ? CopyCall(value) : value));
            }
            var statements = LowerBlock(Named(body));
            string[] decorators = [.. isStatic && isMethod ? [_scope.BindsStatic ? "classmethod" : "staticmethod"] : Array.Empty<string>(), .. GeneratorDecorator(body)];
            return [new PyFunctionDef(pythonName, parameters, [.. prologue, .. statements], decorators)];
        }
        finally
        {
            (_scope, _mutated, _reassigned, _parameters, _scopeBody) = saved;
        }
    }

    private static string ParameterName(SyntaxNode p)
    {
        var name = Field(p, "name");
        return VariableOf(name.Type == "by_ref" ? name.NamedChildren[0] : name);
    }

    /// <summary>
    /// PHP's copy of an array value: the arrays nested in it are copied too (a write <c>$copy[$y][$x] = v</c> must not
    /// reach the original), while objects stay shared handles.
    /// </summary>
    private PyExpression CopyCall(PyExpression value) => Helper("php_value_copy", value);

    private static PhpType DeclaredType(SyntaxNode? type)
    {
        var text = type?.Text.TrimStart('?').ToLowerInvariant();
        return text switch
        {
            "int" => PhpType.Int,
            "float" => PhpType.Float,
            "string" => PhpType.String,
            "bool" => PhpType.Bool,
            null or "array" or "mixed" or "iterable" => PhpType.Unknown,
            _ when text.Contains('|', StringComparison.Ordinal) => PhpType.Unknown,
            _ => PhpType.Object,
        };
    }

    /// <summary>
    /// Whether the program changes a property of this name in place (<c>$this->p[$k] = v</c>, <c>$this->p[] = v</c>,
    /// <c>unset($this->p[$k])</c>, <c>sort($this->p)</c>): an array stored in it must be the object's own copy.
    /// </summary>
    private bool PropertyChangedInPlace(string name)
    {
        static bool Names(SyntaxNode node, string name) =>
            Innermost(node) is { Type: "member_access_expression" } access && access.ChildByField("name")?.Text == name;
        return _program is { } program && AllNodes(program).Any(n => n.Type switch
        {
            "assignment_expression" or "augmented_assignment_expression" => n.ChildByField("left") is { Type: "subscript_expression" } target && Names(target, name),
            "update_expression" or "unset_statement" => n.NamedChildren.Any(c => c.Type == "subscript_expression" && Names(c, name)),
            "function_call_expression" => (InPlaceArrayFunctions.Contains(n.ChildByField("function")?.Text ?? "") || n.ChildByField("function")?.Text == "array_multisort")
                && n.ChildByField("arguments") is { NamedChildCount: > 0 } arguments && Unwrap(arguments.NamedChildren[0].NamedChildren[^1]) is { Type: "member_access_expression" } first
                && first.ChildByField("name")?.Text == name,
            _ => false,
        });
    }
}
