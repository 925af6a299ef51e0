using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// What one pass over the whole file learns before lowering: the classes and their member names, and the keys
/// object literals use. A property read <c>p.x</c> on a value of unknown kind becomes an attribute when
/// <c>x</c> is a class member and a dict subscript when only object literals have it.
/// </summary>
internal sealed class JsProgramFacts
{
    public HashSet<string> Classes { get; } = new(StringComparer.Ordinal);

    public HashSet<string> ClassMembers { get; } = new(StringComparer.Ordinal);

    public HashSet<string> ObjectKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The fewest arguments any call passes to a function or method of each name (<c>new C(…)</c> as "new C"); a
    /// parameter past that count is undefined in JavaScript, so its Python parameter defaults to None.
    /// </summary>
    public Dictionary<string, int> FewestArguments { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The most arguments any call passes to a function or method of each name (a spread counts as unbounded):
    /// JavaScript ignores those past the parameters, so the Python function takes them in <c>*_</c>.
    /// </summary>
    public Dictionary<string, int> MostArguments { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The key under which <see cref="FewestArguments"/> and <see cref="MostArguments"/> count calls of a method by a
    /// computed name (<c>vm[op](arg)</c>): every method of the program may be the one called.
    /// </summary>
    public const string ComputedMethodCall = "[computed]";

    /// <summary>
    /// Top-level function declarations that are only ever called by name, never passed or stored: the kinds of
    /// the arguments their calls pass are all the kinds their parameters can have.
    /// </summary>
    public HashSet<string> CalledOnly { get; } = new(StringComparer.Ordinal);

    /// <summary>Variables declared as an empty array (<c>const q = []</c>), which a program may fill by index past the end.</summary>
    public HashSet<string> EmptyArrays { get; } = new(StringComparer.Ordinal);

    /// <summary>Static getters (<c>static get count()</c>): Python has no class properties, so they are static methods read by a call.</summary>
    public HashSet<string> StaticGetters { get; } = new(StringComparer.Ordinal);

    /// <summary>Every name the program binds (variables, functions, classes, parameters, patterns, catch parameters).</summary>
    public HashSet<string> Declared { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The shortest and longest row of each array literal whose rows are array literals of different lengths
    /// (<c>[['Rent', 1600], ['Gifts', 400, 'wedding']]</c>).
    /// </summary>
    private List<(int Shortest, int Longest)> RaggedRows { get; } = [];

    /// <summary>
    /// Whether a pattern of <paramref name="names"/> names may meet a row shorter than itself wherever the program's
    /// ragged rows travel (through <c>Object.entries</c>, parameters, fields): it then takes undefined for what is missing.
    /// </summary>
    public bool MayHaveShortRows(int names) => RaggedRows.Exists(r => r.Shortest < names && names <= r.Longest);

    /// <summary>
    /// Functions and methods (by name) that say <c>return undefined</c> (or a bare <c>return</c>) and never
    /// <c>return null</c>: the None they give is undefined, which printing and String() spell "undefined".
    /// </summary>
    public HashSet<string> ReturnsUndefined { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the program reads a <c>raw</c> property (a tagged template's raw strings, which the translation does not keep).</summary>
    public bool ReadsRaw { get; private set; }

    /// <summary>The classes that extend Error, directly or through another such class: Python exceptions, whose message is their text.</summary>
    public HashSet<string> ErrorClasses { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the program writes an element by a computed index (<c>o[k] = v</c>), so an object may have integer keys.</summary>
    public bool ComputedKeys { get; private set; }

    /// <summary>Whether the program tests for NaN (isNaN, Number.isNaN): parsing must then yield NaN rather than fail.</summary>
    public bool ChecksNaN { get; private set; }

    public static JsProgramFacts Collect(SyntaxNode root)
    {
        var facts = new JsProgramFacts();
        foreach (var declaration in root.NamedChildren.Where(n => n.Type == "function_declaration"))
        {
            facts.CalledOnly.Add(declaration.ChildByField("name")!.Value.Text);
        }
        var bases = new Dictionary<string, string>(StringComparer.Ordinal);
        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Type is "identifier" or "shorthand_property_identifier_pattern" && node.Parent is { } binder && Binds(binder, node))
            {
                facts.Declared.Add(node.Text);
            }
            if (node.Type is "assignment_expression" or "augmented_assignment_expression" && node.ChildByField("left") is { Type: "subscript_expression" } element
                && element.ChildByField("index")?.Type is not ("string" or "number"))
            {
                facts.ComputedKeys = true;
            }
            facts.ReadsRaw |= node.Type == "member_expression" && node.ChildByField("property")?.Text == "raw";
            if (node.Type == "variable_declarator" && node.ChildByField("value") is { Type: "array", NamedChildCount: 0 } && node.ChildByField("name") is { Type: "identifier" } declared)
            {
                facts.EmptyArrays.Add(declared.Text);
            }
            switch (node.Type)
            {
                case "class_declaration" or "class":
                    if (node.ChildByField("name") is { } name)
                    {
                        facts.Classes.Add(name.Text);
                        if (node.NamedChildren.Where(c => c.Type == "class_heritage").SelectMany(h => h.NamedChildren).Where(c => c.Type == "identifier").Take(1).ToList() is [var baseName])
                        {
                            bases[name.Text] = baseName.Text;
                        }
                    }
                    break;
                case "method_definition" when node.Parent?.Type == "class_body":
                    facts.ClassMembers.Add(node.ChildByField("name")!.Value.Text);
                    if (node.Children.Any(c => c.Type == "static") && node.Children.Any(c => c.Type == "get"))
                    {
                        facts.StaticGetters.Add(node.ChildByField("name")!.Value.Text);
                    }
                    break;
                case "field_definition":
                    if (node.ChildByField("property") is { } field)
                    {
                        facts.ClassMembers.Add(field.Text);
                    }
                    break;
                case "member_expression" when node.ChildByField("object")?.Type == "this":
                    facts.ClassMembers.Add(node.ChildByField("property")!.Value.Text);
                    break;
                case "pair":
                    var key = node.ChildByField("key")!.Value;
                    facts.ObjectKeys.Add(key.Type == "string" ? key.Text.Trim('"', '\'') : key.Text);
                    break;
                case "shorthand_property_identifier":
                    facts.ObjectKeys.Add(node.Text);
                    break;
                case "array" when node.NamedChildren is { Count: > 1 } rows && rows.All(r => r.Type == "array" && r.NamedChildren.All(e => e.Type != "spread_element")):
                    var lengths = rows.Select(r => r.NamedChildren.Count(e => e.Type != "comment")).ToList();
                    if (lengths.Min() < lengths.Max())
                    {
                        facts.RaggedRows.Add((lengths.Min(), lengths.Max()));
                    }
                    break;
                case "identifier" when facts.CalledOnly.Contains(node.Text) && !IsCallOrDeclarationName(node):
                    // Passed or stored: its calls are not all the ways it is called.
                    facts.CalledOnly.Remove(node.Text);
                    break;
                case "call_expression" when node.ChildByField("function")?.Text == "Object.assign"
                    && node.ChildByField("arguments")?.NamedChildren is { Count: > 1 } assigned && assigned[0].Type == "this":
                    // Object.assign(this, { id, name }) declares fields.
                    foreach (var property in assigned.Skip(1).Where(a => a.Type == "object").SelectMany(a => a.NamedChildren))
                    {
                        facts.ClassMembers.Add(property.Type == "pair" ? property.ChildByField("key")!.Value.Text.Trim('"', '\'') : property.Text);
                    }
                    facts.RecordCall(node);
                    break;
                case "call_expression" or "new_expression":
                    facts.ChecksNaN |= node.ChildByField("function")?.Text is "isNaN" or "Number.isNaN";
                    facts.RecordCall(node);
                    break;
            }
            foreach (var child in node.NamedChildren)
            {
                stack.Push(child);
            }
        }
        facts.CollectErrorClasses(bases);
        facts.CollectUndefinedReturns(root);
        facts.CollectPropertiesSetOnInstances(root);
        return facts;
    }

    /// <summary>
    /// Properties the program sets on an instance from outside its class (<c>const fwd = new Pipe(…); fwd.reverse = back;</c>):
    /// members of that class's instances, read as attributes, like those its constructor sets.
    /// </summary>
    private void CollectPropertiesSetOnInstances(SyntaxNode root)
    {
        var nodes = new List<SyntaxNode>();
        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            nodes.Add(node);
            foreach (var child in node.NamedChildren)
            {
                stack.Push(child);
            }
        }
        var instances = nodes
            .Where(n => n.Type == "variable_declarator" && n.ChildByField("name") is { Type: "identifier" }
                && n.ChildByField("value") is { Type: "new_expression" } created && created.ChildByField("constructor") is { Type: "identifier" } type && Classes.Contains(type.Text))
            .Select(n => n.ChildByField("name")!.Value.Text)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (node.Type == "assignment_expression" && node.ChildByField("left") is { Type: "member_expression" } left
                && left.ChildByField("object") is { Type: "identifier" } owner && instances.Contains(owner.Text)
                && left.ChildByField("property") is { Type: "property_identifier" } property)
            {
                ClassMembers.Add(property.Text);
            }
        }
    }

    private void CollectErrorClasses(Dictionary<string, string> bases)
    {
        string[] builtIn = ["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError"];
        foreach (var type in bases.Keys)
        {
            for (var (current, steps) = (type, 0); bases.TryGetValue(current, out var next) && steps < bases.Count; (current, steps) = (next, steps + 1))
            {
                if (builtIn.Contains(next) || ErrorClasses.Contains(next))
                {
                    ErrorClasses.Add(type);
                    break;
                }
            }
        }
    }

    private void CollectUndefinedReturns(SyntaxNode root)
    {
        var returnsNull = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Type == "return_statement" && EnclosingFunctionName(node) is { } name)
            {
                var values = node.NamedChildren.Where(c => c.Type != "comment").ToList();
                if (values is [] || values[0].Type == "undefined" || values[0].Text is "undefined" or "void 0")
                {
                    ReturnsUndefined.Add(name);
                }
                else if (values[0].Type == "null")
                {
                    returnsNull.Add(name);
                }
            }
            foreach (var child in node.NamedChildren)
            {
                stack.Push(child);
            }
        }
        ReturnsUndefined.ExceptWith(returnsNull);
    }

