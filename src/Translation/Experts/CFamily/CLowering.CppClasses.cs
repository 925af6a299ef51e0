using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// C++ structs and classes as Python classes. Fields become instance attributes (static ones class attributes);
/// a constructor's member initialiser list assigns before its body, and fields it leaves out start at their
/// default (<c>0</c>, <c>""</c>, an empty container, a default-made struct). A struct without constructors is an
/// aggregate: <c>__init__</c> takes each field in order, all optional, so <c>{"Ann", 20}</c> and <c>Point p;</c>
/// both work. Methods take <c>self</c>; <c>operator&lt;</c> and <c>operator==</c> are <c>__lt__</c> and <c>__eq__</c>.
/// Objects are values, copied as C++ copies them (<see cref="CLowering"/>, CppValues). Other operators,
/// destructors, friends and methods defined outside their class are reported.
/// </summary>
internal sealed partial class CLowering
{
    /// <summary>The struct and class definitions of a translation unit (a name and a body).</summary>
    private static IEnumerable<SyntaxNode> CppClassDefinitions(SyntaxNode root) => root.NamedChildren
        .Where(c => c.Type is "struct_specifier" or "class_specifier" && c.ChildByField("name") is not null && c.ChildByField("body") is not null);

    /// <summary>Names, field types and method signatures of every class, before any body is lowered.</summary>
    private void RegisterCppClasses(SyntaxNode root)
    {
        foreach (var definition in CppClassDefinitions(root))
        {
            var name = Field(definition, "name").Text;
            _ctx.Structs.Add(name);
            _ctx.SourceClasses.Add(name);
            var scope = new ClassScope(name);
            foreach (var member in Field(definition, "body").NamedChildren)
            {
                if (member.Type == "field_declaration" && member.ChildByField("type") is { } type && !member.Children.Any(c => c.Type == "function_declarator"))
                {
                    foreach (var declarator in member.Children.Where(c => c.FieldName == "declarator"))
                    {
                        var (field, fieldType, _) = TypeReader.Declared(ReadType(type), declarator);
                        if (field is not null && declarator.Type != "function_declarator")
                        {
                            scope.Fields[field] = (fieldType, IsCppStatic(member));
                        }
                    }
                }
                else if (member.Type == "function_definition" && CppMethodName(member) is { } method && method != name)
                {
                    scope.Methods[method] = IsCppStatic(member);
                    _ctx.Functions[method] = CppReturnType(member);
                    RegisterParameters(method, member, FunctionDeclarator(member)?.ChildByField("parameters"));
                }
            }
            _ctx.Classes[name] = scope;
            _ctx.Functions[name] = new CType(CKind.Object, Name: name);
        }
    }

    private List<PyStatement> LowerCppClass(SyntaxNode node)
    {
        var name = Field(node, "name").Text;
        var scope = _ctx.Classes[name];
        var members = Field(node, "body").NamedChildren;
        var outer = _ctx.Class;
        _ctx.Class = scope;
        try
        {
            var body = new List<PyStatement>();
            foreach (var (field, (type, _)) in scope.Fields.Where(f => f.Value.Static))
            {
                body.Add(new PyAssign(Py.Name(LoweringContext.SafeName(field)), DefaultOf(type)));
            }
            var instanceFields = scope.Fields.Where(f => !f.Value.Static).Select(f => (f.Key, f.Value.Type)).ToList();
            var defaults = FieldDefaults(members);
            var constructors = members.Where(m => m.Type == "function_definition" && CppMethodName(m) == name).ToArray();
            body.AddRange(CppConstructors(name, instanceFields, defaults, constructors));
            foreach (var member in members)
            {
                switch (member.Type)
                {
                    case "function_definition" when CppMethodName(member) is { } method && method != name:
                        scope.InStaticMethod = IsCppStatic(member);
                        var parameters = ParametersOf(FunctionDeclarator(member)!.Value.ChildByField("parameters"));
                        body.Add(LowerFunction(DefinitionName(method, member), parameters, _ctx.Functions[method], member.ChildByField("body"),
                            self: scope.InStaticMethod ? null : "self", decorators: scope.InStaticMethod ? ["staticmethod"] : null));
                        break;
                    case "function_definition" when CppOperator(member) is { } dunder:
                        scope.InStaticMethod = false;
                        body.Add(LowerFunction(dunder, ParametersOf(FunctionDeclarator(member)!.Value.ChildByField("parameters")), CType.Bool, member.ChildByField("body"), self: "self"));
                        break;
                    case "function_definition" when CppMethodName(member) == name:
                        break;
                    case "access_specifier" or "comment" or "declaration" or "field_declaration":
                        // Fields were read with the class; a method declared here and defined outside is reported there.
                        break;
                    default:
                        body.Add(_ctx.Warn(member, $"'{member.Type}' inside a class is not translated: {Snippet(member)}"));
                        break;
                }
            }
            if (body.Any(s => s is PyFunctionDef { Name: "__eq__" }) && !body.Any(s => s is PyFunctionDef { Name: "__hash__" }))
            {
                // Python drops the hash of a class that defines __eq__; equal values hash alike by their fields.
                var self = Py.Name("self");
                body.Add(new PyFunctionDef("__hash__", [new("self")], [new PyReturn(Py.Call("hash", new PyTuple(instanceFields
                    .Select(f => (PyExpression)new PyMember(self, LoweringContext.SafeName(f.Key))).ToArray())))]));
            }
            var baseName = node.NamedChildren.Where(c => c.Type == "base_class_clause").SelectMany(b => b.NamedChildren)
                .Where(c => c.Type == "type_identifier").Select(c => c.Text).LastOrDefault();
            PyExpression[] pythonBases = baseName is not null && _ctx.Classes.ContainsKey(baseName) ? [Py.Name(LoweringContext.SafeName(baseName))] : [];
            if (baseName is not null && pythonBases.Length == 0)
            {
                body.Insert(0, _ctx.Warn(node, $"the base class '{baseName}' is not in the translated source"));
            }
            return [new PyClassDef(LoweringContext.SafeName(name), pythonBases, body.Count > 0 ? body : [new PyPass()])];
        }
        finally
        {
            _ctx.Class = outer;
        }
    }

