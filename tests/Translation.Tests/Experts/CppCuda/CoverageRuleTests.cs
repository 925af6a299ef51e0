using CodeIntel.Translation.Experts.CppCuda;

namespace CodeIntel.Translation.Tests.Experts.CppCuda;

/// <summary>
/// The rules that widen which loops become kernels, each with its unsafe twin that must stay on the host: affine body
/// locals, OpenMP parallel-for loops, device printf, max/min reductions, functions returning pointers, and the
/// tokenised CodeRosetta format.
/// </summary>
public sealed class CoverageRuleTests
{
    private static (TranslationResult Result, int Parallel, int Host) Translate(string cpp) => new CppCudaTranslator().Translate(cpp);

    [Fact]
    public void AffineLocal_DeclaredOnceFromTheIndex_IsSubstitutedAndTheGcdTestProvesIndependence()
    {
        var (result, parallel, _) = Translate("void decode(unsigned short* e, unsigned short* d, int n) { for (int i = 0; i < n; i++) { " +
            "int k = (i * 2) + 2; d[k] = e[k - 1]; d[k + 1] = e[k + 1]; } }");
        Assert.Equal(1, parallel);
        Assert.Contains("__global__ void decode_kernel", result.Text);
        // The extents come from the substituted subscripts: d reaches 2 * (n - 1) + 3.
        Assert.Contains("const long d_count = std::max<long>(2 * ((n) - 1) + 3, 2 * ((n) - 1) + 4);", result.Text);
    }

