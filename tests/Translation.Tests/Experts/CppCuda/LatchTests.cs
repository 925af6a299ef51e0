using CodeIntel.Translation.Experts.CppCuda;

namespace CodeIntel.Translation.Tests.Experts.CppCuda;

/// <summary>
/// Rule 10: a scalar the loop sets to one loop-invariant value under conditions of the index (a latch) is a kernel;
/// that such kernels leave what their loops leave is run in <see cref="CudaOnCpuTests"/>. Each case here breaks one
/// condition of the rule, and the loop stays on the host.
/// </summary>
public sealed class LatchTests
{
    private static int Kernels(string cpp) => new CppCudaTranslator().Translate(cpp).ParallelLoops;

    [Fact]
    public void ScalarSetUnderAConditionOfTheIndex_IsAKernelWithAFirstIterationSearch()
    {
        var text = new CppCudaTranslator().Translate("void f(float* c, int n) { float on = 0; for (int i = 0; i < n; i++) { if (i % 4 == 3) on = 1; c[i] = on; } }").Result.Text;

        Assert.Contains("atomicMin(on_first, i);", text);
        Assert.Contains("if (on_first < i) {", text);
    }

    [Theory]
    [InlineData("if (c[i] > 0) on = 1; c[i] = on;", "the condition reads what the loop writes")]
    [InlineData("if (i % 2 == 0) on = i; c[i] = on;", "the value changes with the iteration")]
    [InlineData("if (i % 2 == 0) on = 1; if (i % 3 == 0) on = 2; c[i] = on;", "two assignments")]
    [InlineData("if (i % 2 == 0) continue; if (i % 3 == 0) on = 1; c[i] = on;", "a continue decides whether it runs")]
    [InlineData("if (on > 0) on = 1; c[i] = on;", "the condition reads the scalar itself")]
    public void LatchThatCannotBeFoundAhead_StaysOnHost(string body, string why) =>
        Assert.True(Kernels($"void f(float* c, int n) {{ float on = 0; for (int i = 0; i < n; i++) {{ {body} }} }}") == 0, why);

    [Fact]
    public void LatchInsideAnInnerLoop_KeepsTheOuterLoopOnHost()
    {
        // Whether the assignment runs also depends on the inner loop running at all (j < i is empty for i = 0).
        var text = new CppCudaTranslator().Translate("void f(float* c, int n) { float on = 0; for (int i = 0; i < n; i++) { for (int j = 0; j < i; j++) { if (i == 3) on = 1; } c[i] = on; } }").Result.Text;

        Assert.DoesNotContain("int i = blockIdx.x", text);
    }

    [Fact]
    public void InnerLoopBoundedByTheOuterIndex_GetsThatIndexInItsKernel()
    {
        // The outer loop stays on the host (c[0] carries over); the inner one is a kernel per outer iteration.
        var text = new CppCudaTranslator().Translate("void g(float* c, int n) { for (int i = 0; i < n; i++) { c[0] = c[0] + 1; for (int j = 0; j < i; j++) { c[j + n] = j; } } }").Result.Text;

        Assert.Contains("__global__ void g_kernel(float* c, int n, int i)", text);
    }
}