    /// <summary>The name calls use for the function a return statement leaves: a declaration's, a method's, a variable's.</summary>
    private static string? EnclosingFunctionName(SyntaxNode statement)
    {
        for (var node = statement.Parent; node is { } current; node = current.Parent)
        {
            switch (current.Type)
            {
                case "generator_function_declaration" or "generator_function":
                    // A generator's return ends its iteration; the call gives an iterator.
                    return null;
                case "function_declaration" or "method_definition":
                    return current.Children.Any(c => c.Type == "*") ? null : current.ChildByField("name")?.Text.TrimStart('#');
                case "function_expression" or "arrow_function":
                    return current.Parent is { Type: "variable_declarator" } declarator ? declarator.ChildByField("name")?.Text : null;
            }
        }
        return null;
    }

    private static bool Binds(SyntaxNode parent, SyntaxNode name) => parent.Type switch
    {
        "variable_declarator" or "function_declaration" or "generator_function_declaration" or "class_declaration" or "function_expression" or "class" =>
            parent.ChildByField("name") == name,
        "assignment_pattern" => parent.ChildByField("left") == name,
        "pair_pattern" => parent.ChildByField("value") == name,
        "arrow_function" => parent.ChildByField("parameter") == name,
        "catch_clause" => parent.ChildByField("parameter") == name,
        "formal_parameters" or "array_pattern" or "object_pattern" or "rest_pattern" => true,
        _ => false,
    };

