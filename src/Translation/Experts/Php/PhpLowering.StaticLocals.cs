using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Static local variables keep their value between calls. Each becomes a module-level variable of its own
/// (<c>static_signature_cache</c>), initialised once right after the function or class that declares it (PHP
/// evaluates the initialiser once), and declared <c>global</c> where PHP's <c>static</c> statement stands. Only
/// named functions and methods at the top level of the program are handled this way; a closure's static variables
/// (one set per closure object) are cells made with the closure; those of a nested named function are reported.
/// </summary>
internal sealed partial class PhpLowering
{
    /// <summary>Initialisations of static locals, placed after the function or class being lowered.</summary>
    private readonly List<PyStatement> _staticInitialisers = [];

    /// <summary>Gives the function's static locals their module-level names; their initialisers wait in <see cref="_staticInitialisers"/>.</summary>
    private void BindStaticLocals(SyntaxNode function, SyntaxNode body, string pythonName, string? className)
    {
        if (function.Type == "anonymous_function")
        {
            BindClosureStatics(function, body);
            return;
        }
        if (!IsTopLevelFunction(function))
        {
            return;
        }
        var declarations = Descendants(body).Where(n => n.Type == "static_variable_declaration").ToArray();
        foreach (var declaration in declarations)
        {
            var name = VariableOf(Field(declaration, "name"));
            var firstUse = Descendants(body).Where(n => n.Type == "variable_name" && VariableOf(n) == name).Min(n => n.StartByte);
            if (firstUse < declaration.StartByte || declarations.Count(d => VariableOf(Field(d, "name")) == name) > 1)
            {
                // Before its static statement the variable is an ordinary local in PHP.
                continue;
            }
            var global = $"static_{(className is null ? "" : className + "_")}{pythonName}_{name}";
            var value = declaration.ChildByField("value") is { } v ? LowerExpression(v) : new Lowered(PyConstant.None, PhpType.Null);
            if (value.Expression is PyList { Items.Count: 0 } && _scope.TypeOf(name) == PhpType.Dict)
            {
                value = new Lowered(new PyDict([]), PhpType.Dict);
            }
            _scope.Renames[name] = global;
            _staticInitialisers.Add(new PyAssign(new PyName(global), value.Expression));
        }
    }

    /// <summary>The cells of the static locals of the closure being lowered, with their initial values.</summary>
    private List<(string Name, PyExpression Value)> _closureStatics = [];

    /// <summary>
    /// A closure's static locals: PHP gives each closure object its own set, initialised when the closure is made.
    /// Each becomes a cell (<c>php_ref</c>) made just before the <c>def</c> and bound as a parameter default, so a
    /// closure made again (in a loop, in another call) starts afresh while one object keeps its values.
    /// </summary>
    private void BindClosureStatics(SyntaxNode function, SyntaxNode body)
    {
        var declarations = Descendants(body).Where(n => n.Type == "static_variable_declaration" && EnclosingFunction(n) == function).ToArray();
        foreach (var declaration in declarations)
        {
            var name = VariableOf(Field(declaration, "name"));
            var firstUse = Descendants(body).Where(n => n.Type == "variable_name" && VariableOf(n) == name).Min(n => n.StartByte);
            if (firstUse < declaration.StartByte || declarations.Count(d => VariableOf(Field(d, "name")) == name) > 1)
            {
                continue;
            }
            var value = declaration.ChildByField("value") is { } v ? LowerExpression(v).Expression : PyConstant.None;
            _scope.Boxed.Add(name);
            _closureStatics.Add((name, value));
        }
    }

    private static SyntaxNode? EnclosingFunction(SyntaxNode node)
    {
        for (var n = node.Parent; n is { } current; n = current.Parent)
        {
            if (current.Type is "anonymous_function" or "arrow_function" or "function_definition" or "method_declaration")
            {
                return current;
            }
        }
        return null;
    }

    private static bool IsTopLevelFunction(SyntaxNode function) =>
        function.Type == "function_definition" ? function.Parent?.Type == "program"
        : function.Type == "method_declaration" && function.Parent?.Parent is { Type: "class_declaration" } c && c.Parent?.Type == "program";

    private IReadOnlyList<PyStatement> LowerStaticDeclaration(SyntaxNode node)
    {
        var names = node.NamedChildren.Where(c => c.Type == "static_variable_declaration").Select(d => VariableOf(Field(d, "name"))).ToArray();
        if (names.All(_scope.Boxed.Contains) && EnclosingFunction(node) is { Type: "anonymous_function" })
        {
            // A closure's cell, made with the closure (BindClosureStatics).
            return [];
        }
        if (names.Any(n => !_scope.Renames.ContainsKey(n)))
        {
            return Untranslated(node, "static local variables of a closure or nested function keep their value between calls; not translated");
        }
        return [new PyScopeDeclaration(false, names.Select(n => _scope.Renames[n]).ToArray())];
    }

    /// <summary>The statements of a declaration followed by the initialisers of the static locals lowered with it.</summary>
    private IReadOnlyList<PyStatement> WithStaticInitialisers(IReadOnlyList<PyStatement> declaration)
    {
        if (_staticInitialisers.Count == 0)
        {
            return declaration;
        }
        var result = declaration.Concat(_staticInitialisers).ToArray();
        _staticInitialisers.Clear();
        return result;
    }
}
