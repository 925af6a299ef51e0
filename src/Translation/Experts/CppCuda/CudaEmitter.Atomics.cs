using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// Reductions on the device: <c>atomicAdd</c> for sums, <c>atomicMax</c>/<c>atomicMin</c> for int and unsigned
/// maxima and minima, and for float and double (which have no such atomic) a compare-and-swap loop written once per
/// file; plus the OpenMP directive above a loop.
/// </summary>
internal sealed partial class CudaEmitter
{
    private readonly SortedSet<string> _helpers = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _keyTypes = new(StringComparer.Ordinal);

    private static string Plain(string type)
    {
        var t = type.Replace("const", "", StringComparison.Ordinal).Trim();
        return t == "unsigned" ? "unsigned int" : t;
    }

    private static bool Atomic(string operation, string type) => (operation, Plain(type)) switch
    {
        (Reduction.Last, "int") => true,
        (Reduction.Last, _) => false,
        ("argmax" or "argmin", "int" or "float") => true,
        ("argmax" or "argmin", _) => false,
        (_, "int" or "unsigned int" or "float" or "double") => true,
        _ => false,
    };

    /// <summary>The statement that replaces a reduction in the kernel body.</summary>
    private string AtomicUpdate(Reduction r, string type)
    {
        var target = r.Scalar is not null ? r.Scalar + "_acc" : r.Target.StartsWith('*') ? r.Target[1..].Trim() : "&" + r.Target;
        var t = Plain(type);
        if (r.ArgIndex is not null)
        {
            _keyTypes.Add(t);
            return $"{{ {t} v_ = {r.Value}; if (v_ == v_) {{ atomicMax({r.Scalar}_key, {ArgKey(r, t, "v_", ArgLow(r))}); }} }}";
        }
        string call;
        if (r.Operation == Reduction.Last)
        {
            // The device copy starts at -1 in every element (see Launch): the largest index that stores wins.
            call = $"atomicMax({target}, {r.Value})";
        }
        else if (r.Operation == "+")
        {
            var value = r.Negate ? $"-({r.Value})" : r.Value;
            call = $"atomicAdd({target}, {(r.Scalar is null ? value : $"({type})({value})")})";
        }
        else
        {
            var kind = r.Operation.TrimStart('f');
            if (t is "int" or "unsigned int")
            {
                call = $"atomic{char.ToUpperInvariant(kind[0])}{kind[1..]}({target}, ({t})({r.Value}))";
            }
            else
            {
                _helpers.Add($"{kind} {t}");
                call = $"atomic_{kind}_{t}({target}, ({t})({r.Value}), {(r.Operation.StartsWith('f') ? "true" : "false")})";
            }
        }
        return r.Statement.Type == "if_statement" ? call + ";" : call;
    }

    /// <summary>
    /// An arg-max packs value and index into one key that <c>atomicMax</c> on 64 bits can keep: the value's order-keeping
    /// bits above (inverted for an arg-min), and below a rank that puts the first index on top for a strict comparison
    /// (<c>0xFFFFFFFE - (i - lo)</c>) and the last otherwise (<c>i - lo + 1</c>). The host's starting key holds the
    /// scalar's value over <c>0xFFFFFFFF</c> (strict: an equal value is no improvement) or 0 (an equal value is).
    /// </summary>
    private static string ArgKey(Reduction r, string type, string value, string low) =>
        $"((unsigned long long)({(r.Operation == "argmin" ? "~" : "")}codeintel_order_{type}({value})) << 32 | ({low}))";

    private static string ArgLow(Reduction r) => r.Strict
        ? $"0xFFFFFFFEull - (unsigned long long)({r.ArgIndexOffset})"
        : $"(unsigned long long)({r.ArgIndexOffset}) + 1ull";

    /// <summary>The compare-and-swap helpers the kernels of this file call.</summary>
    private string Helpers()
    {
        var sb = new StringBuilder();
        foreach (var type in _keyTypes)
        {
            sb.Append(CultureInfo.InvariantCulture, $"// Arg-max keys: {type} mapped to unsigned int bits that sort as the values do, and back.\n");
            if (type == "float")
            {
                sb.Append("__host__ __device__ unsigned int codeintel_order_float(float v) {\n  unsigned int b;\n  __builtin_memcpy(&b, &v, sizeof b);\n  return (b & 0x80000000u) ? ~b : (b | 0x80000000u);\n}\n\n");
                sb.Append("__host__ __device__ float codeintel_unorder_float(unsigned int o) {\n  unsigned int b = (o & 0x80000000u) ? (o & 0x7FFFFFFFu) : ~o;\n  float v;\n  __builtin_memcpy(&v, &b, sizeof v);\n  return v;\n}\n\n");
            }
            else
            {
                sb.Append("__host__ __device__ unsigned int codeintel_order_int(int v) {\n  return (unsigned int)v ^ 0x80000000u;\n}\n\n");
                sb.Append("__host__ __device__ int codeintel_unorder_int(unsigned int o) {\n  return (int)(o ^ 0x80000000u);\n}\n\n");
            }
        }
        foreach (var helper in _helpers)
        {
            var (kind, type) = (helper.Split(' ')[0], helper.Split(' ')[1]);
            var (bits, asValue, asBits) = type == "float"
                ? ("int", "__int_as_float", "__float_as_int")
                : ("unsigned long long int", "__longlong_as_double", "(unsigned long long int)__double_as_longlong");
            var better = kind == "max" ? ">" : "<";
            var old = type == "float" ? $"{asValue}(old)" : $"{asValue}((long long int)old)";
            sb.Append(CultureInfo.InvariantCulture, $"// CUDA has no atomic {kind} for {type}: compare-and-swap until the stored value needs no change.\n");
            sb.Append(CultureInfo.InvariantCulture, $"// With replace_nan (f{kind}), a NaN accumulator takes the other value, as f{kind} does.\n");
            sb.Append(CultureInfo.InvariantCulture, $"__device__ void atomic_{kind}_{type}({type}* address, {type} value, bool replace_nan) {{\n");
            sb.Append(CultureInfo.InvariantCulture, $"  {bits}* bits = ({bits}*)address;\n  {bits} old = *bits;\n");
            sb.Append(CultureInfo.InvariantCulture, $"  while (value {better} {old} || (replace_nan && {old} != {old} && value == value)) {{\n");
            sb.Append(CultureInfo.InvariantCulture, $"    {bits} assumed = old;\n    old = atomicCAS(bits, assumed, {asBits}(value));\n");
            sb.Append("    if (old == assumed) {\n      break;\n    }\n  }\n}\n\n");
        }
        return sb.ToString();
    }

    /// <summary>An OpenMP directive (<c>#pragma omp ...</c>) directly above the loop, or null.</summary>
    private static SyntaxNode? PragmaAbove(SyntaxNode loop)
    {
        if (loop.Parent is not { } parent)
        {
            return null;
        }
        var siblings = parent.NamedChildren;
        for (int i = 1; i < siblings.Count; i++)
        {
            if (siblings[i].Equals(loop))
            {
                var above = siblings[i - 1];
                return above.Type == "preproc_call" && OmpPragma().IsMatch(above.Text) ? above : null;
            }
        }
        return null;
    }

    [GeneratedRegex("^\\s*#\\s*pragma\\s+omp\\b")]
    private static partial Regex OmpPragma();
}