    /// <summary>Default member initialisers (<c>int count = 0;</c>), by field: each value follows its declarator.</summary>
    private static Dictionary<string, SyntaxNode> FieldDefaults(IReadOnlyList<SyntaxNode> members)
    {
        var defaults = new Dictionary<string, SyntaxNode>(StringComparer.Ordinal);
        foreach (var member in members.Where(m => m.Type == "field_declaration"))
        {
            string? last = null;
            foreach (var child in member.Children)
            {
                if (child.FieldName == "declarator")
                {
                    last = child.Text;
                }
                else if (child.FieldName == "default_value" && last is not null)
                {
                    defaults[last] = child;
                }
            }
        }
        return defaults;
    }

    private List<PyStatement> CppConstructors(string className, List<(string Name, CType Type)> fields, Dictionary<string, SyntaxNode> defaults, SyntaxNode[] constructors)
    {
        var self = Py.Name("self");
        PyExpression Default((string Name, CType Type) f) => defaults.TryGetValue(f.Name, out var value) ? LowerAs(value, f.Type) : DefaultOf(f.Type);
        if (constructors.Length == 0)
        {
            // An aggregate: Point{1, 2}, Point p = {1, 2} and Point p; all construct it.
            var parameters = fields.Select(f => new PyParameter(LoweringContext.SafeName(f.Name), PyConstant.None)).ToArray();
            var body = fields.Select(f => (PyStatement)new PyAssign(new PyMember(self, LoweringContext.SafeName(f.Name)),
                new PyConditional(Py.Compare(Py.Name(LoweringContext.SafeName(f.Name)), PyCompareOperator.Is, PyConstant.None), Default(f), Py.Name(LoweringContext.SafeName(f.Name))))).ToList();
            return [new PyFunctionDef("__init__", [new("self"), .. parameters], body.Count > 0 ? body : [new PyPass()])];
        }
        var counts = constructors.Select(c => ParametersOf(FunctionDeclarator(c)!.Value.ChildByField("parameters")).Count()).ToArray();
        if (counts.Distinct().Count() != counts.Length)
        {
            _ctx.Warnings.Add(new TranslationWarning($"'{className}' has constructors that share a parameter count: only the first is translated", constructors[1].Start, constructors[^1].End));
            constructors = [constructors[0]];
            counts = [counts[0]];
        }
        var result = new List<PyStatement>();
        foreach (var (constructor, count) in constructors.Zip(counts))
        {
            var lowered = LowerFunction(constructors.Length == 1 ? "__init__" : $"_init_{count}", ParametersOf(FunctionDeclarator(constructor)!.Value.ChildByField("parameters")), CType.Void, constructor.ChildByField("body"), self: "self");
            var initialised = MemberInitialisers(constructor, fields);
            var prologue = fields.Select(f => (PyStatement)new PyAssign(new PyMember(self, LoweringContext.SafeName(f.Name)),
                initialised.TryGetValue(f.Name, out var value) ? value : Default(f))).ToList();
            result.Add(lowered with { Body = [.. prologue, .. lowered.Body.Where(s => s is not PyPass)] });
        }
        if (constructors.Length > 1)
        {
            result.Insert(0, ConstructorDispatch(className, counts));
        }
        return result;
    }

