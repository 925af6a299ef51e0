using CodeIntel.Translation.Experts.CppCuda;

namespace CodeIntel.Translation.Tests.Experts.CppCuda;

public sealed class CppCudaTranslatorTests
{
    private static (TranslationResult Result, int Parallel, int Host) Translate(string cpp) => new CppCudaTranslator().Translate(cpp);

    [Fact]
    public void Translate_IndependentLoop_BecomesBoundsCheckedKernelWithLaunchAndTransfers()
    {
        var (result, parallel, host) = Translate("void scale(float* a, const float* b, int n) { for (int i = 0; i < n; i++) { a[i] = 2.0f * b[i]; } }");
        Assert.Equal((1, 0), (parallel, host));
        Assert.Contains("__global__ void scale_kernel(float* a, float* b, int n)", result.Text);
        Assert.Contains("int i = blockIdx.x * blockDim.x + threadIdx.x;", result.Text);
        Assert.Contains("if (i < n)", result.Text);
        Assert.Contains("scale_kernel<<<(count + 255) / 256, 256>>>(d_a, d_b, n);", result.Text);
        Assert.Contains("cudaMemcpy(a, d_a, a_count * sizeof(float), cudaMemcpyDeviceToHost);", result.Text);
        Assert.DoesNotContain("cudaMemcpy(b, d_b", result.Text);
    }

    [Fact]
    public void Translate_LoopCarriedDependence_StaysOnHostWithTheReason()
    {
        var (result, parallel, _) = Translate("void prefix(int* a, int n) { for (int i = 1; i < n; i++) { a[i] = a[i - 1] + a[i]; } }");
        Assert.Equal(0, parallel);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("GCD test", warning.Message);
        Assert.Contains("// stays on the host:", result.Text);
    }

    [Fact]
    public void Translate_EvenOddAccesses_AreIndependentByTheGcdTest()
    {
        var (_, parallel, _) = Translate("void f(int* a, int n) { for (int i = 0; i < n; i++) { a[2 * i] = a[2 * i + 1]; } }");
        Assert.Equal(1, parallel);
    }

    [Fact]
    public void Translate_SumIntoScalar_BecomesAtomicAddAndCopiesTheTotalBack()
    {
        var (result, parallel, _) = Translate("float total(const float* x, int n) { float s = 0; for (int i = 0; i < n; i++) { s += x[i]; } return s; }");
        Assert.Equal(1, parallel);
        Assert.Contains("atomicAdd(s_acc, (float)(x[i]))", result.Text);
        Assert.Contains("cudaMemcpy(&s, d_s, sizeof(float), cudaMemcpyDeviceToHost);", result.Text);
    }

    [Fact]
    public void Translate_RowMajorNestWithPrivateAccumulator_IsParallelInTheOuterIndex()
    {
        var cpp = "void mm(float* a, float* b, float* c, int n) { float sum; for (int i = 0; i < n; i++) { for (int j = 0; j < n; j++) { sum = 0; " +
                  "for (int k = 0; k < n; k++) { sum += a[i * n + k] * b[k * n + j]; } c[i * n + j] = sum; } } }";
        var (result, parallel, _) = Translate(cpp);
        Assert.Equal(1, parallel);
        Assert.Contains("float sum;", result.Text);
    }

    [Fact]
    public void Translate_EarlyExit_StaysOnHost()
    {
        var (result, parallel, _) = Translate("int find(int* a, int n, int v) { for (int i = 0; i < n; i++) { if (a[i] == v) return i; } return -1; }");
        Assert.Equal(0, parallel);
        Assert.Contains("leaves the loop early", Assert.Single(result.Warnings).Message);
    }
}
