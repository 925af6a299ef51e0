using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>What rule 9 knows at one access (see LoopAnalyzer.Blocks.cs): the atoms' ranges, the lower bounds of
/// loop-invariant names, and the reaching definitions and guards that give them.</summary>
internal static partial class LoopAnalyzer
{
    /// <summary>What is known at one access: the atoms' ranges and the lower bounds of loop-invariant names.</summary>
    private sealed class BlockScope
    {
        private readonly LoopAnalysis _a;
        private readonly SyntaxNode _body;
        private readonly List<(SyntaxNode Loop, string Index)> _loops = [];
        private readonly Dictionary<string, (Polynomial Lo, Polynomial Hi)> _ranges = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _lowerBounds = new(StringComparer.Ordinal);
        private readonly BodyFacts _facts;

        public BlockScope(LoopAnalysis a, SyntaxNode body, SyntaxNode access, BodyFacts facts)
        {
            _a = a;
            _body = body;
            _facts = facts;
            if (Range(a.Lo, a.Hi, a.Inclusive, body) is { } own)
            {
                Count = own.Hi.Subtract(own.Lo).Add(Polynomial.Constant(1));
                Know(Count.Subtract(Polynomial.Constant(1)));
            }
            for (var p = access.Parent; p is { } node && !node.Equals(a.Loop); p = node.Parent)
            {
                if (node.Type != "for_statement" || _facts.Header(node) is not { } header)
                {
                    continue;
                }
                _loops.Add((node, header.Index));
                if (Range(header.Lo, header.Hi, header.Inclusive, node) is { } range)
                {
                    _ranges[header.Index] = range;
                    Know(range.Hi.Subtract(range.Lo));
                }
            }
        }

        /// <summary>The parallel loop's iteration count, when its bounds are loop-invariant polynomials.</summary>
        public Polynomial? Count { get; }

        /// <summary>
        /// The access's sum of lower digits, plus the element's <paramref name="width"/>, stays within <c>[0, weight]</c>;
        /// higher digits are multiples of weight·count, or one row digit whose weight (a pitch) must reach weight·count,
        /// which the code cannot show: <paramref name="checks"/> gets that condition for the host to test.
        /// </summary>
        public bool LowerDigitsFit(LinearForm form, Polynomial weight, Polynomial count, long width, List<string> checks)
        {
            var block = weight.Multiply(count);
            var largest = Polynomial.Zero;
            var multiples = form.Weights.Where(x => x.Key != _a.Index && x.Value.DivideExactly(block) is not null).Select(x => x.Key).ToList();
            foreach (var (atom, w) in form.Weights.Where(x => x.Key != _a.Index))
            {
                if (multiples.Contains(atom))
                {
                    continue;
                }
                // A pitch: one name of its own, independent of the block, and the only digit above it.
                if (multiples.Count == 0 && w.Names.ToList() is [var pitch] && w.SameAs(Polynomial.Name(pitch)) && !block.Names.Contains(pitch)
                    && !form.Weights.Any(x => x.Key != atom && x.Key != _a.Index && x.Value.Names.Contains(pitch)))
                {
                    checks.Add($"{pitch} >= {block}");
                    multiples.Add(atom);
                    continue;
                }
                if (!_ranges.TryGetValue(atom, out var range) || !w.ProvablyNonNegative(_lowerBounds) || !range.Lo.ProvablyNonNegative(_lowerBounds))
                {
                    return false;
                }
                largest = largest.Add(w.Multiply(range.Hi));
            }
            return weight.Subtract(Polynomial.Constant(width)).Subtract(largest).ProvablyNonNegative(_lowerBounds);
        }

        /// <summary>Where the access lands, as a linear form, and how wide its element is (1 counting elements).</summary>
        public (LinearForm Form, long Width)? Offset(ArrayAccess access, bool inBytes)
        {
            var node = access.Node;
            if (access.Pointer && access.Index is null)
            {
                return inBytes && Bytes(node.ChildByField("argument")!.Value) is var (bytes, pointee) && SizeOf(pointee) is { } size ? (bytes, size) : null;
            }
            var index = access.Pointer ? access.Subscript : SubscriptIndex(node)?.Text;
            if (index is null || Read(index, node) is not { } form)
            {
                return null;
            }
            if (!inBytes)
            {
                return (form, 1);
            }
            if (PointeeOf(access.Array) is not { } element || SizeOf(element) is not { } elementSize)
            {
                return null;
            }
            var offset = form.Times(Polynomial.Constant(elementSize));
            var writes = _facts.Writes(access.Array);
            if (writes.Count == 0)
            {
                return (offset, elementSize);
            }
            // A pointer the body sets: where the one definition that reaches the access points, plus the subscript.
            return ReachingDefinition(writes, node) is { Value: { } value } && Bytes(value) is var (start, _) ? (start.Add(offset), elementSize) : null;
        }

