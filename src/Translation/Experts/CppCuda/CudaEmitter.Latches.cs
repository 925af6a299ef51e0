using System.Globalization;
using System.Text;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// The device side of rule 10 (latched scalars, see LoopAnalyzer.Latches.cs): for each latched scalar a kernel finds
/// the first iteration whose conditions hold (<c>atomicMin</c>), the host passes it to the loop's kernel, and each
/// thread starts with the scalar set when that iteration comes before its own. After the loop the host sets the
/// scalar when any iteration ran the assignment.
/// </summary>
internal sealed partial class CudaEmitter
{
    private const string FirstSuffix = "_first";
    private const string NoIteration = "0x7fffffff";

    private static string LatchKernels(string kernelName, LoopAnalysis a, List<(string Name, string Declaration, string Argument)> parameters)
    {
        var sb = new StringBuilder();
        var shared = parameters.Where(p => a.Latches.All(l => l.Scalar + FirstSuffix != p.Name)).Select(p => p.Declaration).ToList();
        foreach (var latch in a.Latches)
        {
            var declarations = string.Join(", ", shared.Append($"int* {latch.Scalar}{FirstSuffix}"));
            var start = a.Lo.Trim() == "0" ? "" : $"({a.Lo}) + ";
            sb.Append(CultureInfo.InvariantCulture, $"// The first iteration that sets {latch.Scalar} = {latch.Value}.\n");
            sb.Append(CultureInfo.InvariantCulture, $"__global__ void {kernelName}_{latch.Scalar}{FirstSuffix}({declarations}) {{\n");
            sb.Append(CultureInfo.InvariantCulture, $"  int {a.Index} = {start}blockIdx.x * blockDim.x + threadIdx.x;\n");
            sb.Append(CultureInfo.InvariantCulture, $"  if ({a.Index} {(a.Inclusive ? "<=" : "<")} {a.Hi} && ({latch.Condition})) {{\n");
            sb.Append(CultureInfo.InvariantCulture, $"    atomicMin({latch.Scalar}{FirstSuffix}, {a.Index});\n  }}\n}}\n\n");
        }
        return sb.ToString();
    }

    /// <summary>In the loop's kernel: the scalar as an earlier iteration left it.</summary>
    private static string LatchPrelude(LoopAnalysis a) =>
        string.Concat(a.Latches.Select(l => $"    if ({l.Scalar}{FirstSuffix} < {a.Index}) {{\n      {l.Scalar} = {l.Value};\n    }}\n"));

    private static string LatchSearches(string kernelName, LoopAnalysis a, List<(string Name, string Declaration, string Argument)> parameters)
    {
        var sb = new StringBuilder();
        var args = parameters.Where(p => a.Latches.All(l => l.Scalar + FirstSuffix != p.Name)).Select(p => p.Argument).ToList();
        foreach (var latch in a.Latches)
        {
            var first = latch.Scalar + FirstSuffix;
            sb.Append(CultureInfo.InvariantCulture, $"    // {latch.Scalar} is {latch.Value} from the iteration after the first whose condition holds.\n");
            sb.Append(CultureInfo.InvariantCulture, $"    int {first} = {NoIteration};\n    int* d_{first} = nullptr;\n    cudaMalloc(&d_{first}, sizeof(int));\n");
            sb.Append(CultureInfo.InvariantCulture, $"    cudaMemcpy(d_{first}, &{first}, sizeof(int), cudaMemcpyHostToDevice);\n");
            sb.Append(CultureInfo.InvariantCulture,
                $"    if (count > 0) {{\n      {kernelName}_{first}<<<(count + {BlockSize - 1}) / {BlockSize}, {BlockSize}>>>({string.Join(", ", args.Append("d_" + first))});\n    }}\n");
            sb.Append(CultureInfo.InvariantCulture, $"    cudaMemcpy(&{first}, d_{first}, sizeof(int), cudaMemcpyDeviceToHost);\n    cudaFree(d_{first});\n");
        }
        return sb.ToString();
    }

    private static string LatchResults(LoopAnalysis a) =>
        string.Concat(a.Latches.Select(l => $"    if ({l.Scalar}{FirstSuffix} != {NoIteration}) {{\n      {l.Scalar} = {l.Value};\n    }}\n"));
}