    [Fact]
    public void ComparisonThatParsesAsATemplate_IsReadAsAComparisonOfTheVariable()
    {
        // tree-sitter reads `r < rows && c >= 0` as the template `r<rows && c>` assigned 0.
        var (result, parallel, _) = Translate("void blur(float* o, const float* in, int rows, int cols) { for (int i = 0; i < rows; i++) { " +
            "for (int j = 0; j < cols; j++) { int r = i - 1; int c = j; float v = (r >= 0 && r < rows && c >= 0) ? in[r * cols + c] : 0.f; o[i * cols + j] = v; } } }");
        Assert.Equal(1, parallel);
        Assert.Contains("(r) < rows && c >= 0", result.Text);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("cannot be analysed", StringComparison.Ordinal));
    }

    [Fact]
    public void OutputCursor_SteppedUnconditionally_StartsEachThreadAtItsOwnRun()
    {
        var (result, parallel, _) = Translate("void pack(int nx, const float* x, int ny, const float* y, int b, float* out) { int k = 0; " +
            "for (int j = 0; j < b; ++j) { for (int i = 0; i < nx; ++i) out[k++] = x[j * nx + i]; for (int i = 0; i < ny; ++i) { out[k++] = y[j * ny + i]; } } }");
        Assert.Equal(1, parallel);
        Assert.Contains("int k = j * ((max(0, nx)) + (max(0, ny)));", result.Text);
        Assert.DoesNotContain(", int k", result.Text);
    }

    [Fact]
    public void OutputCursor_InALoopCountingDown_StartsFromTheFirstIterationInSourceOrder()
    {
        var (result, parallel, _) = Translate("void rev(const float* x, float* out, int n) { int k = 0; for (int j = n - 1; j >= 0; j--) { out[k++] = x[j]; } }");
        Assert.Equal(1, parallel);
        Assert.Contains("int k = ((n - 1) - j) * (1);", result.Text);
    }

    [Theory]
    [InlineData("int k = 0; for (int j = 0; j < n; j++) { if (x[j] > 0) out[k++] = x[j]; }", "a filtered copy: how far k goes depends on the data")]
    [InlineData("int k = 0; for (int j = 0; j < n; j++) { out[k++] = x[j]; } out[k] = 0;", "k is read after the loop")]
    [InlineData("int k = 0; for (int j = 0; j < n; j++) { out[k] = x[j]; k++; }", "out[k] may be the next iteration's first element")]
    [InlineData("int k = 0; for (int j = 0; j < n; j++) { for (int i = 0; i < j; i++) out[k++] = x[i]; }", "the step count grows with j")]
    [InlineData("int k = 1; k = k * 2; for (int j = 0; j < n; j++) { out[k++] = x[j]; }", "k's start is not a number")]
    public void OutputCursor_WhoseRunsMayOverlap_StaysOnHost(string body, string why)
    {
        var (_, parallel, _) = Translate($"void f(const float* x, float* out, int n) {{ {body} }}");
        Assert.True(parallel == 0, why);
    }

    [Fact]
    public void LoopCountingDown_RunsOverTheSameIndices()
    {
        var (result, parallel, _) = Translate("void twice(const float* a, float* b, int n) { for (int i = n - 1; i >= 0; i--) b[i] = a[i] * 2; }");
        Assert.Equal(1, parallel);
        Assert.Contains("int i = blockIdx.x * blockDim.x + threadIdx.x;", result.Text);
        Assert.Contains("if (i <= n - 1)", result.Text);
        Assert.Contains("const long count = (n - 1) - (0) + 1;", result.Text);
    }

    [Fact]
    public void LoopBoundOffsetByAConstant_IsCounted()
    {
        var (result, parallel, _) = Translate("void diff(const int* a, int* d, int n) { for (int i = 0; i + 1 < n; ++i) d[i] = a[i + 1] - a[i]; }");
        Assert.Equal(1, parallel);
        Assert.Contains("if (i < (n) - 1)", result.Text);
    }

    [Theory]
    [InlineData("for (int i = n - 1; i > 0; i--) a[i] = a[i - 1];")]
    [InlineData("for (int i = n - 2; i >= 0; --i) a[i] += a[i + 1];")]
    [InlineData("for (int i = 0; i < n; i--) a[i] = 0;")]
    public void LoopCountingDown_WithACarriedDependenceOrAWrongStep_StaysOnHost(string loop)
    {
        var (_, parallel, _) = Translate($"void f(int* a, int n) {{ {loop} }}");
        Assert.Equal(0, parallel);
    }

    [Fact]
    public void ArrayTestedForNull_IsCopiedOnlyWhenNotNull()
    {
        var (result, parallel, _) = Translate("void add(float* x, const float* y, int n) { for (int i = 0; i < n; i++) { if (x) x[i] += y[i]; } }");
        Assert.Equal(1, parallel);
        Assert.Contains("if (x) {", result.Text);
        Assert.Contains("if (x) cudaMemcpy(x, d_x,", result.Text);
        Assert.DoesNotContain("if (y)", result.Text);
    }

    [Fact]
    public void AffineLocal_ReassignedInTheBody_IsNotSubstituted()
    {
        var (result, parallel, _) = Translate("void f(int* d, int n) { for (int i = 0; i < n; i++) { int k = 2 * i; d[k] = 1; k = k + 1; d[k] = 2; } }");
        Assert.Equal(0, parallel);
        Assert.Contains("not affine", Assert.Single(result.Warnings).Message);
    }

    [Fact]
    public void AffineLocal_WhoseSubscriptsCollide_StaysOnHost()
    {
        // k = 2i and k + 2 = 2(i + 1): iteration i writes what iteration i + 1 reads.
        var (result, parallel, _) = Translate("void f(int* d, int n) { for (int i = 0; i < n; i++) { int k = 2 * i; d[k] = d[k + 2]; } }");
        Assert.Equal(0, parallel);
        Assert.Contains("GCD test", Assert.Single(result.Warnings).Message);
    }

    [Fact]
    public void SymbolicStridePlusOffset_NeverComparesEqualToAPlainIndex()
    {
        // a[i * m + 1] and a[i * n + 1]: different strides may overlap; reading both as 'i + 1' would wrongly prove them independent.
        var (_, parallel, _) = Translate("void f(float* a, int m, int n, int c) { for (int i = 0; i < c; i++) { a[i * m + 1] = a[i * n + 1] + 1; } }");
        Assert.Equal(0, parallel);
    }

    [Fact]
    public void FunctionReturningPointer_IsTranslatedLikeAnyOther()
    {
        var (result, parallel, _) = Translate("void * RyT(float* P, float* Q, int start, int end) { for (int i = start; i < end; i++) { " +
            "Q[0 + i * 3] = P[0 + i * 3]; Q[1 + i * 3] = P[1 + i * 3]; Q[2 + i * 3] = P[2 + i * 3]; } return (void*)0; }");
        Assert.Equal(1, parallel);
        Assert.Contains("__global__ void RyT_kernel", result.Text);
        Assert.Contains("void * RyT(float* P, float* Q, int start, int end)", result.Text);
    }

    [Fact]
    public void OpenMpParallelFor_IsTrustedAndTheDirectiveLeavesTheHostCode()
    {
        // The subscript a[idx[i]] is beyond the dependence test; the directive asserts the iterations are independent.
        var (result, parallel, _) = Translate("void scatter(float* a, int* idx, float* b, int n) {\n#pragma omp parallel for\nfor (int i = 0; i < n; i++) { a[idx[i]] = b[i]; }\n}");
        Assert.Equal(1, parallel);
        Assert.DoesNotContain("\n#pragma omp", result.Text);
        Assert.Contains("// #pragma omp parallel for: this loop is now a CUDA kernel", result.Text);
    }

    [Fact]
    public void WithoutTheDirective_TheSameLoopStaysOnHost()
    {
        var (_, parallel, _) = Translate("void scatter(float* a, int* idx, float* b, int n) {\nfor (int i = 0; i < n; i++) { a[idx[i]] = b[i]; }\n}");
        Assert.Equal(0, parallel);
    }

    [Fact]
    public void OpenMpReductionClause_BecomesAtomicAdd()
    {
        var (result, parallel, _) = Translate("float dot(float* x, float* y, int n) { float s = 0;\n#pragma omp parallel for reduction(+:s)\nfor (int i = 0; i < n; i++) { s += x[i] * y[i]; }\nreturn s; }");
        Assert.Equal(1, parallel);
        Assert.Contains("atomicAdd(s_acc", result.Text);
    }

    [Theory]
    [InlineData("#pragma omp parallel for lastprivate(t)")]   // a clause a kernel would not keep: analysed as usual
    [InlineData("#pragma omp parallel")]                      // a parallel region, not a work-sharing loop
    [InlineData("#pragma omp parallel for ordered")]
    public void OtherOpenMpDirectives_AreNotTrusted(string directive)
    {
        var (_, parallel, _) = Translate($"void f(float* a, int* idx, float* b, int n) {{\n{directive}\nfor (int i = 0; i < n; i++) {{ a[idx[i]] = b[i]; }}\n}}");
        Assert.Equal(0, parallel);
    }

    [Fact]
    public void OpenMpLoop_WritingASharedScalar_StaysOnHost()
    {
        var (_, parallel, _) = Translate("void f(float* a, int n) { float t = 0;\n#pragma omp parallel for\nfor (int i = 0; i < n; i++) { a[i] = t; t = a[i] * 2; }\n}");
        Assert.Equal(0, parallel);
    }

    [Fact]
    public void Printf_IsAllowedInKernelsWithAWarningAboutOrder()
    {
        var (result, parallel, _) = Translate("void check(unsigned int* a, unsigned int* b, int n) { for (int i = 0; i < n; i++) { if (a[i] != b[i]) { printf(\"%u != %u at %d\\n\", a[i], b[i], i); } } }");
        Assert.Equal(1, parallel);
        Assert.Contains(result.Warnings, w => w.Message.Contains("device printf", StringComparison.Ordinal) && w.Message.Contains("no fixed order", StringComparison.Ordinal));
    }

    [Fact]
    public void Fprintf_StillKeepsTheLoopOnHost()
    {
        var (_, parallel, _) = Translate("void check(int* a, int n) { for (int i = 0; i < n; i++) { fprintf(stderr, \"%d\", a[i]); } }");
        Assert.Equal(0, parallel);
    }

    [Fact]
    public void IntMaxByCondition_BecomesAtomicMax()
    {
        var (result, parallel, _) = Translate("void find_max(int* data, int N) { int i, m; m = data[0]; for (i = 0; i < N; i++) { if (data[i] > m) m = data[i]; } data[0] = m; }");
        Assert.Equal(1, parallel);
        Assert.Contains("atomicMax(m_acc, (int)(data[i]));", result.Text);
        Assert.Contains("cudaMemcpy(&m, d_m, sizeof(int), cudaMemcpyDeviceToHost);", result.Text);
    }

    [Fact]
    public void UnsignedMinByCall_BecomesAtomicMin()
    {
        var (result, parallel, _) = Translate("unsigned int low(unsigned int* a, int n) { unsigned int m = 4000000000u; for (int i = 0; i < n; i++) { m = min(m, a[i]); } return m; }");
        Assert.Equal(1, parallel);
        Assert.Contains("atomicMin(m_acc, (unsigned int)(a[i]))", result.Text);
    }

    [Fact]
    public void FloatMax_UsesTheCompareAndSwapHelper()
    {
        var (result, parallel, _) = Translate("float top(const float* a, int n) { float m = -1e30f; for (int i = 0; i < n; i++) { m = fmaxf(m, a[i]); } return m; }");
        Assert.Equal(1, parallel);
        Assert.Contains("__device__ void atomic_max_float(float* address, float value, bool replace_nan)", result.Text);
        Assert.Contains("atomic_max_float(m_acc, (float)(a[i]), true)", result.Text);
    }

    [Fact]
    public void ArgMax_PacksValueAndIndexIntoOneKey_AndKeepsTheLoopForHugeCounts()
    {
        // The position goes with the maximum: one 64-bit atomicMax keeps both (see CudaOnCpuTests for what it computes).
        var (result, parallel, _) = Translate("long pos(float* a, long n) { float m = -1; long p = -1; for (long i = 0; i < n; i++) { if (a[i] > m) { m = a[i]; p = i; } } return p; }");
        Assert.Equal(1, parallel);
        Assert.Contains("atomicMax(m_key, ((unsigned long long)(codeintel_order_float(v_)) << 32 | (0xFFFFFFFEull - (unsigned long long)(i - (0)))))", result.Text);
        Assert.Contains("if ((n) - (0) > 0xFFFFFFFEL) {", result.Text);
    }

    [Fact]
    public void MaxWhoseValueIsReadElsewhere_StaysOnHost()
    {
        var (_, parallel, _) = Translate("void run(int* a, int* out, int n) { int m = 0; for (int i = 0; i < n; i++) { if (a[i] > m) m = a[i]; out[i] = m; } }");
        Assert.Equal(0, parallel);
    }

    [Fact]
    public void TokenisedLine_EndcomEndsTheDirectiveAndLineMarkersGo()
    {
        var source = CodeRosettaText.ToSource("void f ( int * a , int n ) { int i ; #pragma omp parallel for ENDCOM for ( i = 0 ; i < n ; i ++ ) { # 16 \" / some / file . c \" a [ i ] = 0 ; } }");
        Assert.Contains("\n#pragma omp parallel for\n", source);
        Assert.DoesNotContain("ENDCOM", source);
        Assert.DoesNotContain("file", source);
        var (_, parallel, _) = Translate(source);
        Assert.Equal(1, parallel);
    }
}

