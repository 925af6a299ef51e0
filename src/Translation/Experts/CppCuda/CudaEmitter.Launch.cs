using System.Globalization;
using System.Text;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// The host side of a kernel: device copies of the arrays the loop touches (their extents read from the subscripts,
/// or a <c>NAME_count</c> parameter where the subscripts do not tell), the launch on <c>ceil(count / 256)</c> blocks,
/// the copies back of written arrays, and the frees.
/// </summary>
internal sealed partial class CudaEmitter
{
    private static string Launch(string kernelName, LoopAnalysis a, List<CudaParameter> parameters, List<(string Name, string Type)> outer, Dictionary<string, string> types, SortedSet<string> sizeParameters)
    {
        var sb = new StringBuilder();
        var last = a.Inclusive ? $"({a.Hi})" : $"({a.Hi}) - 1";
        sb.Append("{\n");
        sb.Append(CultureInfo.InvariantCulture, $"    // The loop over {a.Index} runs on the GPU, one thread per iteration.\n");
        sb.Append(CultureInfo.InvariantCulture, $"    const long count = ({a.Hi}) - ({a.Lo}){(a.Inclusive ? " + 1" : "")};\n");
        var arrays = parameters.Where(p => p.Element is not null && (a.Used.Contains(p.Name) || a.Lo.Contains(p.Name, StringComparison.Ordinal) || a.Hi.Contains(p.Name, StringComparison.Ordinal))).ToList();
        // Arrays the loop uses as a value (if (x) x[i] += ...): a device copy of a null pointer would not be null.
        var body = a.Loop.ChildByField("body")!.Value;
        // Arrays that receive the last index that stores into them (pos[0] = i, *pos = i): the loop touches them nowhere else.
        var lastIndex = a.Reductions.Where(r => r.Operation == Reduction.Last).Select(r => r.Variable).ToHashSet(StringComparer.Ordinal);
        var nullable = arrays.Where(p => UsedAsValue(body, p.Name) && !lastIndex.Contains(p.Name)).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var p in arrays)
        {
            var extent = p.Count ?? Extent(a, p.Name, last);
            var element = p.Element!.Replace("const", "", StringComparison.Ordinal).Trim();
            if (extent is null)
            {
                sizeParameters.Add(p.Name + "_count");
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"    const long {p.Name}_count = {extent};\n");
            }
            sb.Append(CultureInfo.InvariantCulture, $"    {element}* d_{p.Name} = nullptr;\n");
            var guarded = nullable.Contains(p.Name);
            var indent = guarded ? "      " : "    ";
            sb.Append(guarded ? $"    if ({p.Name}) {{  // the loop tests {p.Name} itself: a null {p.Name} stays null on the device\n" : "");
            sb.Append(CultureInfo.InvariantCulture, $"{indent}cudaMalloc(&d_{p.Name}, {p.Name}_count * sizeof({element}));\n");
            if (lastIndex.Contains(p.Name))
            {
                sb.Append(CultureInfo.InvariantCulture, $"{indent}// -1 everywhere: no iteration has stored into {p.Name} yet.\n");
                sb.Append(CultureInfo.InvariantCulture, $"{indent}{element}* {p.Name}_last = new {element}[{p.Name}_count];\n");
                sb.Append(CultureInfo.InvariantCulture, $"{indent}for (long k = 0; k < {p.Name}_count; k++) {{\n{indent}  {p.Name}_last[k] = -1;\n{indent}}}\n");
                sb.Append(CultureInfo.InvariantCulture, $"{indent}cudaMemcpy(d_{p.Name}, {p.Name}_last, {p.Name}_count * sizeof({element}), cudaMemcpyHostToDevice);\n");
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"{indent}cudaMemcpy(d_{p.Name}, {p.Name}, {p.Name}_count * sizeof({element}), cudaMemcpyHostToDevice);\n");
            }
            sb.Append(guarded ? "    }\n" : "");
        }
        var matrices = parameters.Where(p => p.Matrix is not null && a.Used.Contains(p.Name)).ToList();
        foreach (var p in matrices)
        {
            CopyMatrixIn(sb, a, p, last, sizeParameters);
        }
        foreach (var r in a.Reductions.Where(r => r.Scalar is not null && r.ArgIndex is null))
        {
            var t = types.GetValueOrDefault(r.Scalar!, "int");
            sb.Append(CultureInfo.InvariantCulture, $"    {t}* d_{r.Scalar} = nullptr;\n    cudaMalloc(&d_{r.Scalar}, sizeof({t}));\n");
            sb.Append(CultureInfo.InvariantCulture, $"    cudaMemcpy(d_{r.Scalar}, &{r.Scalar}, sizeof({t}), cudaMemcpyHostToDevice);\n");
        }
        foreach (var r in a.Reductions.Where(r => r.ArgIndex is not null))
        {
            var t = Plain(types.GetValueOrDefault(r.Scalar!, "int"));
            sb.Append(CultureInfo.InvariantCulture, $"    // {r.Scalar} and {r.ArgIndex} travel as one key: the value above, the rank of the index below (see ArgKey).\n");
            // A NaN never compares greater or smaller, so the loop leaves both alone: a start no key can beat.
            sb.Append(CultureInfo.InvariantCulture, $"    const unsigned long long {r.Scalar}_start = {r.Scalar} == {r.Scalar} ? {ArgKey(r, t, r.Scalar!, r.Strict ? "0xFFFFFFFFull" : "0ull")} : ~0ull;\n");
            sb.Append(CultureInfo.InvariantCulture, $"    unsigned long long {r.Scalar}_key = {r.Scalar}_start;\n");
            sb.Append(CultureInfo.InvariantCulture, $"    unsigned long long* d_{r.Scalar}_key = nullptr;\n    cudaMalloc(&d_{r.Scalar}_key, sizeof(unsigned long long));\n");
            sb.Append(CultureInfo.InvariantCulture, $"    cudaMemcpy(d_{r.Scalar}_key, &{r.Scalar}_key, sizeof(unsigned long long), cudaMemcpyHostToDevice);\n");
        }
        var kernelParameters = KernelParameters(a, parameters, outer, types);
        sb.Append(LatchSearches(kernelName, a, kernelParameters));
        var args = kernelParameters.Select(p => p.Argument);
        sb.Append(CultureInfo.InvariantCulture, $"    if (count > 0) {{\n      {kernelName}<<<(count + {BlockSize - 1}) / {BlockSize}, {BlockSize}>>>({string.Join(", ", args)});\n    }}\n");
        sb.Append("    cudaDeviceSynchronize();\n");
        sb.Append(LatchResults(a));
        foreach (var p in arrays)
        {
            var element = p.Element!.Replace("const", "", StringComparison.Ordinal).Trim();
            bool written = !p.IsConst && (a.Writes(p.Name) || a.Reductions.Any(r => r.Target.TrimStart('*').Trim().StartsWith(p.Name, StringComparison.Ordinal)));
            if (lastIndex.Contains(p.Name))
            {
                sb.Append(CultureInfo.InvariantCulture, $"    cudaMemcpy({p.Name}_last, d_{p.Name}, {p.Name}_count * sizeof({element}), cudaMemcpyDeviceToHost);\n");
                sb.Append(CultureInfo.InvariantCulture, $"    // The last iteration that stored into an element wins, as in the loop; the others keep their value.\n");
                sb.Append(CultureInfo.InvariantCulture, $"    for (long k = 0; k < {p.Name}_count; k++) {{\n      if ({p.Name}_last[k] >= 0) {{\n        {p.Name}[k] = {p.Name}_last[k];\n      }}\n    }}\n");
                sb.Append(CultureInfo.InvariantCulture, $"    delete[] {p.Name}_last;\n");
            }
            else if (written)
            {
                sb.Append(CultureInfo.InvariantCulture, $"    {(nullable.Contains(p.Name) ? $"if ({p.Name}) " : "")}cudaMemcpy({p.Name}, d_{p.Name}, {p.Name}_count * sizeof({element}), cudaMemcpyDeviceToHost);\n");
            }
            sb.Append(CultureInfo.InvariantCulture, $"    cudaFree(d_{p.Name});\n");
        }
        foreach (var p in matrices)
        {
            CopyMatrixOut(sb, p, !p.IsConst && a.Accesses.Any(x => x.Array == p.Name && x.IsWrite));
        }
        foreach (var r in a.Reductions.Where(r => r.Scalar is not null && r.ArgIndex is null))
        {
            var t = types.GetValueOrDefault(r.Scalar!, "int");
            sb.Append(CultureInfo.InvariantCulture, $"    cudaMemcpy(&{r.Scalar}, d_{r.Scalar}, sizeof({t}), cudaMemcpyDeviceToHost);\n    cudaFree(d_{r.Scalar});\n");
        }
        foreach (var r in a.Reductions.Where(r => r.ArgIndex is not null))
        {
            var t = Plain(types.GetValueOrDefault(r.Scalar!, "int"));
            var rank = $"({r.Scalar}_key & 0xFFFFFFFFull)";
            sb.Append(CultureInfo.InvariantCulture, $"    cudaMemcpy(&{r.Scalar}_key, d_{r.Scalar}_key, sizeof(unsigned long long), cudaMemcpyDeviceToHost);\n    cudaFree(d_{r.Scalar}_key);\n");
            sb.Append(CultureInfo.InvariantCulture, $"    if ({r.Scalar}_key != {r.Scalar}_start) {{  // some iteration improved on {r.Scalar}\n");
            sb.Append(CultureInfo.InvariantCulture, $"      {r.Scalar} = codeintel_unorder_{t}({(r.Operation == "argmin" ? "~" : "")}(unsigned int)({r.Scalar}_key >> 32));\n");
            sb.Append(CultureInfo.InvariantCulture, $"      {r.ArgIndex} = ({a.Lo}) + (long long)({(r.Strict ? $"0xFFFFFFFEull - {rank}" : $"{rank} - 1ull")});\n    }}\n");
        }
        sb.Append("  }");
        var launch = sb.ToString();
        if (a.Reductions.Any(r => r.ArgIndex is not null))
        {
            // The rank of an index has 32 bits: a longer loop runs on the host as written.
            launch = $"if (({a.Hi}) - ({a.Lo}){(a.Inclusive ? " + 1" : "")} > 0xFFFFFFFEL) {{\n    // Over 2^32 - 2 iterations an index rank does not fit in an arg-max key: the loop runs here as written.\n    {a.Loop.Text}\n  }} else {launch}";
        }
        if (a.RuntimeChecks.Count > 0)
        {
            // What the independence proof assumes and the code does not show is tested here; otherwise the loop runs as written.
            var condition = string.Join(" && ", a.RuntimeChecks.Select(c => $"({c})"));
            launch = $"if (!({condition})) {{\n    // The kernel needs {condition}: without it iterations may share an element, so the loop runs here as written.\n    {a.Loop.Text}\n  }} else {launch}";
        }
        return launch;
    }

    /// <summary>The name appears as a value of its own: not subscripted, not the start of pointer arithmetic or a cast.</summary>
    private static bool UsedAsValue(Parsing.TreeSitter.SyntaxNode node, string name)
    {
        if (node.Type == "identifier" && node.Text == name)
        {
            var parent = Outside(node).Parent;
            return parent is not { Type: "subscript_expression" or "cast_expression" }
                && !(parent is { Type: "binary_expression" } b && b.ChildByField("operator")?.Text is "+" or "-");
        }
        return node.NamedChildren.Any(c => UsedAsValue(c, name));
    }

    /// <summary>The node with the parentheses around it.</summary>
    private static Parsing.TreeSitter.SyntaxNode Outside(Parsing.TreeSitter.SyntaxNode node)
    {
        while (node.Parent is { Type: "parenthesized_expression" } p)
        {
            node = p;
        }
        return node;
    }

    /// <summary>
    /// How many elements of <paramref name="array"/> the loop can touch: one past the largest affine subscript over the
    /// iteration range; null where a subscript does not tell (not affine): the wrapper then takes the count.
    /// </summary>
    private static string? Extent(LoopAnalysis a, string array, string last)
    {
        var accesses = a.Accesses.Where(x => x.Array == array).ToList();
        var candidates = new List<string>();
        bool unknown = !Reach(a, accesses, x => x.Index, x => x.Subscript, last, candidates);
        foreach (var r in a.Reductions.Where(r => r.Scalar is null && r.Variable == array))
        {
            // histo[v[i]] += 1: the element is known only at run time.
            unknown |= r.Indirect;
            candidates.Add(r.Target.StartsWith('*') ? "1" : ElementExtent(r.Target));
        }
        if (!unknown && candidates.Count == 0)
        {
            // Only dereferenced in the loop bounds: one element. Used in the body with no access to place (pointer
            // arithmetic into a local pointer): the caller tells.
            unknown = a.Used.Contains(array);
            candidates.Add("1");
        }
        return unknown ? null : Largest(candidates);
    }

    private static string Largest(List<string> candidates) => candidates.Distinct().Aggregate((x, y) => $"std::max<long>({x}, {y})");

    /// <summary>
    /// Adds to <paramref name="candidates"/> one past the largest value each subscript can take: an affine one at the
    /// end of the iteration range, an inner loop's index at its bound. False when a subscript does not tell.
    /// </summary>
    private static bool Reach(LoopAnalysis a, List<ArrayAccess> accesses, Func<ArrayAccess, AffineIndex?> index, Func<ArrayAccess, string> subscript,
        string last, List<string> candidates)
    {
        bool known = true;
        foreach (var acc in accesses)
        {
            if (index(acc) is not { SymbolicCoefficient: null } idx)
            {
                if (LoopAnalyzer.InnerBound(a, acc.Node, subscript(acc)) is { } bound)
                {
                    candidates.Add(bound);
                }
                else
                {
                    known = false;
                }
                continue;
            }
            var at = idx.Coefficient >= 0 ? last : $"({a.Lo})";
            var terms = new List<string>();
            if (idx.Coefficient != 0)
            {
                terms.Add(idx.Coefficient == 1 ? $"({at})" : $"{idx.Coefficient} * ({at})");
            }
            if (idx.Symbolic.Length > 0)
            {
                terms.Add($"({idx.Symbolic})");
            }
            terms.Add((idx.Constant + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            candidates.Add(string.Join(" + ", terms));
        }
        return known;
    }

    private static string ElementExtent(string target)
    {
        var open = target.IndexOf('[', StringComparison.Ordinal);
        return open < 0 ? "1" : $"({target[(open + 1)..target.LastIndexOf(']')]}) + 1";
    }
}
