using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// A reference parameter given a new value (<c>function factor(array $t, int &amp;$pos) { $pos++; }</c>): Python
/// passes names by value, so the parameter is a cell (<c>php_ref</c>) and every read and write of it goes through
/// its <c>.v</c>. A call passes a cell: the caller's own cell where its variable is one, else a new cell whose value
/// is copied back into the variable (or property, or element) as soon as the call returns. A generator keeps the
/// cell and changes it while it runs, so a variable passed to one is a cell for the whole of the caller's scope.
/// Functions and methods are matched by lower-case name (the receiver's class is not known at a call); where a
/// parameter is used in a way a cell cannot stand for (a closure, <c>global</c>, <c>unset</c>, <c>=&amp;</c>, ...)
/// it stays reported.
/// </summary>
internal sealed partial class PhpLowering
{
    /// <summary>Functions and methods (by lower-case name) with the positions of their parameters that are cells.</summary>
    private readonly Dictionary<string, HashSet<int>> _cellParameters = new(StringComparer.Ordinal);

    /// <summary>Lower-case names of generators with cell parameters: a variable passed to one is a cell in its scope.</summary>
    private readonly HashSet<string> _cellGenerators = new(StringComparer.Ordinal);

    /// <summary>Library functions that read or write the scope's variables by name.</summary>
    private static readonly HashSet<string> ScopeReaders = new(StringComparer.OrdinalIgnoreCase) { "compact", "extract", "get_defined_vars", "func_get_args" };

    /// <summary>Library functions that store into a variable passed to them (the lowering writes a plain name there).</summary>
    private static readonly HashSet<string> VariableWriters = new(StringComparer.OrdinalIgnoreCase) { "preg_match", "preg_match_all", "sscanf", "settype", "parse_str", "str_replace", "preg_replace", "preg_replace_callback" };

    private void FindCellParameters(SyntaxNode root)
    {
        var declarations = AllNodes(root).Where(n => n.Type is "function_definition" or "method_declaration"
            && n.ChildByField("body") is not null && n.ChildByField("parameters") is not null
            && !Field(n, "name").Text.Equals("__construct", StringComparison.OrdinalIgnoreCase)).ToList();
        var cells = new Dictionary<SyntaxNode, HashSet<int>>();
        foreach (var d in declarations)
        {
            var parameters = Named(Field(d, "parameters")).ToArray();
            var own = Descendants(Field(d, "body")).ToList();
            cells[d] = Enumerable.Range(0, parameters.Length)
                .Where(i => IsReferenceParameterNode(parameters[i]) && own.Any(n => AssignsVariable(n, ParameterName(parameters[i])))).ToHashSet();
        }
        // A reference parameter handed on to a cell parameter is a cell too, so the new value reaches the first caller.
        for (var changed = true; changed;)
        {
            changed = false;
            var byName = CellPositionsByName(declarations, cells);
            foreach (var d in declarations)
            {
                var parameters = Named(Field(d, "parameters")).ToArray();
                foreach (var call in Descendants(Field(d, "body")).Where(IsUserCall))
                {
                    foreach (var variable in CellArguments(call, byName))
                    {
                        var i = Array.FindIndex(parameters, p => IsReferenceParameterNode(p) && ParameterName(p) == variable);
                        changed |= i >= 0 && cells[d].Add(i);
                    }
                }
            }
        }
        foreach (var (name, positions) in CellPositionsByName(declarations, cells))
        {
            var same = declarations.Where(d => Field(d, "name").Text.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
            // Every declaration of the name must take a cell at each position (a by-value parameter there could not).
            positions.RemoveWhere(i => same.Any(d => Named(Field(d, "parameters")).ToArray() is var p
                && (i >= p.Length || !IsReferenceParameterNode(p[i]) || !CanBeCell(Field(d, "body"), ParameterName(p[i]), d))));
            if (positions.Count > 0)
            {
                _cellParameters[name] = positions;
                if (same.Any(d => Yields(Field(d, "body")).Any()))
                {
                    _cellGenerators.Add(name);
                }
            }
        }
    }

    private static Dictionary<string, HashSet<int>> CellPositionsByName(List<SyntaxNode> declarations, Dictionary<SyntaxNode, HashSet<int>> cells)
    {
        var byName = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var d in declarations.Where(d => cells[d].Count > 0))
        {
            var key = Field(d, "name").Text.ToLowerInvariant();
            if (!byName.TryGetValue(key, out var set))
            {
                byName[key] = set = [];
            }
            set.UnionWith(cells[d]);
        }
        return byName;
    }

    private static bool IsReferenceParameterNode(SyntaxNode p) =>
        p.Type != "variadic_parameter" && (p.ChildByField("reference_modifier") is not null || Field(p, "name").Type == "by_ref");

    private static bool IsUserCall(SyntaxNode n) => n.Type is "function_call_expression" or "member_call_expression" or "scoped_call_expression" or "nullsafe_member_call_expression";

