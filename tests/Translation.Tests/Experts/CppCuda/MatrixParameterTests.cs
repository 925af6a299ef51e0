using CodeIntel.Translation.Experts.CppCuda;

namespace CodeIntel.Translation.Tests.Experts.CppCuda;

/// <summary>
/// Two-dimensional parameters, <c>T a[][N]</c> and <c>T** a</c>: a loop whose iterations own distinct rows, or
/// distinct columns, of every matrix it writes becomes a kernel; one whose iterations may share an element stays on
/// the host, saying why. (That the kernels leave what the loops leave is run in <see cref="CudaOnCpuTests"/>.)
/// </summary>
public sealed class MatrixParameterTests
{
    private static (TranslationResult Result, int Parallel, int Host) Translate(string cpp) => new CppCudaTranslator().Translate(cpp);

    [Fact]
    public void FixedRowLength_RowOwnedByTheIteration_IsCopiedAsOneBlockOfRows()
    {
        var (result, parallel, _) = Translate(
            "void transpose(int A[][100], int trans[][100]) { for (int i = 0; i < 100; i++) { for (int j = 0; j < 100; j++) { trans[i][j] = A[j][i]; } } }");

        Assert.Equal(1, parallel);
        Assert.Contains("__global__ void transpose_kernel(int (*A)[100], int (*trans)[100])", result.Text);
        // A is read at rows j < 100 (the inner loop's bound), trans written at rows i < 100.
        Assert.Contains("const long A_rows = std::max<long>(0, 100);", result.Text);
        Assert.Contains("cudaMemcpy(trans, d_trans, trans_rows * sizeof(*d_trans), cudaMemcpyDeviceToHost);", result.Text);
        Assert.DoesNotContain("cudaMemcpy(A, d_A", result.Text);
    }

    [Fact]
    public void RowPointers_ColumnOwnedByTheIteration_GetDeviceRowsInOneBlock()
    {
        var (result, parallel, _) = Translate(
            "int seqTrans(float** h_in, float** h_out, int x_size, int y_size) { for (int y = 0; y < y_size; y++) { for (int x = 0; x < x_size; x++) { h_out[x][y] = h_in[y][x]; } } return 1; }");

        Assert.Equal(1, parallel);
        Assert.Contains("__global__ void seqTrans_kernel(float** h_in, float** h_out, int x_size, int y_size)", result.Text);
        Assert.Contains("const long h_out_rows = std::max<long>(0, x_size);", result.Text);
        Assert.Contains("const long h_out_columns = std::max<long>(0, ((y_size) - 1) + 1);", result.Text);
        Assert.Contains("cudaMemcpy(h_out[r], d_h_out_block + r * h_out_columns", result.Text);
        // The signature is unchanged: every count comes from the loops.
        Assert.DoesNotContain("long h_", result.Text.Split("seqTrans_kernel")[1].Split('{')[0]);
    }

    [Fact]
    public void CountTheSubscriptsCannotTell_BecomesAParameter()
    {
        var (result, parallel, _) = Translate("void copy(float** a, float** b, int n) { for (int i = 0; i < n; i++) { a[i][i] = b[idx(i)][0]; } }");

        Assert.Equal(1, parallel);
        Assert.Contains("int n, long b_rows)", result.Text);
        Assert.Contains(result.Warnings, w => w.Message.Contains("b_rows", StringComparison.Ordinal));
    }

    [Fact]
    public void SubscriptThatIsAnInnerLoopIndex_ReachesTheLoopsBound_OnlyInsideTheLoop()
    {
        var inside = Translate("void f(const float* x, float* out, int n, int m) { for (int i = 0; i < n; i++) { float s = 0; for (int j = 0; j < m; j++) { s += x[j]; } out[i] = s; } }");
        // After 'for (j = 0; j < m; j++)' j is m: x[j] there reaches one past the bound, so the count is asked for.
        var after = Translate("void f(const float* x, float* out, int n, int m) { for (int i = 0; i < n; i++) { int j; for (j = 0; j < m; j++) { } out[i] = x[j]; } }");

        Assert.Contains("const long x_count = m;", inside.Result.Text);
        Assert.Equal(1, after.Parallel);
        Assert.Contains("int n, int m, long x_count)", after.Result.Text);
    }

    [Theory]
    [InlineData("void f(float** m, int n) { for (int i = 0; i < n; i++) { m[0][i] = m[0][i + 1]; } }", "may touch the same element")]
    [InlineData("void f(int m[][8], int n) { for (int i = 0; i < n; i++) { for (int j = 0; j < 8; j++) { m[j][0] += m[i][j]; } } }", "own neither rows nor columns")]
    [InlineData("void f(float** m, float* out, int n) { for (int i = 0; i < n; i++) { m[i][0] = out[i]; m[i + 1][0] = 0; } }", "own neither rows nor columns")]
    [InlineData("void f(float** m, int n) { for (int i = 0; i < n; i++) { float* row = m[i]; row[0] = 1; } }", "a row of the matrix 'm' on its own")]
    public void IterationsThatMayShareAnElement_StayOnHost(string cpp, string reason)
    {
        var (result, parallel, _) = Translate(cpp);

        Assert.Equal(0, parallel);
        Assert.Contains(result.Warnings, w => w.Message.Contains(reason, StringComparison.Ordinal));
    }
}
