using CodeIntel.Translation.Experts.CppCuda;

namespace CodeIntel.Translation.Tests.Experts.CppCuda;

/// <summary>
/// Rule 9: a loop whose iterations each touch only their own block of an array (<c>base + r * w + c</c> with
/// <c>base = k * h * w</c>, the digits bounded by inner loops and guards) is a kernel; the kernels leaving what their
/// loops leave are run in <see cref="CudaOnCpuTests"/>. Each case here changes one thing that lets a block reach
/// into another's, and the loop stays on the host.
/// </summary>
public sealed class BlockOwnershipTests
{
    private const string Filter =
        "void smooth(float* img, int images, int h, int w) { for (int k = 0; k < images; k++) { int base = k * h * w; for (int r = 0; r < h; r++) { for (int c = 0; c < w; c++) { float t = img[base + r * w + c]; int rr = r - 1; int cc = c + 1; NEIGHBOUR img[base + r * w + c] = t; } } } }";

    private static int Kernels(string cpp) => new CppCudaTranslator().Translate(cpp).ParallelLoops;

    [Theory]
    [InlineData("if (rr >= 0) t += img[base + rr * w + c];")]
    [InlineData("if (cc < w && rr >= 0) t += img[base + rr * w + cc];")]
    [InlineData("if (rr > -1) t += img[base + rr * w + c];")]
    public void NeighbourTheGuardsKeepInTheBlock_IsAKernel(string neighbour) =>
        Assert.Equal(1, Kernels(Filter.Replace("NEIGHBOUR", neighbour, StringComparison.Ordinal)));

    [Theory]
    [InlineData("t += img[base + rr * w + c];", "no guard: row -1 is the previous image's last row")]
    [InlineData("if (rr >= -1) t += img[base + rr * w + c];", "a guard that lets row -1 through")]
    [InlineData("if (cc <= w) t += img[base + r * w + cc];", "column w is the next row's first element")]
    [InlineData("if (rr >= 0) t += img[base + rr * w + c]; else t += img[base + rr * w + c + 1];", "the else branch is not guarded")]
    [InlineData("if (rr >= 0) { rr = rr - 2; t += img[base + rr * w + c]; }", "the guarded local changes after its guard")]
    public void NeighbourThatMayLeaveTheBlock_StaysOnHost(string neighbour, string why) =>
        Assert.True(Kernels(Filter.Replace("NEIGHBOUR", neighbour, StringComparison.Ordinal)) == 0, why);

    [Fact]
    public void UnsignedGuardedLocal_StaysOnHost()
    {
        // 'cc >= 0' holds for every unsigned value: c - 1 wraps instead of going below 0.
        var cpp = Filter.Replace("int cc = c + 1;", "unsigned cc = c - 1;", StringComparison.Ordinal)
            .Replace("NEIGHBOUR", "if (cc >= 0) t += img[base + r * w + cc];", StringComparison.Ordinal);

        Assert.Equal(0, Kernels(cpp));
    }

    [Fact]
    public void PlanesAboveTheBlock_AreAKernelOnlyAsMultiplesOfTheWholeBlock()
    {
        const string planes = "void planes(float* out, int n, int depth) { for (int i = 0; i < n; i++) { for (int j = 0; j < n; j++) { out[i * n + j] = -1; for (int d = 0; d < depth; d++) { out[WEIGHT * d + i * n + j] = d; } } } }";
        const string overRows = "int i = blockIdx.x * blockDim.x + threadIdx.x;";

        Assert.Contains(overRows, new CppCudaTranslator().Translate(planes.Replace("WEIGHT", "n * n", StringComparison.Ordinal)).Result.Text);
        // A plane of n elements starts inside the next row of planes: row i + 1 of plane 0 is row i of plane 1.
        // (Within one row, the columns j still own their elements: that inner loop may run as a kernel.)
        Assert.DoesNotContain(overRows, new CppCudaTranslator().Translate(planes.Replace("WEIGHT", "n", StringComparison.Ordinal)).Result.Text);
    }