public sealed class KernelBodyTests
{
    [Fact]
    public void ContinueOfTheLoop_BecomesReturn_ButAnInnerLoopKeepsItsOwn()
    {
        var (result, parallel, _) = new CppCudaTranslator().Translate(
            "void f(int* a, int* s, int n, int m) { for (int i = 0; i < n; i++) { if (s[i] < 0) continue; int t = 0; for (int j = 0; j < m; j++) { if (j == i) continue; t += j; } a[i] = t; } }");
        Assert.Equal(1, parallel);
        var kernel = result.Text[..result.Text.IndexOf("\n}\n", StringComparison.Ordinal)];
        Assert.Contains("if (s[i] < 0) return;", kernel);
        Assert.Contains("if (j == i) continue;", kernel);
    }
}

/// <summary>Locals computed by division: a repeated value is not owned by the iteration, unless quotient and remainder rebuild the index.</summary>
public sealed class DivisionLocalTests
{
    private static (TranslationResult Result, int Parallel, int Host) Translate(string cpp) => new CppCudaTranslator().Translate(cpp);

    [Theory]
    [InlineData("int f = i / (w * w); int r = (i / w) % w; int c = i % w;", "f * w * w + r * w + c")]
    [InlineData("int f = i / w / w; int r = (i / w) % w; int c = i % w;", "c + w * r + f * w * w")]
    public void DigitsOfTheIndexInOneRadix_RebuildTheIndex(string locals, string subscript)
    {
        var (_, parallel, _) = Translate($"void f(int* out, int w, int frames) {{ for (int i = 0; i < w * w * frames; i++) {{ {locals} out[{subscript}] = r; }} }}");
        Assert.Equal(1, parallel);
    }