        /// <summary>A pointer expression as bytes past its array's start, with the type it points to; null when not so read.</summary>
        private (LinearForm Bytes, string Pointee)? Bytes(SyntaxNode node)
        {
            node = DivMod.Unwrap(node);
            switch (node.Type)
            {
                case "identifier":
                    return PointeeOf(node.Text) is { } pointee ? (LinearForm.Of(Polynomial.Zero), pointee) : null;
                case "cast_expression" when node.ChildByField("type") is { } type && type.Text.TrimEnd().EndsWith('*') && node.ChildByField("value") is { } value:
                    return Bytes(value) is var (bytes, _) ? (bytes, type.Text.TrimEnd()[..^1].Trim()) : null;
                case "binary_expression" when node.ChildByField("operator")?.Text == "+" && node.ChildByField("left") is { } left && node.ChildByField("right") is { } right:
                    return Bytes(left) is var (b, t) && SizeOf(t) is { } size && Read(right.Text, right) is { } n ? (b.Add(n.Times(Polynomial.Constant(size))), t) : null;
                default:
                    return null;
            }
        }

        private string? PointeeOf(string name) =>
            _a.Types.TryGetValue(name, out var type) && type.EndsWith('*') ? type[..^1].Trim() : null;

        /// <summary><paramref name="text"/> at <paramref name="position"/> as a linear form, or null.</summary>
        public LinearForm? Read(string text, SyntaxNode position) => LinearForm.Parse(text, name => Resolve(name, position));

        private LinearForm? Resolve(string name, SyntaxNode position)
        {
            if (name == _a.Index || _loops.Any(l => l.Index == name && Inside(position, l.Loop)))
            {
                return LinearForm.Atom(name);
            }
            var writes = _facts.Writes(name);
            if (writes.Count == 0)
            {
                return LinearForm.Of(Polynomial.Name(name));
            }
            if (writes.Any(w => w.Value is null) || ReachingDefinition(writes, position) is not { Value: { } value } definition)
            {
                return null;
            }
            var facts = Guards(position, definition.Statement, name);
            if (facts.Count == 0)
            {
                return Read(value.Text, value);
            }
            // A guarded local is a digit of its own: its range is its value's, narrowed by the guards. Only a signed
            // integer keeps both: an unsigned one wraps below 0, where 'c >= 0' holds for every value.
            var atom = $"{name}@{definition.Statement.StartByte}";
            if (!SignedInteger(_facts.DeclaredType(name)) || Read(value.Text, value) is not { } form || Interval(form) is not var (lo, hi))
            {
                return null;
            }
            foreach (var (op, bound) in facts)
            {
                (lo, hi) = op switch
                {
                    ">=" => (Larger(lo, bound), hi),
                    ">" => (Larger(lo, bound.Add(Polynomial.Constant(1))), hi),
                    "<=" => (lo, Smaller(hi, bound)),
                    _ => (lo, Smaller(hi, bound.Subtract(Polynomial.Constant(1)))),
                };
            }
            _ranges[atom] = (lo, hi);
            return LinearForm.Atom(atom);
        }

        /// <summary>The plain definition whose value <paramref name="position"/> sees, or null when that is not certain.</summary>
        private static (SyntaxNode Statement, SyntaxNode? Value)? ReachingDefinition(List<(SyntaxNode Statement, SyntaxNode? Value)> writes, SyntaxNode position)
        {
            // The last write starting before the position (writes come in document order). It must run before the
            // position whenever the position runs (a statement before one of its ancestors in a block), not hold the
            // position, and, with other writes about, not be left behind by an inner loop that comes round again.
            var (lo, hi) = (0, writes.Count - 1);
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                (lo, hi) = writes[mid].Statement.StartByte < position.StartByte ? (mid + 1, hi) : (lo, mid - 1);
            }
            if (hi < 0)
            {
                return null;
            }
            var last = writes[hi];
            if (last.Statement.EndByte > position.StartByte || !Dominates(last.Statement, position))
            {
                return null;
            }
            var loop = Ancestors(position).FirstOrDefault(n => n.Type is "for_statement" or "while_statement" or "do_statement");
            return writes.Count > 1 && loop is { } l && !Inside(last.Statement, l) ? null : last;
        }