    /// <summary><c>: owner(name), balance(initial)</c>: each field's value, lowered where the parameters are in scope.</summary>
    private Dictionary<string, PyExpression> MemberInitialisers(SyntaxNode constructor, List<(string Name, CType Type)> fields)
    {
        var values = new Dictionary<string, PyExpression>(StringComparer.Ordinal);
        if (constructor.NamedChildren.Where(c => c.Type == "field_initializer_list").Select(c => (SyntaxNode?)c).FirstOrDefault() is not { } list)
        {
            return values;
        }
        _ctx.PushScope();
        try
        {
            foreach (var (parameter, type) in ParametersOf(FunctionDeclarator(constructor)!.Value.ChildByField("parameters")).Select(ParameterOf))
            {
                _ctx.Declare(parameter, type);
            }
            foreach (var initialiser in list.NamedChildren.Where(c => c.Type == "field_initializer"))
            {
                var field = initialiser.NamedChildren[0].Text;
                var type = fields.FirstOrDefault(f => f.Name == field).Type ?? CType.Unknown;
                if (initialiser.NamedChildren.Count < 2)
                {
                    continue;
                }
                var arguments = initialiser.NamedChildren[1];
                values[field] = arguments.NamedChildren is [var single] && single.Type != "initializer_list"
                    ? Coerce(CopiedIfLvalue(single, Lower(single)), type)
                    : Construct(arguments, type);
            }
        }
        finally
        {
            _ctx.PopScope();
        }
        return values;
    }

    /// <summary><c>int Counter::created = 0;</c>: the class attribute's value, set after the class; null for other declarations.</summary>
    private PyStatement? StaticMemberDefinition(SyntaxNode declaration)
    {
        if (declaration.ChildByField("declarator") is not { Type: "init_declarator" } declarator
            || Field(declarator, "declarator") is not { Type: "qualified_identifier" } qualified
            || qualified.ChildByField("scope")?.Text is not { } owner || !_ctx.Classes.TryGetValue(owner, out var scope)
            || qualified.ChildByField("name")?.Text is not { } member || !scope.Fields.TryGetValue(member, out var field))
        {
            return null;
        }
        var value = declarator.ChildByField("value");
        return Guarded(declarator, () => [new PyAssign(new PyMember(Py.Name(LoweringContext.SafeName(owner)), LoweringContext.SafeName(member)),
            value is { Type: "argument_list" } arguments ? Construct(arguments, field.Type) : value is { } v ? LowerAs(v, field.Type) : DefaultOf(field.Type))]) is [var single] ? single : null;
    }

    /// <summary>A struct made from its fields' values: <c>{"Ann", 20}</c> as <c>Student("Ann", 20)</c>.</summary>
    private LoweredExpression? StructFromList(SyntaxNode list, CType type)
    {
        if (type is not { Kind: CKind.Object, Name: { } name } || !_ctx.Structs.Contains(name))
        {
            return null;
        }
        var fields = _ctx.Classes[name].Fields.Where(f => !f.Value.Static).Select(f => f.Value.Type).ToArray();
        var items = list.NamedChildren.Where(c => c.Type != "comment").Select((c, i) =>
        {
            var fieldType = i < fields.Length ? fields[i] : CType.Unknown;
            return c.Type == "initializer_list" ? (StructFromList(c, fieldType) ?? LowerInitializerList(c, fieldType)).Python : LowerAs(c, fieldType);
        }).ToArray();
        return new(new PyCall(Py.Name(LoweringContext.SafeName(name)), items), type);
    }

    /// <summary>A default-made value: a struct's constructor called with nothing, else the type's zero.</summary>
    private PyExpression DefaultOf(CType type) =>
        type is { Kind: CKind.Object, Name: { } name } && _ctx.Structs.Contains(name) ? Py.Call(LoweringContext.SafeName(name)) : DefaultValue(type);

    private static string? CppMethodName(SyntaxNode function) =>
        FunctionDeclarator(function)?.ChildByField("declarator") is { Type: "field_identifier" or "identifier" } name ? name.Text : null;

    /// <summary>The Python method an operator of the class is: <c>operator&lt;</c> is <c>__lt__</c>; null for others.</summary>
    private static string? CppOperator(SyntaxNode function) =>
        FunctionDeclarator(function)?.ChildByField("declarator") is { Type: "operator_name" } op
            ? op.Text.Replace(" ", string.Empty, StringComparison.Ordinal) switch
            {
                "operator<" => "__lt__",
                "operator==" => "__eq__",
                _ => null,
            }
            : null;

    private static bool IsCppStatic(SyntaxNode member) => member.NamedChildren.Any(c => c.Type == "storage_class_specifier" && c.Text == "static");
}
