using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    /// <summary>A type node as <see cref="TypeReader"/> reads it, with the unit's typedefs and using-aliases resolved.</summary>
    private CType ReadType(SyntaxNode type)
    {
        var read = TypeReader.Read(type);
        return read is { Kind: CKind.Object, Name: { } name } && _ctx.TypeAliases.TryGetValue(name, out var aliased) ? aliased : read;
    }

    /// <summary>Whether the unit changes <c>cout</c>'s float format: then every double printed reads the stream state.</summary>
    private bool _streamState;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(setprecision|fixed|scientific|defaultfloat|boolalpha)\b")]
    private static partial System.Text.RegularExpressions.Regex StreamStateUse();

    /// <summary>A C++ translation unit: globals, functions, and <c>main</c> behind a <c>__main__</c> guard.</summary>
    public List<PyStatement> LowerCppUnit(SyntaxNode root)
    {
        _streamState = StreamStateUse().IsMatch(root.Text);
        foreach (var alias in root.NamedChildren.Where(c => c.Type is "type_definition" or "alias_declaration"))
        {
            // typedef vector<vector<int>> Matrix; and using Matrix = vector<vector<int>>;
            if (alias.Type == "type_definition" && alias.ChildByField("type") is { } aliased && alias.ChildByField("declarator") is { } declarator)
            {
                var (aliasName, aliasType, _) = declarator.Type == "type_identifier"
                    ? (declarator.Text, ReadType(aliased), null)
                    : TypeReader.Declared(ReadType(aliased), declarator);
                if (aliasName is not null)
                {
                    _ctx.TypeAliases[aliasName] = aliasType;
                }
            }
            else if (alias.ChildByField("name") is { } name && alias.ChildByField("type") is { } type)
            {
                _ctx.TypeAliases[name.Text] = ReadType(type);
            }
        }
        RegisterCppClasses(root);
        var functions = root.NamedChildren.Where(c => c.Type == "function_definition").ToArray();
        foreach (var function in functions)
        {
            if (CppFunctionName(function) is { } name)
            {
                _ctx.Functions[name] = CppReturnType(function);
                RegisterParameters(name, function, FunctionDeclarator(function)?.ChildByField("parameters"));
            }
        }
        foreach (var declaration in root.NamedChildren.Where(c => c.Type == "declaration"))
        {
            foreach (var declarator in declaration.Children.Where(c => c.FieldName == "declarator"))
            {
                if (TypeReader.Declared(CType.Unknown, declarator).Name is { } global && declarator.Type != "function_declarator")
                {
                    _ctx.Globals.Add(global);
                }
            }
        }
        foreach (var group in functions.Where(f => CppFunctionName(f) is not null).GroupBy(f => CppFunctionName(f)!).Where(g => g.Count() > 1))
        {
            RegisterOverloads(group.Key, group.ToArray(), f => FunctionDeclarator(f)?.ChildByField("parameters"), CppReturnType);
        }
        foreach (var function in functions)
        {
            if (CppFunctionName(function) is { } name && !_ctx.Overloads.ContainsKey(name) && name != "main"
                && OutParameters(FunctionDeclarator(function)?.ChildByField("parameters"), function.ChildByField("body")) is [_, ..] outs)
            {
                _ctx.OutParameters[name] = outs;
            }
        }
        var body = new List<PyStatement>();
        var hasMain = false;
        foreach (var child in root.NamedChildren)
        {
            switch (child.Type)
            {
                case "function_definition":
                    var name = CppFunctionName(child);
                    var declarator = FunctionDeclarator(child);
                    if (name is null || declarator is null)
                    {
                        body.Add(_ctx.Warn(child, $"function definition not translated: {Snippet(child)}"));
                        break;
                    }
                    if (!_ctx.OutParameters.ContainsKey(name))
                    {
                        WarnAboutOutParameters(Field(declarator.Value, "parameters"), child.ChildByField("body"));
                    }
                    hasMain |= name == "main";
                    var pythonName = DefinitionName(name, child);
                    body.Add(LowerFunction(pythonName, ParametersOf(declarator.Value.ChildByField("parameters")), _ctx.Functions[pythonName], child.ChildByField("body")));
                    break;
                case "declaration" when StaticMemberDefinition(child) is { } member:
                    body.Add(member);
                    break;
                case "declaration":
                    body.AddRange(LowerStatement(child));
                    break;
                case "struct_specifier" or "class_specifier" when child.ChildByField("name") is not null && child.ChildByField("body") is not null:
                    body.AddRange(LowerCppClass(child));
                    break;
                case "preproc_include" or "using_declaration" or "comment" or "type_definition" or "alias_declaration" or "preproc_def":
                    break;
                default:
                    body.Add(_ctx.Warn(child, $"'{child.Type}' not translated: {Snippet(child)}"));
                    break;
            }
        }
        if (hasMain)
        {
            body.Add(MainGuard("main"));
        }
        return body;
    }

    private static SyntaxNode? FunctionDeclarator(SyntaxNode function)
    {
        var declarator = function.ChildByField("declarator");
        while (declarator is { } d && d.Type is "pointer_declarator" or "reference_declarator")
        {
            declarator = d.ChildByField("declarator") ?? (d.NamedChildren.Count > 0 ? d.NamedChildren[^1] : null);
        }
        return declarator is { Type: "function_declarator" } ? declarator : null;
    }

    private static string? CppFunctionName(SyntaxNode function) =>
        FunctionDeclarator(function)?.ChildByField("declarator") is { Type: "identifier" } name ? name.Text : null;

    private CType CppReturnType(SyntaxNode function)
    {
        var type = function.ChildByField("type") is { } t ? ReadType(t) : CType.Unknown;
        var declarator = function.ChildByField("declarator");
        return declarator is { Type: "pointer_declarator" } ? (type.Kind == CKind.Char ? CType.String : CType.ListOf(type)) : type;
    }

    /// <summary>
    /// Java classes. A class of static methods and static fields only (the usual home of algorithms) becomes
    /// module-level functions and variables; any other class stays a Python class with <c>self</c>.
    /// </summary>
    public List<PyStatement> LowerJavaProgram(SyntaxNode root)
    {
        var body = new List<PyStatement>();
        var hasMain = false;
        CollectSourceClasses(root);
        foreach (var child in root.NamedChildren)
        {
            switch (child.Type)
            {
                case "class_declaration":
                    body.AddRange(LowerJavaClass(child, ref hasMain));
                    break;
                case "interface_declaration":
                    body.AddRange(LowerJavaInterface(child));
                    break;
                case "enum_declaration":
                    body.AddRange(LowerJavaEnum(child));
                    break;
                case "import_declaration" or "package_declaration" or "comment" or "line_comment" or "block_comment":
                    break;
                default:
                    body.Add(_ctx.Warn(child, $"'{child.Type}' not translated: {Snippet(child)}"));
                    break;
            }
        }
        if (hasMain)
        {
            body.Add(MainGuard("main"));
        }
        else if (_ctx.MainClass is { } mainClass)
        {
            body.Add(new PyIf(Py.Compare(Py.Name("__name__"), PyCompareOperator.Equal, new PyString("__main__")),
                [new PyExpressionStatement(Py.Method(Py.Name(mainClass), "main", new PyList([])))], []));
        }
        return body;
    }
}