        /// <summary>The comparisons of <paramref name="name"/> with a loop-invariant bound in the <c>if</c>s whose branch holds the position.</summary>
        private List<(string Op, Polynomial Bound)> Guards(SyntaxNode position, SyntaxNode definition, string name)
        {
            var facts = new List<(string, Polynomial)>();
            foreach (var guard in Ancestors(position).Where(n => n.Type == "if_statement" && n.StartByte > definition.EndByte))
            {
                if (guard.ChildByField("consequence") is not { } then || !Inside(position, then) || guard.ChildByField("condition") is not { } condition)
                {
                    continue;
                }
                foreach (var comparison in Conjuncts(condition))
                {
                    if (Comparison(comparison, name) is { } fact && Read(fact.Other.Text, comparison) is { HasAtoms: false } bound)
                    {
                        facts.Add((fact.Op, bound.Constant));
                    }
                }
            }
            return facts;
        }

        private static IEnumerable<SyntaxNode> Conjuncts(SyntaxNode node)
        {
            node = DivMod.Unwrap(node.Type == "condition_clause" && node.NamedChildCount == 1 ? node.NamedChild(0)!.Value : node);
            return node.Type == "binary_expression" && node.ChildByField("operator")?.Text == "&&"
                ? Conjuncts(node.ChildByField("left")!.Value).Concat(Conjuncts(node.ChildByField("right")!.Value))
                : [node];
        }

        /// <summary><c>name op other</c>, with <c>other op' name</c> turned round.</summary>
        private static (string Op, SyntaxNode Other)? Comparison(SyntaxNode node, string name)
        {
            if (node.Type != "binary_expression" || node.ChildByField("operator")?.Text is not ("<" or "<=" or ">" or ">=") || node.ChildByField("left") is not { } l
                || node.ChildByField("right") is not { } r)
            {
                return null;
            }
            var op = node.ChildByField("operator")!.Value.Text;
            return DivMod.Unwrap(l) is { Type: "identifier" } left && left.Text == name ? (op, r)
                : DivMod.Unwrap(r) is { Type: "identifier" } right && right.Text == name ? (Mirror(op)!, l)
                : null;
        }

        /// <summary>The least and largest value of a form whose atoms have ranges and constant weights; null otherwise.</summary>
        private (Polynomial Lo, Polynomial Hi)? Interval(LinearForm form)
        {
            var (lo, hi) = (form.Constant, form.Constant);
            foreach (var (atom, weight) in form.Weights)
            {
                if (weight.AsConstant is not { } w || !_ranges.TryGetValue(atom, out var range))
                {
                    return null;
                }
                lo = lo.Add((w >= 0 ? range.Lo : range.Hi).Scale(w));
                hi = hi.Add((w >= 0 ? range.Hi : range.Lo).Scale(w));
            }
            return (lo, hi);
        }

        private Polynomial Larger(Polynomial x, Polynomial y) => y.Subtract(x).ProvablyNonNegative(_lowerBounds) ? y : x;

        private Polynomial Smaller(Polynomial x, Polynomial y) => x.Subtract(y).ProvablyNonNegative(_lowerBounds) ? y : x;

        /// <summary>Loop bounds as loop-invariant polynomials (the largest index included), or null.</summary>
        private (Polynomial Lo, Polynomial Hi)? Range(string lo, string hi, bool inclusive, SyntaxNode position)
        {
            if (Read(lo, position) is not { HasAtoms: false } first || Read(hi, position) is not { HasAtoms: false } bound)
            {
                return null;
            }
            return (first.Constant, inclusive ? bound.Constant : bound.Constant.Subtract(Polynomial.Constant(1)));
        }

        /// <summary>Records what <c>p ≥ 0</c> says about its one name, when it is <c>name + k</c>.</summary>
        private void Know(Polynomial p)
        {
            var names = p.Names.ToList();
            if (names is [var name] && p.Subtract(Polynomial.Name(name)).AsConstant is { } k)
            {
                _lowerBounds[name] = Math.Max(_lowerBounds.GetValueOrDefault(name, long.MinValue), -k);
            }
        }