    [Fact]
    public void HeapBlockOfTheFunction_GoesToTheDeviceWithItsAllocatedCount()
    {
        const string cpp = "void regroup(float* x, int n, int batch) { float* swap = calloc(n * batch, sizeof(float)); for (int b = 0; b < batch; b++) { for (int i = 0; i < n; i++) { swap[b * n + n - 1 - i] = x[b * n + i]; } } memcpy(x, swap, n * batch * sizeof(float)); free(swap); }";

        var text = new CppCudaTranslator().Translate(cpp).Result.Text;

        Assert.Contains("const long swap_count = (n * batch);", text);
        Assert.Contains("cudaMemcpy(swap, d_swap, swap_count * sizeof(float), cudaMemcpyDeviceToHost);", text);
        // C's implicit void* conversion is not C++: the allocation gets its cast, and memcpy its header.
        Assert.Contains("float* swap = (float*) calloc", text.Replace(" * ", "* ", StringComparison.Ordinal));
        Assert.StartsWith("// Translated from C++ by CodeIntel (cpp-cuda).\n#include <cstring>\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HeapBlockRepointedInTheFunction_KeepsTheLoopOnHost()
    {
        const string cpp = "void regroup(float* x, float* other, int n) { float* swap = (float*) malloc(n * sizeof(float)); if (n > 4) swap = other; for (int i = 0; i < n; i++) { swap[i] = x[i]; } }";

        Assert.Equal(0, Kernels(cpp));
    }

    [Fact]
    public void RowsAPitchApart_AreAKernelWhenTheHostFindsThePitchHoldsARow()
    {
        const string cpp = "void put(float* out, int pitch, int w, int h) { for (int x = 0; x < w; x++) { for (int y = 0; y < h; y++) { *((float*)((char*)out + y * PITCH) + x) = x + y; } } }";

        var pitched = new CppCudaTranslator().Translate(cpp.Replace("PITCH", "pitch", StringComparison.Ordinal));
        var exact = new CppCudaTranslator().Translate(cpp.Replace("PITCH", "(4 * w)", StringComparison.Ordinal));

        Assert.Equal(1, pitched.ParallelLoops);
        Assert.Contains("if (!((pitch >= 4*w))) {", pitched.Result.Text);
        // Rows exactly w floats apart need no test.
        Assert.Equal(1, exact.ParallelLoops);
        Assert.DoesNotContain("The kernel needs", exact.Result.Text);
    }

    [Fact]
    public void ReadThroughPointerArithmetic_CountsAsAnAccess()
    {
        // a[i + 1] read as *(a + i + 1) is written by the next iteration: a kernel would race with it.
        Assert.Equal(0, Kernels("void shift(float* a, int n) { for (int i = 0; i < n - 1; i++) { a[i] = *(a + i + 1) * 2; } }"));
        Assert.Equal(0, Kernels("void shift(float* a, int n) { for (int i = 0; i < n - 1; i++) { a[i] = *(i + 1 + a) * 2; } }"));
    }

    [Theory]
    [InlineData("float* row = m + i; row[0] = row[1] + 1;", "row[1] is the next iteration's row[0]")]
    [InlineData("float* row = m; if (i > 2) row = m + 1; row[i] = 0;", "the pointer is set to two places")]
    [InlineData("float* row = &m[i]; row[0] = 1;", "an address taken, not followed")]
    public void WritesThroughAPointerTheBodySets_StayOnHostUnlessEachAccessIsPlaced(string body, string why) =>
        Assert.True(Kernels($"void rows(float* m, int n) {{ for (int i = 0; i < n; i++) {{ {body} }} }}") == 0, why);

    [Fact]
    public void PointerTheBodySetsAtItsOwnBlock_IsAKernel() =>
        Assert.Equal(1, Kernels("void rows(float* m, int n, int w) { for (int i = 0; i < n; i++) { float* row = m + i * w; for (int j = 0; j < w; j++) { row[j] = j; } } }"));
}
