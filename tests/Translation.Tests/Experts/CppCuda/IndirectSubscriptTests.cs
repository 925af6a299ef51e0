using CodeIntel.Translation.Experts.CppCuda;

namespace CodeIntel.Translation.Tests.Experts.CppCuda;

/// <summary>Indirect subscripts: a histogram is an atomic reduction, a store of one constant is order-free, a store of the
/// index keeps the largest; anything else stays.</summary>
public sealed class IndirectSubscriptTests
{
    private static (TranslationResult Result, int Parallel, int Host) Translate(string cpp) => new CppCudaTranslator().Translate(cpp);

    [Fact]
    public void Histogram_BecomesAtomicAddOnTheElement()
    {
        var (result, parallel, _) = Translate("void histo(const unsigned int* vals, unsigned int* histo, int n) { for (int i = 0; i < n; i++) histo[vals[i]] = histo[vals[i]] + 1; }");
        Assert.Equal(1, parallel);
        Assert.Contains("atomicAdd(&histo[vals[i]], 1)", result.Text);
    }

    [Fact]
    public void Scatter_OfDifferentValues_StaysOnHost()
    {
        // Two iterations with the same idx[i] race; the last one wins on the host.
        var (result, parallel, _) = Translate("void scatter(int* head, int* idx, int* v, int n) { for (int i = 0; i < n; i++) { head[idx[i]] = v[i]; } }");
        Assert.Equal(0, parallel);
        Assert.Contains("not affine", Assert.Single(result.Warnings).Message);
    }

    [Fact]
    public void Scatter_OfOneConstant_IsOrderFree()
    {
        var (_, parallel, _) = Translate("void mark(int* head, int* idx, int n) { for (int i = 0; i < n; i++) { head[idx[i]] = 1; } }");
        Assert.Equal(1, parallel);
    }

    [Fact]
    public void ConditionalStoreOfTheIndex_KeepsTheLargestIndexAtomically()
    {
        // pos[0] = i under a condition: the last matching i wins on the host; atomicMax into a copy that starts at -1
        // finds it on the GPU, and the host keeps its own value where no thread stored (see CudaOnCpuTests).
        var (result, parallel, _) = Translate("void find(int key, int* k, int* pos, int n) { for (int i = 0; i < n; i++) { if (k[i] == key) { pos[0] = i; } } }");
        Assert.Equal(1, parallel);
        Assert.Contains("atomicMax(&pos[0], i)", result.Text);
        Assert.Contains("if (pos_last[k] >= 0) {", result.Text);
    }

    [Theory]
    [InlineData("for (int i = 0; i < n; i++) { if (k[i] == key) { pos[0] = k[i]; } }")]  // the value is not the index
    [InlineData("for (int i = n - 1; i >= 0; i--) { if (k[i] == key) { pos[0] = i; } }")]  // counting down: the smallest wins
    [InlineData("for (int i = 0; i < n; i++) { if (k[i] == key && pos[0] < 0) { pos[0] = i; } }")]  // the loop reads what it stores
    [InlineData("for (int i = key; i < n; i++) { if (k[i] == key) { pos[0] = i; } }")]  // a start that may be negative
    public void StoreOfTheIndexTheRuleCannotOrder_StaysOnHost(string loop)
    {
        var (_, parallel, _) = Translate($"void find(int key, int* k, int* pos, int n) {{ {loop} }}");
        Assert.Equal(0, parallel);
    }

    [Fact]
    public void StoreOfTheIndexIntoLong_StaysOnHostForWantOfAnAtomic()
    {
        var (result, parallel, _) = Translate("void find(int key, int* k, long* pos, int n) { for (int i = 0; i < n; i++) { if (k[i] == key) { pos[0] = i; } } }");
        Assert.Equal(0, parallel);
        Assert.Contains(result.Warnings, w => w.Message.Contains("'pos[0]' keeps the last index stored, which needs an atomicMax on int; it holds long", StringComparison.Ordinal));
    }

    [Fact]
    public void AccumulatedArray_AlsoReadElsewhere_StaysOnHost()
    {
        var (_, parallel, _) = Translate("void h(int* v, int* histo, int* seen, int n) { for (int i = 0; i < n; i++) { histo[v[i]] += 1; seen[i] = histo[v[i]]; } }");
        Assert.Equal(0, parallel);
    }

    [Theory]
    [InlineData("for (int i = n - 1; i >= 0; i--) { if (v[i] > m) { m = v[i]; p = i; } }")]  // counting down: first and last swap
    [InlineData("for (int i = 0; i < n; i++) { if (v[i] > m) { m = v[i]; p = i; } out[i] = p; }")]  // the index is read as it goes
    [InlineData("for (int i = 0; i < n; i++) { if (w[i] > m) { m = w[i]; p = i; } }")]  // a double compared with a float
    [InlineData("for (int i = 0; i < n; i++) { if (v[i] > m) { m = v[i]; p = i + 1; } }")]  // not the index itself
    public void ArgMaxTheKeyCannotCarry_StaysOnHost(string loop)
    {
        var (_, parallel, _) = Translate($"int f(const float* v, const double* w, int* out, int n) {{ float m = 0; int p = -1; {loop} return p; }}");
        Assert.Equal(0, parallel);
    }
}