    private static string? CalledName(SyntaxNode call) => (call.ChildByField("name") ?? call.ChildByField("function")) is { Type: "name" } n ? n.Text.ToLowerInvariant() : null;

    /// <summary>The plain variables a call passes at the cell positions of the function it names.</summary>
    private static IEnumerable<string> CellArguments(SyntaxNode call, Dictionary<string, HashSet<int>> byName)
    {
        if (CalledName(call) is not { } name || !byName.TryGetValue(name, out var positions) || call.ChildByField("arguments") is not { } arguments)
        {
            yield break;
        }
        var list = Named(arguments).ToArray();
        foreach (var i in positions.Where(i => i < list.Length))
        {
            if (Unwrap(list[i].NamedChildren[^1]) is { Type: "variable_name" } variable)
            {
                yield return VariableOf(variable);
            }
        }
    }

    /// <summary>Whether <paramref name="node"/> gives the variable a new value (not an element of it).</summary>
    private static bool AssignsVariable(SyntaxNode node, string name)
    {
        var target = node.Type switch
        {
            "assignment_expression" or "augmented_assignment_expression" => node.ChildByField("left"),
            "update_expression" => node.ChildByField("argument"),
            _ => null,
        };
        if (target is not { } found)
        {
            return false;
        }
        var t = Unwrap(found);
        return t.Type == "variable_name" ? VariableOf(t) == name
            : t.Type is "list_literal" or "array_creation_expression" && AllNodes(t).Any(v => v.Type == "variable_name" && VariableOf(v) == name && v.Parent?.Type != "subscript_expression");
    }

    /// <summary>Whether every use of the variable in the scope can go through a cell's <c>.v</c>.</summary>
    private static bool CanBeCell(SyntaxNode body, string name, SyntaxNode? function)
    {
        var own = Descendants(body).ToList();
        // A closure would capture the cell, not the value; a function's global would name the cell.
        var nested = AllNodes(body).Any(n => n.Type == "variable_name" && VariableOf(n) == name
            && (InClosureOf(n, body) || (function is null && n.Parent?.Type == "global_declaration")));
        return !nested && !own.Any(n => n.Type == "dynamic_variable_name"
            || n.Type == "function_call_expression" && CalledName(n) is { } f && (ScopeReaders.Contains(f)
                || VariableWriters.Contains(f)
                    && Named(Field(n, "arguments")).Any(a => Unwrap(a.NamedChildren[^1]) is { Type: "variable_name" } v && VariableOf(v) == name))
            || n.Type == "variable_name" && VariableOf(n) == name && n.Parent?.Type is "global_declaration" or "static_variable_declaration" or "unset_statement"
                or "by_ref" or "reference_assignment_expression" or "pair" or "anonymous_function_use_clause" or "catch_clause"
            || n.Type == "variable_name" && VariableOf(n) == name && n.Parent is { Type: "foreach_statement" } loop && loop.NamedChildren[0] != n)
            && (function is not { } declared || !Named(Field(declared, "parameters")).Any(p => p.Type == "variadic_parameter" && ParameterName(p) == name));
    }

    /// <summary>Whether a closure that takes the variable by reference (<c>use (&amp;$n)</c>) gives it a new value.</summary>
    private static bool AssignedInClosureByReference(SyntaxNode body, string name) =>
        AllNodes(body).Any(n => n.Type == "by_ref" && n.Parent?.Type == "anonymous_function_use_clause" && n.NamedChildCount > 0 && VariableOf(n.NamedChildren[0]) == name)
        && AllNodes(body).Any(n => AssignsVariable(n, name) && InClosureOf(n, body));