        private static bool SignedInteger(string? type) =>
            type is not null && IsInteger(type) && !type.Contains("unsigned", StringComparison.Ordinal) && !type.Contains("size_t", StringComparison.Ordinal);

        /// <summary>The type a declaration in the body gives <paramref name="name"/>, or null.</summary>
        public static string? DeclaredType(SyntaxNode node, string name) =>
            node.Type == "declaration" && node.NamedChildren.Any(d => d.Text == name || d.ChildByField("declarator") is { Type: "identifier" } id && id.Text == name)
                ? node.ChildByField("type")?.Text
                : node.NamedChildren.Select(c => DeclaredType(c, name)).FirstOrDefault(t => t is not null);

        private static bool Dominates(SyntaxNode statement, SyntaxNode position) =>
            Ancestors(position).Any(ancestor => ancestor.Parent is { Type: "compound_statement" } block && statement.Parent is { } s
                && (s.Equals(block) || s.Parent is { } grand && grand.Equals(block) && s.Type is "declaration" or "expression_statement"));

        private static IEnumerable<SyntaxNode> Ancestors(SyntaxNode node)
        {
            for (var p = node.Parent; p is { } parent; p = parent.Parent)
            {
                yield return parent;
            }
        }

        private static bool Inside(SyntaxNode node, SyntaxNode outer) => node.StartByte >= outer.StartByte && node.EndByte <= outer.EndByte;

        /// <summary>Every write of <paramref name="name"/> in the body: a plain definition with its value, anything else with none.</summary>
        public static IEnumerable<(SyntaxNode Statement, SyntaxNode? Value)> Writes(SyntaxNode node, string name)
        {
            switch (node.Type)
            {
                case "init_declarator" when node.ChildByField("declarator") is { } d && DeclaredIdentifier(d) is { Type: "identifier" } id && id.Text == name:
                    yield return (node, node.ChildByField("value"));
                    yield break;
                case "declaration" when node.NamedChildren.Any(c => c.Type == "identifier" && c.Text == name):
                    yield return (node, null);
                    yield break;
                case "assignment_expression" when node.ChildByField("left") is { Type: "identifier" } l && l.Text == name:
                    yield return (node, node.ChildByField("operator")?.Text == "=" ? node.ChildByField("right") : null);
                    break;
                case "update_expression" when node.ChildByField("argument") is { Type: "identifier" } u && u.Text == name:
                    yield return (node, null);
                    break;
                case "pointer_expression" when node.Text.TrimStart().StartsWith('&') && node.ChildByField("argument") is { Type: "identifier" } t && t.Text == name:
                    yield return (node, null);
                    break;
            }
            foreach (var write in node.NamedChildren.SelectMany(c => Writes(c, name)))
            {
                yield return write;
            }
        }
    }

    /// <summary>What the scopes of one array's accesses share: each name's writes, each inner loop's header, each local's type.</summary>
    private sealed class BodyFacts(SyntaxNode body)
    {
        private readonly Dictionary<string, List<(SyntaxNode Statement, SyntaxNode? Value)>> _writes = new(StringComparer.Ordinal);
        private readonly Dictionary<int, LoopAnalysis?> _headers = [];
        private readonly Dictionary<string, string?> _types = new(StringComparer.Ordinal);

        public List<(SyntaxNode Statement, SyntaxNode? Value)> Writes(string name)
        {
            if (!_writes.TryGetValue(name, out var found))
            {
                _writes[name] = found = BlockScope.Writes(body, name).ToList();
            }
            return found;
        }

        /// <summary>A counted inner loop whose body leaves its index alone, or null.</summary>
        public LoopAnalysis? Header(SyntaxNode loop)
        {
            if (!_headers.TryGetValue(loop.StartByte, out var header))
            {
                header = new LoopAnalysis { Loop = loop };
                _headers[loop.StartByte] = header = ReadHeader(loop, header) && !Assigned(loop.ChildByField("body")!.Value, header.Index) ? header : null;
            }
            return header;
        }

        public string? DeclaredType(string name)
        {
            if (!_types.TryGetValue(name, out var type))
            {
                _types[name] = type = BlockScope.DeclaredType(body, name);
            }
            return type;
        }
    }
}