    private static bool IsCallOrDeclarationName(SyntaxNode node) => node.Parent is { } parent
        && (parent.Type == "call_expression" && parent.ChildByField("function") == node
            || parent.Type == "function_declaration" && parent.ChildByField("name") == node);

    private void RecordCall(SyntaxNode call)
    {
        var callee = call.ChildByField(call.Type == "new_expression" ? "constructor" : "function");
        var name = callee?.Type switch
        {
            "identifier" => call.Type == "new_expression" ? "new " + callee.Value.Text : callee.Value.Text,
            "member_expression" when call.Type == "call_expression" => callee.Value.ChildByField("property")!.Value.Text.TrimStart('#'),
            // vm[op](arg): any method may be the one called.
            "subscript_expression" when call.Type == "call_expression" => ComputedMethodCall,
            _ => null,
        };
        if (name is null || call.ChildByField("arguments") is not { } arguments)
        {
            return;
        }
        if (arguments.NamedChildren.Any(a => a.Type == "spread_element"))
        {
            MostArguments[name] = int.MaxValue;
            return;
        }
        // A tagged template passes the text pieces and then each substitution.
        var count = arguments.Type == "template_string" ? 1 + arguments.NamedChildren.Count(a => a.Type == "template_substitution")
            : arguments.NamedChildren.Count(a => a.Type != "comment");
        MostArguments[name] = Math.Max(MostArguments.GetValueOrDefault(name), count);
        FewestArguments[name] = FewestArguments.TryGetValue(name, out var fewest) ? Math.Min(fewest, count) : count;
    }

    /// <summary>Whether every use of the set variable <paramref name="name"/> in <paramref name="scope"/> is add/has/delete/size, so order never shows.</summary>
    public static bool UsedForMembershipOnly(SyntaxNode scope, string name)
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(scope);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Type == "identifier" && node.Text == name)
            {
                var parent = node.Parent;
                var ok = parent?.Type switch
                {
                    "variable_declarator" => parent.Value.ChildByField("name") == node,
                    "member_expression" => parent.Value.ChildByField("property")?.Text is "add" or "has" or "delete" or "size" or "clear",
                    _ => false,
                };
                if (!ok)
                {
                    return false;
                }
            }
            foreach (var child in node.NamedChildren)
            {
                stack.Push(child);
            }
        }
        return true;
    }
}