    [Theory]
    [InlineData("int f = i / (w * w); int r = (i / w) % h; int c = i % w;", "f * w * w + r * w + c")]  // two radices
    [InlineData("int f = i / (w * w); int c = i % w;", "f * w * w + c")]  // a digit left out: w iterations share an element
    [InlineData("int f = i / (w * w); int r = (i / w) % w; int c = i % w;", "f * w * w + r * w + c * w")]  // a digit weighed wrong
    public void DigitsThatDoNotRebuildTheIndex_StayOnHost(string locals, string subscript)
    {
        var (_, parallel, _) = Translate($"void f(int* out, int w, int h, int frames) {{ for (int i = 0; i < w * w * frames; i++) {{ {locals} out[{subscript}] = c; }} }}");
        Assert.Equal(0, parallel);
    }

    [Fact]
    public void HalvedIndex_SharedByTwoIterations_StaysOnHost()
    {
        // i = 2k and i = 2k + 1 both write a[k].
        var (_, parallel, _) = Translate("void f(float* a, float* b, int n) { for (int i = 0; i < n; i++) { int r = i / 2; a[r] = b[i]; } }");
        Assert.Equal(0, parallel);
    }

    [Theory]
    [InlineData("int i = index / n; int j = index % n;")]
    [InlineData("int i = index / n; int j = index - i * n;")]
    public void QuotientTimesDivisorPlusRemainder_IsTheIndexAgain(string locals)
    {
        var (result, parallel, _) = Translate($"void sub(const double* mat, const double* vec, double* buf, int m, int n) {{ for (int index = 0; index < m * n; index++) {{ {locals} buf[i * n + j] = mat[i * n + j] - vec[j]; }} }}");
        Assert.Equal(1, parallel);
        Assert.Contains("const long buf_count = ((m * n) - 1) + 1;", result.Text);
    }

