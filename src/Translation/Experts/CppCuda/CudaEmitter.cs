using System.Globalization;
using System.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// Writes CUDA for one C++ file: every safely parallel loop of a function becomes a <c>__global__</c> kernel (one
/// thread per iteration, bounds-checked global index) and the function itself a host wrapper with the same name that
/// copies the arrays the loop touches to the device, launches the kernel on a computed grid and copies written arrays
/// back. Other loops stay on the host with a comment saying why.
/// </summary>
internal sealed partial class CudaEmitter
{
    private const int BlockSize = 256;

    // printf is not here: CUDA has a device printf (compute capability 2.0 and later); see the warning where it is used.
    private static readonly HashSet<string> HostOnly = ["fprintf", "puts", "malloc", "calloc", "free", "rand", "srand", "exit", "omp_get_wtime",
        "omp_get_thread_num", "omp_get_num_threads", "cout", "cerr", "time", "clock"];
    private readonly string _source;
    private readonly List<TranslationWarning> _warnings = [];

    public CudaEmitter(string source)
    {
        _source = source;
    }

    public IReadOnlyList<TranslationWarning> Warnings => _warnings;

    public int ParallelLoops { get; private set; }

    public int HostLoops { get; private set; }

    public string Emit(SyntaxNode root, CancellationToken cancellationToken)
    {
        var kernels = new StringBuilder();
        var rest = new StringBuilder();
        int copied = root.StartByte;
        foreach (var node in root.NamedChildren)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (node.Type != "function_definition")
            {
                continue;
            }
            var wrapper = Function(node, kernels);
            if (wrapper is null)
            {
                continue;
            }
            rest.Append(Slice(copied, node.StartByte)).Append(wrapper);
            copied = node.EndByte;
        }
        rest.Append(Slice(copied, root.EndByte));
        return "// Translated from C++ by CodeIntel (cpp-cuda).\n" + MissingIncludes() + Helpers() + kernels + rest.ToString().TrimStart('\n');
    }

    /// <summary>C code often calls <c>memcpy</c> and friends without its header; a C++ (and CUDA) compiler wants it.</summary>
    private string MissingIncludes() =>
        CStringCall().IsMatch(_source) && !CStringInclude().IsMatch(_source) ? "#include <cstring>\n" : "";

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(memcpy|memset|memmove|memcmp|strlen|strcpy|strncpy|strcmp|strncmp|strcat)\s*\(")]
    private static partial System.Text.RegularExpressions.Regex CStringCall();

    [System.Text.RegularExpressions.GeneratedRegex(@"#\s*include\s*[<""](cstring|string\.h|bits/stdc\+\+\.h)[>""]")]
    private static partial System.Text.RegularExpressions.Regex CStringInclude();

    private string Slice(int start, int end) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(_source), start, end - start);

    private string? Function(SyntaxNode fn, StringBuilder kernels)
    {
        var declarator = fn.ChildByField("declarator");
        // void* f(...), int& f(...): the function declarator sits under the pointer or reference.
        while (declarator is { Type: "pointer_declarator" or "reference_declarator" } outerDeclarator)
        {
            declarator = outerDeclarator.ChildByField("declarator") ?? (outerDeclarator.NamedChildCount > 0 ? outerDeclarator.NamedChildren[^1] : null);
        }
        var body = fn.ChildByField("body");
        if (declarator is null || body is null || declarator.Value.Type != "function_declarator")
        {
            return null;
        }
        var name = declarator.Value.ChildByField("declarator")?.Text ?? "fn";
        var parameters = Parameters(declarator.Value);
        var types = parameters.ToDictionary(p => p.Name, p => p.Type, StringComparer.Ordinal);
        var matrices = parameters.Where(p => p.Matrix is not null).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        CollectLocalTypes(body.Value, types);
        var edits = new List<(int Start, int End, string Text)>();
        int kernelNo = 0;
        var sizeParameters = new SortedSet<string>(StringComparer.Ordinal);
        var buffers = HeapBuffers(body.Value);
        edits.AddRange(buffers.Where(b => b.CastAt is not null).Select(b => (b.CastAt!.Value, b.CastAt!.Value, $"({b.Buffer.Type}) ")));
        void Process(SyntaxNode loop, int depth)
        {
            var pragma = PragmaAbove(loop);
            var analysis = LoopAnalyzer.Analyze(loop, types, pragma is { } p ? OpenMpLoop.Parse(p.Text) : null, matrices);
            // Heap blocks the function allocated before the loop travel to the device as pointer parameters do.
            var visible = parameters.Concat(buffers.Where(b => b.DeclaredBefore <= loop.StartByte).Select(b => b.Buffer)).ToList();
            var outer = OuterLocals(analysis, visible, types);
            if (analysis.IsParallel && outer.Any(o => o.Type.Contains('*', StringComparison.Ordinal) || o.Type.Contains('[', StringComparison.Ordinal)))
            {
                analysis.Reason = "the loop uses a local pointer or array of the host function";
            }
            if (analysis.IsParallel && analysis.Used.FirstOrDefault(HostOnly.Contains) is { } call)
            {
                analysis.Reason = $"the loop calls {call}, which has no device version here";
            }
            if (analysis.IsParallel && analysis.Reductions.FirstOrDefault(r => !Atomic(r.Operation, ReductionType(r, types, visible))) is { } bad)
            {
                analysis.Reason = bad.Operation == Reduction.Last
                    ? $"'{bad.Target}' keeps the last index stored, which needs an atomicMax on int; it holds {ReductionType(bad, types, visible)}"
                    : $"no atomic {(bad.Operation == "+" ? "add" : bad.Operation)} for the type of '{bad.Target}'";
            }
            if (analysis.IsParallel && analysis.Reductions.FirstOrDefault(r => r.ArgIndex is not null && !ArgTypesAgree(r, types, visible)) is { } arg)
            {
                analysis.Reason = $"'{arg.Scalar}' and '{arg.ArgIndex}' keep an extreme and its index, which needs '{arg.Value}' of the type of '{arg.Scalar}' and an integer '{arg.ArgIndex}'";
            }
            if (!analysis.IsParallel)
            {
                HostLoops++;
                _warnings.Add(new TranslationWarning($"line {loop.Start.Line + 1}: loop stays on the host: {analysis.Reason}", loop.Start, loop.End));
                edits.Add((loop.StartByte, loop.StartByte, $"// stays on the host: {analysis.Reason}\n  "));
                // The loops directly inside a sequential loop may still be parallel: each is launched once per outer iteration.
                if (depth < 2 && loop.ChildByField("body") is { } inner)
                {
                    foreach (var child in inner.Type == "for_statement" ? [inner] : inner.NamedChildren.Where(n => n.Type == "for_statement"))
                    {
                        Process(child, depth + 1);
                    }
                }
                return;
            }
            ParallelLoops++;
            if (pragma is { } omp)
            {
                // The OpenMP directive would now spread the host launch code over threads: it goes.
                edits.Add((omp.StartByte, omp.EndByte, $"// {omp.Text.Trim()}: this loop is now a CUDA kernel\n"));
            }
            if (analysis.Used.Contains("printf"))
            {
                _warnings.Add(new TranslationWarning(
                    $"line {loop.Start.Line + 1}: the kernel calls printf: device printf (compute capability 2.0 and later) prints when the kernel ends, in no fixed order across threads",
                    loop.Start, loop.End));
            }
            var kernelName = $"{name}_kernel{(kernelNo++ == 0 ? "" : kernelNo.ToString(CultureInfo.InvariantCulture))}";
            kernels.Append(Kernel(kernelName, analysis, visible, outer, types)).Append('\n');
            edits.Add((loop.StartByte, loop.EndByte, Launch(kernelName, analysis, visible, outer, types, sizeParameters)));
        }

        foreach (var loop in body.Value.NamedChildren.Where(n => n.Type == "for_statement"))
        {
            Process(loop, 0);
        }
        if (!body.Value.NamedChildren.Any(n => n.Type == "for_statement"))
        {
            _warnings.Add(new TranslationWarning($"line {fn.Start.Line + 1}: {name} has no for loop at its top level; it stays on the host", fn.Start, fn.End));
        }
        if (edits.Count == 0)
        {
            return null;
        }
        if (sizeParameters.Count > 0 && declarator.Value.ChildByField("parameters") is { } plist)
        {
            // Arrays whose extent the subscripts do not tell: the caller passes their element counts.
            var extra = string.Concat(sizeParameters.Select(n => $"{(parameters.Count > 0 ? ", " : "")}long {n}"));
            edits.Add((plist.EndByte - 1, plist.EndByte - 1, extra));
            _warnings.Add(new TranslationWarning(
                $"line {fn.Start.Line + 1}: {name} now also takes {string.Join(", ", sizeParameters)}: the element, row or column count of arrays whose subscripts do not tell their extent",
                fn.Start, fn.End));
        }
        var text = new StringBuilder();
        int at = fn.StartByte;
        foreach (var (start, end, replacement) in edits.OrderBy(e => e.Start))
        {
            text.Append(Slice(at, start)).Append(replacement);
            at = end;
        }
        text.Append(Slice(at, fn.EndByte));
        return text.ToString();
    }

    private static List<CudaParameter> Parameters(SyntaxNode declarator)
    {
        var list = new List<CudaParameter>();
        var ps = declarator.ChildByField("parameters");
        if (ps is null)
        {
            return list;
        }
        foreach (var p in ps.Value.NamedChildren.Where(x => x.Type is "parameter_declaration" or "optional_parameter_declaration"))
        {
            var type = p.ChildByField("type")?.Text ?? "int";
            var isConst = p.Text.TrimStart().StartsWith("const", StringComparison.Ordinal);
            var d = p.ChildByField("declarator");
            if (d is null)
            {
                continue;
            }
            int depth = 0;
            var n = d.Value;
            var levels = new List<SyntaxNode>();
            while (n.Type is "pointer_declarator" or "array_declarator" or "reference_declarator")
            {
                depth += n.Type == "reference_declarator" ? 0 : 1;
                if (n.Type != "reference_declarator")
                {
                    levels.Add(n);
                }
                n = n.ChildByField("declarator") ?? n.NamedChildren[^1];
            }
            var full = depth == 0 ? type : type + new string('*', depth);
            list.Add(new CudaParameter(p.Text, n.Text, full, depth == 1 ? type : null, isConst) { Matrix = depth == 2 ? Matrix(type, levels) : null });
        }
        return list;
    }

    /// <summary><c>T a[][N]</c> and <c>T a[M][N]</c>: rows of N in one block; <c>T** a</c>: a pointer per row.</summary>
    private static CudaMatrix? Matrix(string element, List<SyntaxNode> levels) =>
        levels.All(l => l.Type == "array_declarator") && levels[0].ChildByField("size") is { } columns ? new CudaMatrix(element, columns.Text)
        : levels.All(l => l.Type == "pointer_declarator") ? new CudaMatrix(element, null)
        : null;

    private static void CollectLocalTypes(SyntaxNode node, Dictionary<string, string> types)
    {
        if (node.Type == "declaration" && node.ChildByField("type") is { } t)
        {
            foreach (var d in node.NamedChildren.Where(x => x.Type is "init_declarator" or "identifier" or "pointer_declarator" or "array_declarator"))
            {
                var n = d.Type == "init_declarator" ? d.ChildByField("declarator") ?? d : d;
                var suffix = n.Type == "pointer_declarator" ? "*" : n.Type == "array_declarator" ? "[]" : "";
                while (n.Type != "identifier" && n.ChildByField("declarator") is { } inner)
                {
                    n = inner;
                }
                types.TryAdd(n.Text, t.Text + suffix);
            }
        }
        foreach (var c in node.NamedChildren)
        {
            CollectLocalTypes(c, types);
        }
    }

    /// <summary>Locals of the host function the loop reads: they go to the kernel by value.</summary>
    private static List<(string Name, string Type)> OuterLocals(LoopAnalysis a, List<CudaParameter> parameters, Dictionary<string, string> types)
    {
        var inner = new HashSet<string>(StringComparer.Ordinal);
        CollectNames(a.Loop.ChildByField("body")!.Value, inner);
        // Names in the bounds count too: an inner loop bounded by the outer index (j < i) needs i in its kernel.
        var bounds = System.Text.RegularExpressions.Regex.Matches(a.Lo + " " + a.Hi, "[A-Za-z_][A-Za-z0-9_]*").Select(m => m.Value);
        return a.Used.Union(bounds).Where(u => types.ContainsKey(u) && parameters.All(p => p.Name != u) && u != a.Index && !a.Privates.Contains(u) && !inner.Contains(u)
                && !a.Inductions.ContainsKey(u)
                && a.Reductions.All(r => r.Scalar != u && r.ArgIndex != u))
            .Order(StringComparer.Ordinal).Select(u => (u, types[u])).ToList();
    }

    private static void CollectNames(SyntaxNode node, HashSet<string> names)
    {
        var locals = new Dictionary<string, string>(StringComparer.Ordinal);
        CollectLocalTypes(node, locals);
        names.UnionWith(locals.Keys);
    }

    /// <summary>An arg-max compares values of the extreme's own type (a parameter's element or a typed name) and stores an integer index.</summary>
    private static bool ArgTypesAgree(Reduction r, Dictionary<string, string> types, List<CudaParameter> parameters)
    {
        var value = r.Value.Trim();
        var open = value.IndexOf('[', StringComparison.Ordinal);
        var valueType = open > 0 ? parameters.FirstOrDefault(p => p.Name == value[..open].Trim())?.Element : types.GetValueOrDefault(value);
        var indexType = types.GetValueOrDefault(r.ArgIndex!, "");
        return valueType is not null && Plain(valueType) == Plain(ReductionType(r, types, parameters))
            && (indexType.Contains("int", StringComparison.Ordinal) || indexType.Contains("long", StringComparison.Ordinal));
    }

    private static string ReductionType(Reduction r, Dictionary<string, string> types, List<CudaParameter> parameters)
    {
        if (r.Scalar is { } s)
        {
            return types.GetValueOrDefault(s, "int");
        }
        return parameters.FirstOrDefault(p => p.Name == r.Variable)?.Element ?? "int";
    }


    private string Kernel(string kernelName, LoopAnalysis a, List<CudaParameter> parameters, List<(string Name, string Type)> outer, Dictionary<string, string> types)
    {
        var ps = KernelParameters(a, parameters, outer, types).Select(p => p.Declaration);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"__global__ void {kernelName}({string.Join(", ", ps)}) {{\n");
        var start = a.Lo.Trim() == "0" ? "" : $"({a.Lo}) + ";
        sb.Append(CultureInfo.InvariantCulture, $"  {a.IndexType} {a.Index} = {start}blockIdx.x * blockDim.x + threadIdx.x;\n");
        sb.Append(CultureInfo.InvariantCulture, $"  if ({a.Index} {(a.Inclusive ? "<=" : "<")} {a.Hi}) {{\n");
        foreach (var p in a.Privates.Order(StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"    {types.GetValueOrDefault(p, "int")} {p};\n");
        }
        foreach (var (v, first) in a.Inductions.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"    {types.GetValueOrDefault(v, "int")} {v} = {first};\n");
        }
        sb.Append(LatchPrelude(a));
        sb.Append("    ").Append(Body(a, types, parameters)).Append('\n');
        sb.Append("  }\n}\n");
        return LatchKernels(kernelName, a, KernelParameters(a, parameters, outer, types)) + sb.ToString();
    }

    private static List<(string Name, string Declaration, string Argument)> KernelParameters(LoopAnalysis a, List<CudaParameter> parameters, List<(string Name, string Type)> outer, Dictionary<string, string> types)
    {
        var list = new List<(string, string, string)>();
        foreach (var p in parameters.Where(p => a.Used.Contains(p.Name) || a.Lo.Contains(p.Name, StringComparison.Ordinal) || a.Hi.Contains(p.Name, StringComparison.Ordinal)))
        {
            list.Add(p.Matrix is { } m
                ? (p.Name, m.HasRowPointers ? $"{m.Element}** {p.Name}" : $"{m.Element} (*{p.Name})[{m.RowLength}]", "d_" + p.Name)
                : (p.Name, $"{p.Type} {p.Name}", p.Element is null ? p.Name : "d_" + p.Name));
        }
        foreach (var (name, type) in outer)
        {
            list.Add((name, $"{type} {name}", name));
        }
        foreach (var latch in a.Latches)
        {
            list.Add((latch.Scalar + FirstSuffix, $"int {latch.Scalar}{FirstSuffix}", latch.Scalar + FirstSuffix));
        }
        foreach (var r in a.Reductions.Where(r => r.Scalar is not null))
        {
            list.Add(r.ArgIndex is null
                ? (r.Scalar!, $"{types.GetValueOrDefault(r.Scalar!, "int")}* {r.Scalar}_acc", "d_" + r.Scalar)
                : (r.Scalar!, $"unsigned long long* {r.Scalar}_key", $"d_{r.Scalar}_key"));
        }
        return list;
    }

    /// <summary>
    /// The loop body with each reduction turned into an atomic operation, and each <c>continue</c> of the loop itself
    /// into <c>return</c>: a thread runs one iteration, so ending the thread is going on to the next.
    /// </summary>
    private string Body(LoopAnalysis a, Dictionary<string, string> types, List<CudaParameter> parameters)
    {
        var body = a.Loop.ChildByField("body")!.Value;
        var edits = a.Reductions.Select(r => (r.Statement.StartByte, r.Statement.EndByte, AtomicUpdate(r, ReductionType(r, types, parameters)))).ToList();
        edits.AddRange(OwnContinues(body).Select(c => (c.StartByte, c.EndByte, "return;")));
        var text = new StringBuilder();
        int at = body.StartByte;
        foreach (var (start, end, replacement) in edits.OrderBy(e => e.Item1))
        {
            text.Append(Slice(at, start)).Append(replacement);
            at = end;
        }
        text.Append(Slice(at, body.EndByte));
        return text.ToString();
    }

    private static IEnumerable<SyntaxNode> OwnContinues(SyntaxNode node)
    {
        if (node.Type == "continue_statement")
        {
            return [node];
        }
        return node.NamedChildren.Where(c => c.Type is not ("for_statement" or "while_statement" or "do_statement" or "for_range_loop"))
            .SelectMany(OwnContinues);
    }
}
