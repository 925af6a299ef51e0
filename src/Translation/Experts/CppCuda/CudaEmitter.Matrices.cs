using System.Globalization;
using System.Text;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// Device copies of two-dimensional parameters. <c>T a[][N]</c> is one block of rows: it is copied whole, as many
/// rows as the row subscripts reach. <c>T** a</c> has a pointer per row: its rows are copied into one device block,
/// as many columns as the column subscripts reach, and the kernel gets an array of device row pointers, so its body
/// subscripts <c>a[row][column]</c> as the loop did. Where the subscripts do not tell a count, the function takes it
/// (<c>a_rows</c>, <c>a_columns</c>).
/// </summary>
internal sealed partial class CudaEmitter
{
    private static void CopyMatrixIn(StringBuilder sb, LoopAnalysis a, CudaParameter p, string last, SortedSet<string> sizeParameters)
    {
        var (name, m) = (p.Name, p.Matrix!);
        var accesses = a.Accesses.Where(x => x.Array == name).ToList();
        Count(sb, a, accesses, x => x.Index, x => x.Subscript, last, $"{name}_rows", sizeParameters);
        if (!m.HasRowPointers)
        {
            sb.Append(CultureInfo.InvariantCulture, $"    {m.Element} (*d_{name})[{m.RowLength}] = nullptr;\n");
            sb.Append(CultureInfo.InvariantCulture, $"    cudaMalloc(&d_{name}, {name}_rows * sizeof(*d_{name}));\n");
            sb.Append(CultureInfo.InvariantCulture, $"    cudaMemcpy(d_{name}, {name}, {name}_rows * sizeof(*d_{name}), cudaMemcpyHostToDevice);\n");
            return;
        }
        Count(sb, a, accesses, x => x.Column, x => x.ColumnSubscript, last, $"{name}_columns", sizeParameters);
        sb.Append(CultureInfo.InvariantCulture, $"    // {name} has a pointer per row: on the device its rows lie in one block, {name}_columns elements apart.\n");
        sb.Append(CultureInfo.InvariantCulture, $"    {m.Element}* d_{name}_block = nullptr;\n");
        sb.Append(CultureInfo.InvariantCulture, $"    cudaMalloc(&d_{name}_block, {name}_rows * {name}_columns * sizeof({m.Element}));\n");
        sb.Append(CultureInfo.InvariantCulture, $"    {m.Element}** {name}_device_rows = new {m.Element}*[{name}_rows];\n");
        sb.Append(CultureInfo.InvariantCulture, $"    for (long r = 0; r < {name}_rows; r++) {{\n");
        sb.Append(CultureInfo.InvariantCulture, $"      {name}_device_rows[r] = d_{name}_block + r * {name}_columns;\n");
        sb.Append(CultureInfo.InvariantCulture, $"      cudaMemcpy({name}_device_rows[r], {name}[r], {name}_columns * sizeof({m.Element}), cudaMemcpyHostToDevice);\n    }}\n");
        sb.Append(CultureInfo.InvariantCulture, $"    {m.Element}** d_{name} = nullptr;\n");
        sb.Append(CultureInfo.InvariantCulture, $"    cudaMalloc(&d_{name}, {name}_rows * sizeof({m.Element}*));\n");
        sb.Append(CultureInfo.InvariantCulture, $"    cudaMemcpy(d_{name}, {name}_device_rows, {name}_rows * sizeof({m.Element}*), cudaMemcpyHostToDevice);\n");
        sb.Append(CultureInfo.InvariantCulture, $"    delete[] {name}_device_rows;\n");
    }

    private static void CopyMatrixOut(StringBuilder sb, CudaParameter p, bool written)
    {
        var (name, m) = (p.Name, p.Matrix!);
        if (!m.HasRowPointers)
        {
            sb.Append(written ? $"    cudaMemcpy({name}, d_{name}, {name}_rows * sizeof(*d_{name}), cudaMemcpyDeviceToHost);\n" : "");
            sb.Append(CultureInfo.InvariantCulture, $"    cudaFree(d_{name});\n");
            return;
        }
        if (written)
        {
            sb.Append(CultureInfo.InvariantCulture, $"    for (long r = 0; r < {name}_rows; r++) {{\n");
            sb.Append(CultureInfo.InvariantCulture, $"      cudaMemcpy({name}[r], d_{name}_block + r * {name}_columns, {name}_columns * sizeof({m.Element}), cudaMemcpyDeviceToHost);\n    }}\n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"    cudaFree(d_{name});\n    cudaFree(d_{name}_block);\n");
    }

    /// <summary>Declares <paramref name="count"/> from the subscripts' reach, or makes it a parameter of the function.</summary>
    private static void Count(StringBuilder sb, LoopAnalysis a, List<ArrayAccess> accesses, Func<ArrayAccess, AffineIndex?> index,
        Func<ArrayAccess, string> subscript, string last, string count, SortedSet<string> sizeParameters)
    {
        var candidates = new List<string>();
        if (Reach(a, accesses, index, subscript, last, candidates) && candidates.Count > 0)
        {
            // At least 0: a loop that never runs copies nothing (and new[] takes no negative count).
            sb.Append(CultureInfo.InvariantCulture, $"    const long {count} = std::max<long>(0, {Largest(candidates)});\n");
        }
        else
        {
            sizeParameters.Add(count);
        }
    }
}
