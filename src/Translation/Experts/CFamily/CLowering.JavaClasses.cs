using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    private List<PyStatement> LowerJavaClass(SyntaxNode node, ref bool hasMain)
    {
        var name = Field(node, "name").Text;
        var members = Field(node, "body").NamedChildren;
        var methods = members.Where(m => m.Type == "method_declaration").ToArray();
        var fields = members.Where(m => m.Type == "field_declaration").ToArray();
        var constructors = members.Where(m => m.Type == "constructor_declaration").ToArray();
        var utility = constructors.Length == 0 && methods.All(IsStatic) && fields.All(IsStatic);
        RegisterMembers(name, members);
        if (utility)
        {
            return LowerUtilityClass(members, ref hasMain);
        }
        // Classes nested in a kept class are hoisted before it (their names read the same in Python).
        var lowered = new List<PyStatement>();
        foreach (var nested in members.Where(m => m.Type is "class_declaration" or "interface_declaration" or "enum_declaration"))
        {
            var ignored = false;
            lowered.AddRange(nested.Type switch
            {
                "class_declaration" => LowerJavaClass(nested, ref ignored),
                "enum_declaration" => LowerJavaEnum(nested),
                _ => LowerJavaInterface(nested),
            });
        }
        lowered.Add(LowerKeptClass(node, name, members));
        if (methods.Any(m => IsStatic(m) && Field(m, "name").Text == "main" && ParametersOf(m.ChildByField("parameters")).Count() == 1))
        {
            _ctx.MainClass ??= name;
        }
        return lowered;
    }

    /// <summary>What calls of a class's methods and constructors need before any body is lowered: return and parameter types, overloads.</summary>
    private void RegisterMembers(string name, IReadOnlyList<SyntaxNode> members)
    {
        var methods = members.Where(m => m.Type == "method_declaration").ToArray();
        foreach (var method in methods)
        {
            var methodName = Field(method, "name").Text;
            _ctx.Functions[methodName] = TypeReader.Wrap(ReadType(Field(method, "type")), TypeReader.Rank(method.ChildByField("dimensions")));
            RegisterParameters(methodName, method, method.ChildByField("parameters"));
        }
        _ctx.ConstructorParameters[name] = members.Where(m => m.Type == "constructor_declaration")
            .Select(c => (IReadOnlyList<CType>)ParametersOf(c.ChildByField("parameters")).Select(OverloadParameterOf).Select(p => p.Type).ToArray()).ToList();
        foreach (var group in methods.GroupBy(m => Field(m, "name").Text).Where(g => g.Count() > 1))
        {
            RegisterOverloads(group.Key, group.ToArray(), m => m.ChildByField("parameters"),
                m => TypeReader.Wrap(ReadType(Field(m, "type")), TypeReader.Rank(m.ChildByField("dimensions"))));
        }
    }

    /// <summary>
    /// An interface: Python needs nothing for one that only declares methods (a class implementing it defines
    /// them); one with default or static methods or constants is reported.
    /// </summary>
    private List<PyStatement> LowerJavaInterface(SyntaxNode node)
    {
        var members = node.ChildByField("body") is { } body ? body.NamedChildren : [];
        var abstractOnly = members.All(m => m.Type is "comment" or "line_comment" or "block_comment"
            || m.Type == "method_declaration" && m.ChildByField("body") is null);
        return abstractOnly ? [] : [_ctx.Warn(node, $"an interface with default methods or constants is not translated: {Snippet(node)}")];
    }

    private static bool IsStatic(SyntaxNode member) =>
        member.NamedChildren.Any(c => c.Type == "modifiers" && c.Children.Any(m => m.Text == "static"));

    private List<PyStatement> LowerUtilityClass(IReadOnlyList<SyntaxNode> members, ref bool hasMain)
    {
        var body = new List<PyStatement>();
        foreach (var field in members.Where(m => m.Type == "field_declaration"))
        {
            foreach (var declarator in field.Children.Where(c => c.FieldName == "declarator"))
            {
                _ctx.Globals.Add(Field(declarator, "name").Text);
            }
        }
        foreach (var member in members)
        {
            switch (member.Type)
            {
                case "field_declaration":
                    body.AddRange(LowerStatement(member));
                    break;
                case "method_declaration":
                    var name = Field(member, "name").Text;
                    var isMain = name == "main" && ParametersOf(member.ChildByField("parameters")).Count() == 1;
                    hasMain |= isMain;
                    var parameters = isMain ? [] : ParametersOf(member.ChildByField("parameters"));
                    var pythonName = isMain ? name : DefinitionName(name, member);
                    body.Add(SynchronizedIfDeclared(member, LowerFunction(pythonName, parameters, _ctx.Functions[pythonName], member.ChildByField("body"))));
                    break;
                case "class_declaration":
                    body.AddRange(LowerJavaClass(member, ref hasMain));
                    break;
                case "enum_declaration":
                    body.AddRange(LowerJavaEnum(member));
                    break;
                case "comment" or "line_comment" or "block_comment":
                    break;
                default:
                    body.Add(_ctx.Warn(member, $"'{member.Type}' not translated: {Snippet(member)}"));
                    break;
            }
        }
        return body;
    }

    private PyClassDef LowerKeptClass(SyntaxNode node, string name, IReadOnlyList<SyntaxNode> members, EnumShape? shape = null)
    {
        var scope = new ClassScope(name);
        var baseName = node.ChildByField("superclass") is { } superclass ? superclass.NamedChildren[^1].Text.Split('<')[0] : null;
        if (baseName is not null)
        {
            _ctx.BaseClasses[name] = baseName;
        }
        if (baseName is not null && _ctx.Classes.TryGetValue(baseName, out var baseScope))
        {
            foreach (var (field, entry) in baseScope.Fields)
            {
                scope.Fields[field] = entry;
            }
            foreach (var (method, isStatic) in baseScope.Methods)
            {
                scope.Methods[method] = isStatic;
            }
        }
        else if (baseName is not null && ExceptionBase(baseName) is null)
        {
            _ctx.Warnings.Add(new TranslationWarning(
                $"'{name}' extends '{baseName}', which is not in the translated source: names it inherits are read as globals, and Python keeps no such base (Exception stands for Java's exception roots)", node.Start, node.End));
        }
        _ctx.Classes[name] = scope;
        shape?.Declare(scope);
        var outer = _ctx.Class;
        _ctx.Class = scope;
        try
        {
            var instanceFields = new List<(string Name, CType Type, SyntaxNode? Value)>();
            var body = new List<PyStatement>();
            foreach (var field in members.Where(m => m.Type == "field_declaration"))
            {
                if (BrokenSyntax.InOwnParts(field))
                {
                    body.AddRange(Marked(field.Start, field.End, "the Java source has a syntax error in this field"));
                    continue;
                }
                var type = ReadType(Field(field, "type"));
                foreach (var declarator in field.Children.Where(c => c.FieldName == "declarator"))
                {
                    var fieldName = Field(declarator, "name").Text;
                    var fieldType = Created(TypeReader.Wrap(type, TypeReader.Rank(declarator.ChildByField("dimensions"))), declarator.ChildByField("value"));
                    scope.Fields[fieldName] = (fieldType, IsStatic(field));
                    if (IsStatic(field))
                    {
                        var value = declarator.ChildByField("value");
                        body.AddRange(Guarded(declarator, () => [new PyAssign(Py.Name(_ctx.FieldName(fieldName)), FieldValue(value, fieldType))]));
                    }
                    else
                    {
                        instanceFields.Add((fieldName, fieldType, declarator.ChildByField("value")));
                    }
                }
            }
            foreach (var method in members.Where(m => m.Type == "method_declaration"))
            {
                scope.Methods[Field(method, "name").Text] = IsStatic(method);
            }
            body.AddRange(LowerConstructors(name, instanceFields, members.Where(m => m.Type == "constructor_declaration").ToArray()));
            foreach (var method in members.Where(m => m.Type == "method_declaration"))
            {
                var isStatic = IsStatic(method);
                scope.InStaticMethod = isStatic;
                var methodName = DefinitionName(Field(method, "name").Text, method);
                body.Add(SynchronizedIfDeclared(method, LowerFunction(methodName, ParametersOf(method.ChildByField("parameters")), _ctx.Functions[methodName], method.ChildByField("body"),
                    self: isStatic ? null : "self", decorators: isStatic ? ["staticmethod"] : null)));
            }
            body.AddRange(PythonProtocol(members));
            body.AddRange(shape?.Protocol(members) ?? []);
            foreach (var other in members.Where(m => m.Type is not ("field_declaration" or "method_declaration" or "constructor_declaration" or "class_declaration" or "interface_declaration" or "enum_declaration" or "comment" or "line_comment" or "block_comment")))
            {
                body.Add(_ctx.Warn(other, $"'{other.Type}' inside a class not translated: {Snippet(other)}"));
            }
            // `implements` needs nothing in Python. An `extends` base stays the base class where Python has it: a
            // class of the source, or Exception for Java's exception roots (another name would fail at import).
            PyExpression[] bases = baseName switch
            {
                null => [],
                _ when _ctx.Classes.ContainsKey(baseName) && baseName != name => [Py.Name(baseName)],
                _ => ExceptionBase(baseName) is { } exception ? [Py.Name(exception)] : [],
            };
            return new PyClassDef(name, bases, body);
        }
        finally
        {
            _ctx.Class = outer;
        }
    }

    /// <summary>The Python exception a class extending <paramref name="baseName"/> derives from, or null when it is no Java exception.</summary>
    private static string? ExceptionBase(string baseName) =>
        baseName is "Exception" or "RuntimeException" or "Throwable" or "Error" ? "Exception"
        : ExceptionType(baseName) is var mapped && mapped != "Exception" ? mapped
        : null;

    /// <summary>
    /// What Python's own protocols need from the Java class: <c>toString()</c> is how it prints (<c>__str__</c>,
    /// and <c>__repr__</c> for a list that holds it), <c>compareTo</c> how it orders (<c>__lt__</c>, for sorting and heaps).
    /// </summary>
    private static IEnumerable<PyStatement> PythonProtocol(IReadOnlyList<SyntaxNode> members)
    {
        bool Declares(string method, int parameters) => members.Any(m => m.Type == "method_declaration" && !IsStatic(m)
            && Field(m, "name").Text == method && ParametersOf(m.ChildByField("parameters")).Count() == parameters);
        var self = Py.Name("self");
        if (Declares("toString", 0))
        {
            foreach (var name in new[] { "__str__", "__repr__" })
            {
                yield return new PyFunctionDef(name, [new PyParameter("self")], [new PyReturn(Py.Method(self, "toString"))]);
            }
        }
        if (Declares("compareTo", 1))
        {
            yield return new PyFunctionDef("__lt__", [new PyParameter("self"), new PyParameter("other")],
                [new PyReturn(Py.Compare(Py.Method(self, "compareTo", Py.Name("other")), PyCompareOperator.Less, Py.Number(0)))]);
        }
    }

    private PyExpression FieldValue(SyntaxNode? value, CType type) => value switch
    {
        null => DefaultValue(type),
        { Type: "array_initializer" } list => LowerInitializerList(list, type).Python,
        { } v => LowerAs(v, type),
    };
}
