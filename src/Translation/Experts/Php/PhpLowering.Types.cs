using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// The type pass run before a function body (or the program's top level) is lowered: every assignment of a
/// variable is read, and a variable keeps a type only when all its assignments agree. Variables that start as an
/// empty array and are written by key become dicts; arrays changed in place are recorded (they need a copy where
/// PHP would copy).
/// </summary>
internal sealed partial class PhpLowering
{
    private static readonly HashSet<string> ScopeBoundaries = new(StringComparer.Ordinal)
    {
        "function_definition", "anonymous_function", "arrow_function", "class_declaration", "method_declaration",
        "interface_declaration", "trait_declaration", "enum_declaration",
    };

    private static readonly HashSet<string> InPlaceArrayFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "array_push", "array_pop", "array_shift", "array_unshift", "array_splice", "sort", "rsort", "usort", "uasort",
        "uksort", "ksort", "krsort", "asort", "arsort", "shuffle",
    };

    /// <summary>Arrays of the current scope that are changed in place (written by key, pushed, sorted, unset).</summary>
    private HashSet<string> _mutated = new(StringComparer.Ordinal);

    /// <summary>Variables of the current scope assigned as a whole (<c>$x = ...</c>, <c>$x++</c>, <c>$x .= ...</c>).</summary>
    private HashSet<string> _reassigned = new(StringComparer.Ordinal);

    private static string? BaseVariable(SyntaxNode node)
    {
        while (node.Type is "subscript_expression" or "parenthesized_expression")
        {
            node = node.NamedChildren[0];
        }
        return node.Type == "variable_name" ? VariableOf(node) : null;
    }

    /// <summary>Whether the write's subscript on the variable itself has a key (<c>$a[$k][] = x</c> does, <c>$a[] = x</c> does not).</summary>
    private static bool IsKeyedWrite(SyntaxNode subscript)
    {
        while (subscript.NamedChildCount > 0 && Unwrap(subscript.NamedChildren[0]).Type == "subscript_expression")
        {
            subscript = Unwrap(subscript.NamedChildren[0]);
        }
        return subscript.Type == "subscript_expression" && subscript.NamedChildCount > 1;
    }

    /// <summary>Reads the assignments of <paramref name="body"/> into the current scope's types.</summary>
    private void InferScope(SyntaxNode body)
    {
        var sources = new Dictionary<string, List<SyntaxNode?>>(StringComparer.Ordinal);
        var keyed = new HashSet<string>(_scope.Parent is null ? _globalKeyed : [], StringComparer.Ordinal);
        var globals = new List<string>();
        _mutated = new HashSet<string>(StringComparer.Ordinal);
        _reassigned = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name, SyntaxNode? source)
        {
            if (!sources.TryGetValue(name, out var list))
            {
                sources[name] = list = [];
            }
            list.Add(source);
        }
        void Target(SyntaxNode left, SyntaxNode? source)
        {
            if (left.Type == "variable_name" && source is null)
            {
                Add(VariableOf(left), null);
                _reassigned.Add(VariableOf(left));
            }
            else if (left.Type == "variable_name")
            {
                Add(VariableOf(left), source);
                _reassigned.Add(VariableOf(left));
            }
            else if (left.Type == "subscript_expression" && BaseVariable(left) is { } array)
            {
                _mutated.Add(array);
                if (IsKeyedWrite(left))
                {
                    keyed.Add(array);
                }
            }
            else if (left.Type is "list_literal" or "array_creation_expression" && source is { } s && Unwrap(s) is { Type: "array_creation_expression" } literal
                && !IsKeyedLiteral(literal) && IsFlatPattern(left) && PatternElements(left) is var targets && Named(literal).ToArray() is var values && values.Length == targets.Count)
            {
                // [$chords, $shift] = [[], 0]: each target gets its own value.
                for (var i = 0; i < values.Length; i++)
                {
                    Target(Unwrap(targets[i].Target!.Value), values[i].NamedChildren[^1]);
                }
            }
            else if (left.Type is "list_literal" or "array_creation_expression")
            {
                // [$a, $b] = ... and [$a[$i], $a[$j]] = ...: each element is a target of its own.
                foreach (var item in left.NamedChildren)
                {
                    var element = item.Type == "array_element_initializer" && item.NamedChildCount > 0 ? item.NamedChildren[^1] : item;
                    Target(Unwrap(element), null);
                }
            }
        }
        foreach (var node in Descendants(body))
        {
            if (node.Type == "assignment_expression" && node.ChildByField("left") is { Type: "variable_name" } assigned
                && node.ChildByField("right") is { } value && Unwrap(value).Type == "array_creation_expression")
            {
                _scope.ArrayLiterals.Add(VariableOf(assigned));
            }
        }
        foreach (var node in Descendants(body))
        {
            switch (node.Type)
            {
                case "augmented_assignment_expression" when node.ChildByField("left") is { Type: "variable_name" } unioned
                    && node.ChildByField("operator")?.Text == "+=" && _scope.ArrayLiterals.Contains(VariableOf(unioned)):
                    // Array union keeps an array an array: the variable's other assignments decide its kind.
                    _reassigned.Add(VariableOf(unioned));
                    break;
                case "assignment_expression" when node.ChildByField("left") is { } left:
                    // $a = $b = []: each gets the innermost value (an empty array written by key is a dict).
                    var right = node.ChildByField("right");
                    while (right is { } r && Unwrap(r) is { Type: "assignment_expression" } chained)
                    {
                        right = chained.ChildByField("right");
                    }
                    Target(left, right);
                    break;
                case "reference_assignment_expression" when node.ChildByField("left") is { Type: "variable_name" } alias && node.ChildByField("right") is { } place:
                    // $v = &place: what $v is depends on the place, and writes through $v change the place.
                    Add(VariableOf(alias), null);
                    if (Unwrap(place) is { Type: "variable_name" } other)
                    {
                        Add(VariableOf(other), null);
                    }
                    else if (BaseVariable(Unwrap(place)) is { } array)
                    {
                        _mutated.Add(array);
                        keyed.Add(array);
                    }
                    break;
                case "function_call_expression" when IsExtractCall(node):
                    foreach (var name in ExtractableNames(body))
                    {
                        Add(name, null);
                        _reassigned.Add(name);
                    }
                    break;
                case "update_expression" when node.ChildByField("argument") is { } argument:
                    // ++ and -- keep an int an int: the variable's other assignments decide its type.
                    Target(argument, null);
                    if (argument.Type == "variable_name")
                    {
                        sources[VariableOf(argument)].RemoveAt(sources[VariableOf(argument)].Count - 1);
                    }
                    break;
                case "augmented_assignment_expression" when node.ChildByField("left") is { } left:
                    Target(left, node.ChildByField("operator")?.Text is "+=" or "-=" or "*=" ? node.ChildByField("right") : node);
                    break;
                case "foreach_statement":
                    foreach (var v in node.NamedChildren.Skip(1).Where(c => c.Type is "variable_name" or "pair" or "by_ref" or "list_literal"))
                    {
                        foreach (var name in v.Type == "variable_name" ? [v] : Descendants(v).Where(n => n.Type == "variable_name"))
                        {
                            Add(VariableOf(name), null);
                        }
                    }
                    break;
                case "unset_statement":
                    foreach (var target in node.NamedChildren.Where(c => c.Type == "subscript_expression"))
                    {
                        if (BaseVariable(target) is { } array)
                        {
                            _mutated.Add(array);
                            keyed.Add(array);
                        }
                    }
                    break;
                case "function_call_expression" when node.ChildByField("function")?.Text == "array_multisort" && node.ChildByField("arguments") is { } sorted:
                    _mutated.UnionWith(MultisortArrays(sorted));
                    break;
                case "function_call_expression" when InPlaceArrayFunctions.Contains(node.ChildByField("function")?.Text ?? "")
                    && node.ChildByField("arguments") is { NamedChildCount: > 0 } arguments && BaseVariable(Unwrap(arguments.NamedChildren[0].NamedChildren[^1])) is { } array:
                    _mutated.Add(array);
                    break;
                case "function_call_expression" or "member_call_expression" or "scoped_call_expression" or "nullsafe_member_call_expression":
                    foreach (var array in KeyedByReference(node))
                    {
                        _mutated.Add(array);
                        keyed.Add(array);
                    }
                    break;
                case "catch_clause" when node.ChildByField("name") is { } caught:
                    Add(VariableOf(caught), null);
                    break;
                case "global_declaration":
                    globals.AddRange(node.NamedChildren.Where(c => c.Type == "variable_name").Select(VariableOf));
                    break;
                case "static_variable_declaration" when node.ChildByField("name") is { } name:
                    // The initialiser runs once; the variable's other assignments decide its type with it.
                    Add(VariableOf(name), node.ChildByField("value") is { } value ? value : null);
                    break;
            }
        }
        var gapped = UnsetWithGaps(body);
        for (var round = 0; round < 3; round++)
        {
            foreach (var (name, list) in sources)
            {
                if (_scope.Types.TryGetValue(name, out var declared) && round == 0 && declared != PhpType.Unknown && _parameters.Contains(name))
                {
                    // A declared parameter type joins the assignments below.
                }
                PhpType? type = _parameters.Contains(name) ? _scope.TypeOf(name) : null;
                foreach (var source in list)
                {
                    var t = source is { } s ? Infer(s) : PhpType.Unknown;
                    if (t == PhpType.List && keyed.Contains(name) && source is { } e && IsEmptyArray(e))
                    {
                        t = PhpType.Dict;
                    }
                    type = type is null ? t : PhpTypes.Join(type.Value, t);
                }
                _scope.Types[name] = type == PhpType.List && gapped.Contains(name) ? PhpType.Unknown : type ?? PhpType.Unknown;
            }
        }
        var root = _scope;
        while (root.Parent is { } parent)
        {
            root = parent;
        }
        foreach (var name in globals)
        {
            _scope.Types[name] = root.TypeOf(name);
        }
        foreach (var (name, list) in sources)
        {
            if (keyed.Contains(name) && _scope.TypeOf(name) == PhpType.List && list.Any(s => s is { } e && IsEmptyArray(e)))
            {
                _scope.Types[name] = PhpType.Dict;
            }
        }
    }

    /// <summary>The body of the function (or program) being lowered.</summary>
    private SyntaxNode _scopeBody;

    private HashSet<string> _parameters = new(StringComparer.Ordinal);

    private static bool IsEmptyArray(SyntaxNode node) => node.Type == "array_creation_expression" && node.NamedChildCount == 0;

    /// <summary>The type of <paramref name="node"/> read from its syntax and the types known so far.</summary>
    /// <summary>Types of the binary expressions of the statement being lowered, by span (variables keep their types within a statement).</summary>
    private readonly Dictionary<(int Start, int End), PhpType> _binaryTypes = [];

    private PhpType Infer(SyntaxNode node)
    {
        node = Unwrap(node);
        switch (node.Type)
        {
            case "integer":
                return PhpType.Int;
            case "float":
                return PhpType.Float;
            case "string" or "encapsed_string" or "heredoc" or "nowdoc":
                return PhpType.String;
            case "boolean":
                return PhpType.Bool;
            case "null":
                return PhpType.Null;
            case "array_creation_expression":
                return IsKeyedLiteral(node) ? PhpType.Dict : PhpType.List;
            case "variable_name":
                return VariableOf(node) == "this" ? PhpType.Object : _scope.TypeOf(VariableOf(node));
            case "object_creation_expression":
                return PhpType.Object;
            case "assignment_expression":
                return Infer(Field(node, "right"));
            case "update_expression":
                return Infer(Field(node, "argument")) == PhpType.Int ? PhpType.Int : PhpType.Number;
            case "augmented_assignment_expression":
            {
                var op = node.ChildByField("operator")?.Text;
                if (op == ".=")
                {
                    return PhpType.String;
                }
                var left = Infer(Field(node, "left"));
                return op is "/=" or "**=" ? PhpType.Number : op == "??=" ? PhpTypes.Join(left, Infer(Field(node, "right"))) : Arithmetic(left, Infer(Field(node, "right")));
            }
            case "unary_op_expression":
            {
                var op = node.ChildByField("operator")?.Text ?? node.Children[0].Text;
                return op == "!" ? PhpType.Bool : op == "~" ? PhpType.Int : Infer(node.NamedChildren[^1]);
            }
            case "binary_expression":
                // Lowering asks for the type of every operand of a chain: remembered per statement, so a chain of n
                // operators costs n inferences, not n squared.
                if (!_binaryTypes.TryGetValue((node.StartByte, node.EndByte), out var known))
                {
                    _binaryTypes[(node.StartByte, node.EndByte)] = known = InferBinary(node);
                }
                return known;
            case "subscript_expression":
                return Infer(node.NamedChildren[0]) == PhpType.String ? PhpType.String : PhpType.Unknown;
            case "conditional_expression":
                return PhpTypes.Join(Infer(node.ChildByField("body") ?? Field(node, "condition")), Infer(Field(node, "alternative")));
            case "cast_expression":
                return (node.ChildByField("type")?.Text.ToLowerInvariant()) switch
                {
                    "int" or "integer" => PhpType.Int,
                    "float" or "double" => PhpType.Float,
                    "string" => PhpType.String,
                    "bool" or "boolean" => PhpType.Bool,
                    "array" => Infer(Field(node, "value")) switch
                    {
                        PhpType.List or PhpType.Dict => Infer(Field(node, "value")),
                        PhpType.Int or PhpType.Float or PhpType.String or PhpType.Bool or PhpType.Number or PhpType.Null => PhpType.List,
                        _ => PhpType.Unknown,
                    },
                    _ => PhpType.Unknown,
                };
            case "function_call_expression":
                return LibraryType(node);
            default:
                return PhpType.Unknown;
        }
    }

    private static PhpType Arithmetic(PhpType a, PhpType b) =>
        a == PhpType.Int && b == PhpType.Int ? PhpType.Int
        : (a == PhpType.Float && b.IsNumeric()) || (b == PhpType.Float && a.IsNumeric()) ? PhpType.Float
        : a.IsNumeric() && b.IsNumeric() ? PhpType.Number
        : PhpType.Unknown;

    private PhpType InferBinary(SyntaxNode node)
    {
        var op = node.ChildByField("operator")?.Text ?? "";
        if (node.ChildByField("left") is not { } left || node.ChildByField("right") is not { } right)
        {
            return PhpType.Unknown;
        }
        return op switch
        {
            "." => PhpType.String,
            "+" when Infer(left).IsArray() || Infer(right).IsArray() => Infer(left) == PhpType.Dict ? PhpType.Dict : PhpType.Unknown,
            "+" or "-" or "*" => Arithmetic(Infer(left), Infer(right)),
            "/" => Infer(left) == PhpType.Float || Infer(right) == PhpType.Float ? PhpType.Float : PhpType.Number,
            "**" => Infer(left) == PhpType.Float || Infer(right) == PhpType.Float ? PhpType.Float : PhpType.Number,
            "%" or "&" or "|" or "^" or "<<" or ">>" or "<=>" => PhpType.Int,
            "??" => PhpTypes.Join(Infer(left), Infer(right)),
            _ => PhpType.Bool,
        };
    }

    private PhpType LibraryType(SyntaxNode call)
    {
        var name = (call.ChildByField("function") is { } f ? ShortName(f.Text) : null)?.ToLowerInvariant() ?? "";
        var args = call.ChildByField("arguments")?.NamedChildren.Select(a => a.NamedChildren.Count > 0 ? a.NamedChildren[^1] : a).ToArray() ?? [];
        if (_functions.ContainsKey(name))
        {
            return PhpType.Unknown;
        }
        return name switch
        {
            "strlen" or "count" or "sizeof" or "intdiv" or "ord" or "intval" or "floor" or "ceil" or "bindec" or "hexdec"
                or "octdec" or "strcmp" or "strcasecmp" or "substr_count" or "mb_strlen" or "array_product" or "str_word_count" or "iterator_count" => PhpType.Int,
            "abs" => args.Length == 1 ? Infer(args[0]) : PhpType.Unknown,
            "max" or "min" => args.Length > 1 && args.All(a => Infer(a) == PhpType.Int) ? PhpType.Int : PhpType.Unknown,
            "round" or "sqrt" or "floatval" or "fmod" or "pi" or "log" or "exp" or "sin" or "cos" or "tan" or "log10" or "log2" => PhpType.Float,
            "pow" => PhpType.Number,
            "array_sum" => PhpType.Number,
            "substr" or "strrev" or "strtoupper" or "strtolower" or "ucfirst" or "lcfirst" or "ucwords" or "trim" or "ltrim"
                or "rtrim" or "str_repeat" or "sprintf" or "wordwrap" or "implode" or "join" or "chr" or "str_pad"
                or "number_format" or "strval" or "dechex" or "decbin" or "decoct" or "mb_substr" or "mb_strtoupper"
                or "mb_strtolower" or "substr_replace" or "mb_strimwidth" or "basename" or "htmlspecialchars"
                or "strip_tags" or "html_entity_decode" => PhpType.String,
            "explode" or "str_split" or "array_keys" or "array_values" or "range" or "array_reverse" or "mb_str_split"
                or "preg_split" or "array_pad" or "str_getcsv" or "array_chunk" => PhpType.List,
            "str_replace" => args.Length == 3 && Infer(args[2]) == PhpType.String ? PhpType.String : PhpType.Unknown,
            // These keep keys: a list only from a list.
            "array_map" => args.Length == 2 && Infer(args[1]) == PhpType.List ? PhpType.List : PhpType.Unknown,
            // array_filter and array_unique keep the keys of what they keep: a list may come back with gaps.
            "array_filter" or "array_unique" => PhpType.Unknown,
            "array_slice" => args.Length is 2 or 3 && Infer(args[0]) == PhpType.List ? PhpType.List : PhpType.Unknown,
            "array_merge" => args.Length > 0 && args.All(a => Infer(a) == PhpType.List) ? PhpType.List : PhpType.Unknown,
            "array_column" => args.Length == 2 || args[2].Text == "null" ? PhpType.List : PhpType.Dict,
            "array_fill" => args.Length > 0 && args[0].Text == "0" ? PhpType.List : PhpType.Dict,
            "array_count_values" or "array_flip" or "array_combine" or "array_fill_keys" => PhpType.Dict,
            "in_array" or "array_key_exists" or "is_numeric" or "is_int" or "is_string" or "is_array" or "is_null"
                or "str_contains" or "str_starts_with" or "str_ends_with" or "ctype_digit" or "ctype_alpha" or "ctype_upper"
                or "ctype_lower" or "ctype_space" or "ctype_alnum" or "is_float" or "is_bool" or "isset" or "empty"
                or "is_infinite" or "is_nan" or "is_finite" => PhpType.Bool,
            _ => PhpType.Unknown,
        };
    }
}