    [Fact]
    public void QuotientAndRemainderOfDifferentDivisors_StayOnHost()
    {
        var (_, parallel, _) = Translate("void f(double* buf, int m, int n) { for (int index = 0; index < m * n; index++) { int i = index / n; int j = index % m; buf[i * n + j] = 1.5; buf[index] = 2.5; } }");
        Assert.Equal(0, parallel);
    }

    [Fact]
    public void HistogramThroughALocal_IsAtomicAndTakesTheBucketCount()
    {
        var (result, parallel, _) = Translate("void histogram(int n, int* color, int* bucket) { for (int i = 0; i < n; i++) { int c = color[i]; bucket[c] += 1; } }");
        Assert.Equal(1, parallel);
        Assert.Contains("atomicAdd(&bucket[c], 1)", result.Text);
        Assert.Contains("long bucket_count", result.Text);
    }
}

public sealed class AffineLocalScopeTests
{
    [Fact]
    public void OuterVariableUsedAboveTheLocalOfTheSameName_IsNotSubstituted()
    {
        // The first d[k] is the parameter k (the same element for every i); only the second is the local 2 * i.
        var (_, parallel, _) = new CppCudaTranslator().Translate("void f(int* d, int k, int n) { for (int i = 0; i < n; i++) { d[k] = i; int k = 2 * i; d[k] = 1; } }");
        Assert.Equal(0, parallel);
    }
}

/// <summary>The generated max/min helpers and device printf pass the clang CUDA syntax check (the shared set has no float maximum).</summary>
public sealed class AtomicHelperSyntaxTests
{
    [SkippableFact]
    public async Task MaxMinAndArgMaxHelpersAndPrintf_PassTheCudaSyntaxCheck()
    {
        var root = SharedData.Root();
        var header = root is null ? null : Path.Combine(root, "..", "tools", "cuda_syntax.h");
        Skip.If(header is null || !File.Exists(header), "shared/tools/cuda_syntax.h is not on this machine");
        var tools = new CodeIntel.Translation.Verification.Toolchain(Environment.GetEnvironmentVariable("PATH"));
        var missing = CodeIntel.Translation.Verification.Toolchain.Missing(("clang-14", tools.Clang));
        Skip.If(missing is not null, missing);
        var cpp = "float top(const float* a, int n) { float m = -1e30f; for (int i = 0; i < n; i++) { m = fmaxf(m, a[i]); } return m; }\n" +
                  "double lo(const double* a, int n) { double m = 1e300; for (int i = 0; i < n; i++) { if (a[i] < m) m = a[i]; } return m; }\n" +
                  "int hi(const int* a, int n) { int m = 0; for (int i = 0; i < n; i++) { if (a[i] > m) m = a[i]; } return m; }\n" +
                  "void show(const int* a, int n) { for (int i = 0; i < n; i++) { printf(\"%d\\n\", a[i]); } }\n" +
                  "long at(const float* a, long n) { float m = 0; long p = -1; for (long i = 0; i < n; i++) { if (a[i] > m) { m = a[i]; p = i; } } return p; }\n" +
                  "int low(const int* a, int n) { int m = 0; int p = -1; for (int i = 0; i < n; i++) { if (a[i] <= m) { m = a[i]; p = i; } } return p; }\n";
        var (result, parallel, _) = new CppCudaTranslator().Translate(cpp);
        Assert.Equal(6, parallel);
        using var dir = new TempDirectory();
        var cu = Path.Combine(dir.Root, "helpers.cu");
        await File.WriteAllTextAsync(cu, result.Text);
        var check = await new CodeIntel.Translation.Verification.CudaSyntaxChecker(tools, header!).CheckAsync(cu);
        Assert.True(check.Succeeded, check.Stderr);
    }
}
