using CodeIntel.Translation.Experts.CppCuda;

namespace CodeIntel.Translation.Tests.Experts.CppCuda;

/// <summary>
/// An in-place vertical flip (each iteration swaps a[i] with its mirror row's element) is a kernel only in its exact
/// shape, over the first half of the matrix; the kernel leaving what the loop leaves is run in <see cref="CudaOnCpuTests"/>.
/// </summary>
public sealed class MirrorSwapTests
{
    private static (TranslationResult Result, int Parallel, int Host) Translate(string cpp) => new CppCudaTranslator().Translate(cpp);

    [Fact]
    public void FlipOverTheFirstHalf_IsAKernel()
    {
        var (result, parallel, _) = Translate("void flip(float* m, int w) { for (int i = 0; i < w * w / 2; i++) { int j = (w - 1 - i / w) * w + i % w; float t = m[i]; m[i] = m[j]; m[j] = t; } }");

        Assert.Equal(1, parallel);
        Assert.Contains("__global__ void flip_kernel(float* m, int w)", result.Text);
    }

    [Theory]
    [InlineData("i < w * w", "every pair is swapped twice")]
    [InlineData("i < w * w / 2 + 1", "the range reaches past the middle")]
    public void FlipWhoseIterationsMayShareAnElement_StaysOnHost(string condition, string why)
    {
        var (_, parallel, _) = Translate($"void flip(float* m, int w) {{ for (int i = 0; {condition}; i++) {{ int j = (w - 1 - i / w) * w + i % w; float t = m[i]; m[i] = m[j]; m[j] = t; }} }}");

        Assert.True(parallel == 0, why);
    }

    [Fact]
    public void FlipWithAnotherPartner_StaysOnHost()
    {
        var (_, parallel, _) = Translate("void flip(float* m, int w) { for (int i = 0; i < w * w / 2; i++) { int j = (w - i / w) * w + i % w; float t = m[i]; m[i] = m[j]; m[j] = t; } }");

        Assert.Equal(0, parallel);
    }

}