    private static bool InClosureOf(SyntaxNode node, SyntaxNode body)
    {
        for (var p = node.Parent; p is { } parent && parent != body; p = parent.Parent)
        {
            if (parent.Type is "function_definition" or "method_declaration" or "class_declaration" or "trait_declaration" or "enum_declaration")
            {
                return false;
            }
            if (parent.Type is "anonymous_function" or "arrow_function")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The variables of a scope that are cells because they are passed to a generator's cell parameter.</summary>
    private IEnumerable<PyStatement> CellLocals(SyntaxNode body, ICollection<string> parameters)
    {
        var byName = _cellParameters.Where(e => _cellGenerators.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var names = Descendants(body).Where(IsUserCall).SelectMany(c => CellArguments(c, byName))
            .Where(v => v != "this" && !_scope.Boxed.Contains(v) && !parameters.Contains(v) && CanBeCell(body, v, null)).Distinct().ToList();
        foreach (var name in names)
        {
            _scope.Boxed.Add(name);
            yield return new PyAssign(new PyName(VariableName(name)), Helper("php_ref", PyConstant.None));
        }
    }

    /// <summary>
    /// The call <paramref name="makeCall"/> builds, with a cell passed at each cell position of the function or method
    /// it names: <c>(ref1 := php_ref(pos), f(t, ref1), pos := ref1.v)[1]</c>.
    /// </summary>
    private PyExpression CallPassingCells(SyntaxNode call, IReadOnlyList<PyExpression> arguments, Func<PyExpression[], PyExpression> makeCall)
    {
        if (CalledName(call) is not { } name || !_cellParameters.TryGetValue(name, out var positions))
        {
            return makeCall([.. arguments]);
        }
        var nodes = Named(Field(call, "arguments")).ToArray();
        if (nodes.Any(n => n.ChildByField("name") is not null || IsSpreadArgument(n)))
        {
            throw Unsupported(call, "named or spread arguments to a function whose reference parameter is given a new value are not translated");
        }
        var result = arguments.ToArray();
        var before = new List<PyExpression>();
        var after = new List<PyExpression>();
        foreach (var i in positions.Where(i => i < nodes.Length))
        {
            var argument = Unwrap(nodes[i].NamedChildren[^1]);
            if (argument.Type == "variable_name" && _scope.Boxed.Contains(VariableOf(argument)))
            {
                result[i] = new PyName(VariableName(VariableOf(argument)));
                continue;
            }
            if (argument.Type == "variable_name" && VariableOf(argument) != "this" && _scope.Aliases.ContainsKey(VariableOf(argument)))
            {
                throw Unsupported(argument, "a reference variable passed to a reference parameter that is given a new value is not translated");
            }
            if (_cellGenerators.Contains(name))
            {
                // The generator changes the cell while it runs, after the call has returned.
                throw Unsupported(argument, "this argument to a generator's reference parameter that is given a new value is not translated (a closure or global uses the variable)");
            }
            var cell = Temporary("ref");
            var initial = argument.Type == "variable_name" && !AssignedBefore(argument) ? PyConstant.None : arguments[i];
            before.Add(new PyNamedExpression(cell, Helper("php_ref", initial)));
            result[i] = new PyName(cell);
            var value = new PyMember(new PyName(cell), "v");
            if (WriteBack(argument, value) is { } back)
            {
                after.Add(back);
            }
        }
        if (before.Count == 0)
        {
            return makeCall(result);
        }
        var index = new PyNumber(before.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new PySubscript(new PyTuple([.. before, makeCall(result), .. after]), index);
    }

    /// <summary>Copies a cell's value back into the place the caller passed; null for a value that is no place.</summary>
    private PyExpression? WriteBack(SyntaxNode argument, PyExpression value)
    {
        switch (argument.Type)
        {
            case "variable_name" when VariableOf(argument) != "this":
                if (InsideArrowFunction(argument))
                {
                    throw Unsupported(argument, "a variable passed from an arrow function to a reference parameter that is given a new value is not translated");
                }
                return new PyNamedExpression(VariableName(VariableOf(argument)), value);
            case "member_access_expression" when Unwrap(Field(argument, "object")).Type == "variable_name" && Field(argument, "name").Type == "name":
                return Helper("php_set_attr", LowerExpression(Field(argument, "object")).Expression, new PyString(PropertyName(MemberName(Field(argument, "name")))), value);
            case "subscript_expression" when argument.NamedChildCount == 2 && Unwrap(argument.NamedChildren[0]).Type is "variable_name" or "member_access_expression"
                && Unwrap(argument.NamedChildren[1]).Type is "variable_name" or "string" or "integer":
                return Helper("php_set_item", LowerExpression(argument.NamedChildren[0]).Expression, LowerKey(argument.NamedChildren[1]), value);
            case "variable_name" or "member_access_expression" or "subscript_expression" or "scoped_property_access_expression":
                throw Unsupported(argument, "this place passed to a reference parameter that is given a new value is not translated");
            default:
                return null;
        }
    }

    private static bool InsideArrowFunction(SyntaxNode node)
    {
        for (var p = node.Parent; p is { } parent; p = parent.Parent)
        {
            if (parent.Type is "function_definition" or "method_declaration" or "anonymous_function")
            {
                return false;
            }
            if (parent.Type == "arrow_function")
            {
                return !Named(Field(parent, "parameters")).Any(x => ParameterName(x) == VariableOf(node));
            }
        }
        return false;
    }

    /// <summary>Whether the scope assigns the variable (or takes it as a parameter) before this use, in source order.</summary>
    private bool AssignedBefore(SyntaxNode variable) =>
        _parameters.Contains(VariableOf(variable)) || _scope.Globals.Contains(VariableOf(variable))
        || (!_scopeBody.IsNull && Descendants(_scopeBody).Any(n => n.EndByte <= variable.StartByte
            && (AssignsVariable(n, VariableOf(variable)) || n.Type == "variable_name" && VariableOf(n) == VariableOf(variable) && n.Parent?.Type is "foreach_statement" or "pair" or "global_declaration")));
}
