using System.Text.RegularExpressions;
using CodeIntel.Translation.Experts.CppCuda;
using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.CppCuda;

/// <summary>
/// The generated CUDA, run on the CPU with its threads in reverse order (see <see cref="CudaOnCpu"/>), leaves the same
/// memory as the C++ loop it came from: for kernels whose threads race for one element (the last index that stores,
/// a histogram, a sum), for matrices with rows of a fixed length or a pointer per row, for a flip in place, and for one whose
/// threads do not.
/// </summary>
public sealed partial class CudaOnCpuTests
{
    [SkippableTheory]
    [InlineData("last index stored into one element",
        "void find(int key, int* keys, int* pos, int size) { for (int t = 0; t < size; t++) { if (keys[t] == key) { pos[0] = t; } } }",
        "int keys[9] = {4, 7, 4, 1, 4, 9, 2, 4, 3}; int pos[1] = {-5}; find(4, keys, pos, 9); printf(\"%d\\n\", pos[0]);" +
        "int none[1] = {42}; find(8, keys, none, 9); printf(\"%d\\n\", none[0]);")]
    [InlineData("last index through a pointer",
        "void range(int key, int* bounds, int* pos, int size) { for (int t = 0; t < size; t++) { if (key >= bounds[t] && key < bounds[t + 1]) { *pos = t; } } }",
        "int bounds[6] = {0, 5, 5, 9, 12, 20}; int pos = -1; range(5, bounds, &pos, 5); printf(\"%d\\n\", pos);")]
    [InlineData("last index scattered through another array",
        "void fill_idx(int N, int* in, int* out) { int idx; for (idx = 0; idx + 1 < N; idx++) { if (in[idx] + 1 == in[idx + 1]) out[in[idx]] = idx; } }",
        "int in[8] = {0, 1, 0, 1, 3, 4, 3, 4}; int out[8] = {9, 9, 9, 9, 9, 9, 9, 9}; fill_idx(8, in, out/*count:8*/);" +
        "for (int k = 0; k < 8; k++) printf(\"%d \", out[k]); printf(\"\\n\");")]
    [InlineData("histogram",
        "void histo(const int* vals, int* bins, int n) { for (int i = 0; i < n; i++) bins[vals[i]] += 1; }",
        "int vals[10] = {1, 3, 3, 0, 1, 3, 2, 2, 3, 1}; int bins[4] = {0, 0, 0, 0}; histo(vals, bins, 10/*count:4*/);" +
        "for (int k = 0; k < 4; k++) printf(\"%d \", bins[k]); printf(\"\\n\");")]
    [InlineData("arg-max, strict: the first index of the largest",
        "long argmax(const float* v, int n, float* best) { float m = -1; long p = -1; for (int i = 0; i < n; i++) { if (v[i] > m) { m = v[i]; p = i; } } *best = m; return p; }",
        "float v[7] = {-3, 5.5f, 2, 5.5f, -0.5f, 5.5f, 1}; float best = 0; long p = argmax(v, 7, &best); printf(\"%ld %g\\n\", p, best);" +
        "float low[3] = {-4, -2, -9}; p = argmax(low, 3, &best); printf(\"%ld %g\\n\", p, best);")]
    [InlineData("arg-min, not strict, mirrored: the last index of the smallest",
        "int argmin(const int* v, int n) { int m = 1000; int p = -7; for (int i = 0; i < n; i++) { if (m >= v[i]) { p = i; m = v[i]; } } return p * 10000 + m; }",
        "int v[8] = {4, -2, 7, -2, 9, -2, 3, 5}; printf(\"%d\\n\", argmin(v, 8)); int big[2] = {2000, 3000}; printf(\"%d\\n\", argmin(big, 2));")]
    [InlineData("index rebuilt from its digits",
        "void tile(int w, int frames, int* out) { for (int i = 0; i < w * w * frames; i++) { int f = i / (w * w); int r = (i / w) % w; int c = i % w; out[f * w * w + r * w + c] = f * 100 + r * 10 + c; } }",
        "int out[18]; tile(3, 2, out); for (int k = 0; k < 18; k++) printf(\"%d \", out[k]); printf(\"\\n\");")]
    [InlineData("rows of a fixed length, transposed",
        "void transpose(int A[][5], int T[][5], int n) { for (int i = 0; i < n; i++) { for (int j = 0; j < n; j++) { T[i][j] = A[j][i] * 10 + i; } } }",
        "int A[5][5]; int T[5][5]; for (int r = 0; r < 5; r++) for (int c = 0; c < 5; c++) { A[r][c] = r * 5 + c; T[r][c] = -1; } transpose(A, T, 4);" +
        "for (int r = 0; r < 5; r++) for (int c = 0; c < 5; c++) printf(\"%d \", T[r][c]); printf(\"\\n\");")]
    [InlineData("a pointer per row, each thread a column",
        "void seqTrans(float** in, float** out, int xs, int ys) { for (int y = 0; y < ys; y++) { for (int x = 0; x < xs; x++) { out[x][y] = in[y][x] + y; } } }",
        "float a[3][4], b[4][3]; float* in[3]; float* out[4]; for (int r = 0; r < 3; r++) { in[r] = a[r]; for (int c = 0; c < 4; c++) a[r][c] = r * 4 + c; }" +
        "for (int r = 0; r < 4; r++) { out[r] = b[r]; for (int c = 0; c < 3; c++) b[r][c] = -1; } seqTrans(in, out, 4, 3);" +
        "for (int r = 0; r < 4; r++) for (int c = 0; c < 3; c++) printf(\"%g \", b[r][c]); printf(\"\\n\");")]
    [InlineData("a vertical flip in place, odd and even row counts",
        "void flip(float* m, int h, int w) { for (int i = 0; i < h * w / 2; i++) { int j = (h - 1 - i / w) * w + i % w; float t = m[i]; m[i] = m[j]; m[j] = t; } }",
        "float m[15]; for (int k = 0; k < 15; k++) m[k] = k; flip(m, 5, 3/*count:15*/); for (int k = 0; k < 15; k++) printf(\"%g \", m[k]);" +
        "flip(m, 3, 4/*count:12*/); flip(m, 4, 3/*count:12*/); for (int k = 0; k < 15; k++) printf(\"%g \", m[k]); printf(\"\\n\");")]
    [InlineData("every depth plane of a block, and its first plane again",
        "void planes(const float* a, float* out, int n, int depth) { for (int i = 0; i < n; i++) { for (int j = 0; j < n; j++) { float s = 0; for (int d = 0; d < depth; d++) { s += a[d * n * n + i * n + j]; out[d * n * n + i * n + j] = s; } out[i * n + j] = s * 2; } } }",
        "float a[27], out[27]; for (int k = 0; k < 27; k++) { a[k] = k % 7; out[k] = -1; } planes(a, out, 3, 3/*count:27, 27*/);" +
        "for (int k = 0; k < 27; k++) printf(\"%g \", out[k]); printf(\"\\n\");")]
    [InlineData("a filter in place over each image, neighbours read where the guards allow",
        "void smooth(float* img, int images, int h, int w) { for (int k = 0; k < images; k++) { int base = k * h * w; for (int r = 0; r < h; r++) { for (int c = 0; c < w; c++) { float t = img[base + r * w + c]; int rr = r - 1; int cc = c; if (rr >= 0) t += img[base + rr * w + cc] * 0.5f; cc = c - 1; if (cc >= 0 && rr >= 0) t += img[base + rr * w + cc] * 0.25f; else t += 1; img[base + r * w + c] = t; } } } }",
        "float img[36]; for (int k = 0; k < 36; k++) img[k] = k % 5; smooth(img, 3, 3, 4/*count:36*/); for (int k = 0; k < 36; k++) printf(\"%g \", img[k]); printf(\"\\n\");")]
    [InlineData("the same filter counting down, the right neighbour read where it exists",
        "void smooth(float* img, int images, int h, int w) { for (int k = 0; k < images; k++) { for (int c = w - 1; c >= 0; c--) { for (int r = h - 1; r >= 0; r--) { float t = img[k * h * w + r * w + c]; int cc = c + 1; if (cc < w) t += img[k * h * w + r * w + cc] * 0.5f; img[k * h * w + r * w + c] = t; } } } }",
        "float img[24]; for (int k = 0; k < 24; k++) img[k] = k % 3; smooth(img, 2, 3, 4/*count:24*/); for (int k = 0; k < 24; k++) printf(\"%g \", img[k]); printf(\"\\n\");")]
    [InlineData("a heap block of the function's own, each thread a batch, copied back over the input after the loop",
        "#include <cstdlib>\n#include <cstring>\nvoid regroup(float* x, int size, int layers, int batch) { float* swap = (float*) calloc(size * layers * batch, sizeof(float)); for (int b = 0; b < batch; b++) { for (int c = 0; c < layers; c++) { for (int i = 0; i < size; i++) { int i1 = b * layers * size + c * size + i; int i2 = b * layers * size + i * layers + c; if (i != 1) swap[i2] = x[i1] * 2; } } } memcpy(x, swap, size * layers * batch * sizeof(float)); free(swap); }",
        "float x[24]; for (int k = 0; k < 24; k++) x[k] = k; regroup(x, 4, 3, 2/*count:24*/); for (int k = 0; k < 24; k++) printf(\"%g \", x[k]); printf(\"\\n\");")]
    [InlineData("rows a pitch apart, each thread a column; a pitch shorter than a row runs on the host",
        "void split(float* xs, float* ys, const char* in, int pitch_out, int pitch_in, int w, int h) { for (int x = 0; x < w; x++) { for (int y = 0; y < h; y++) { const float* p = (const float*)(in + y * pitch_in) + 2 * x; *((float*)((char*)xs + y * pitch_out) + x) = p[0]; *((float*)((char*)ys + y * pitch_out) + x) = p[1] * 2; } } }",
        "float in[16]; for (int k = 0; k < 16; k++) in[k] = k; float xs[8], ys[8]; for (int k = 0; k < 8; k++) { xs[k] = -1; ys[k] = -1; }" +
        "split(xs, ys, (const char*) in, 16, 32, 3, 2/*count:64, 8, 8*/); split(xs, ys, (const char*) in, 8, 32, 3, 2/*count:64, 8, 8*/);" +
        "for (int k = 0; k < 8; k++) printf(\"%g %g \", xs[k], ys[k]); printf(\"\\n\");")]
    [InlineData("scalars set once a condition of the index has held (latches), one under an else",
        "int stamp(const int* v, float* out, int n, int key) { int seen = -1; float scale = 1; for (int i = 0; i < n; i++) { if (v[i] == key) { seen = 7; } else if (i % 3 == 2) { scale = 0.5f; } out[i] = v[i] * scale + seen; } return seen * 100 + (int)(scale * 10); }",
        "int v[8] = {3, 5, 3, 9, 5, 1, 5, 2}; float out[8]; int r = stamp(v, out, 8, 5); for (int k = 0; k < 8; k++) printf(\"%g \", out[k]); printf(\"%d\\n\", r);" +
        "r = stamp(v, out, 2, 4); for (int k = 0; k < 2; k++) printf(\"%g \", out[k]); printf(\"%d\\n\", r);")]
    [InlineData("rows reached through pointers the body sets a pitch apart",
        "void lift(int nx, int ny, float* w, int w_pitch, const float* h, int h_pitch) { for (int x = 0; x < nx; x++) { for (int y = 0; y < ny; y++) { const float* h_row = (const float*)((const char*)h + h_pitch * y); float* w_row = (float*)((char*)w + w_pitch * y); w_row[x] = h_row[x] + y; } } }",
        "float h[12]; for (int k = 0; k < 12; k++) h[k] = k; float w[12]; for (int k = 0; k < 12; k++) w[k] = -1;" +
        "lift(3, 3, w, 16, h, 16/*count:12, 12*/); lift(3, 3, w, 8, h, 16/*count:12, 12*/); for (int k = 0; k < 12; k++) printf(\"%g \", w[k]); printf(\"\\n\");")]
    [InlineData("element-wise, no race",
        "void axpy(float a, const float* x, float* y, int n) { for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i]; }",
        "float x[5] = {1, 2, 3, 4, 5}; float y[5] = {1, 1, 1, 1, 1}; axpy(2, x, y, 5); for (int k = 0; k < 5; k++) printf(\"%g \", y[k]); printf(\"\\n\");")]
    public void KernelWithThreadsInReverseOrder_LeavesWhatTheLoopLeaves(string what, string function, string driver)
    {
        Skip.IfNot(ExternalProgram.Exists("g++"), "g++ is not installed");
        var (result, parallel, _) = new CppCudaTranslator().Translate(function);
        Assert.True(parallel == 1, $"{what}: no kernel:\n{result.Text}");

        var original = CudaOnCpu.Run($"#include <cstdio>\n{function}\nint main() {{ {CountArgument().Replace(driver, "")} return 0; }}\n");
        var translated = CudaOnCpu.Run($"{CudaOnCpu.Emulated(result.Text)}\nint main() {{ {CountArgument().Replace(driver, ", $1")} return 0; }}\n");

        Assert.False(string.IsNullOrWhiteSpace(original));
        Assert.Equal(original, translated);
    }

    [SkippableFact]
    public void Emulator_CatchesAPlainStoreThatRaces()
    {
        // What the last-index rule replaces: a plain store, run in reverse order, keeps the first index instead.
        Skip.IfNot(ExternalProgram.Exists("g++"), "g++ is not installed");
        const string racy = """
            __global__ void find_kernel(int key, int* keys, int* pos, int size) {
              int t = blockIdx.x * blockDim.x + threadIdx.x;
              if (t < size && keys[t] == key) { pos[0] = t; }
            }
            void find(int key, int* keys, int* pos, int size) { find_kernel<<<(size + 255) / 256, 256>>>(key, keys, pos, size); }
            """;

        var printed = CudaOnCpu.Run($"{CudaOnCpu.Emulated(racy)}\nint main() {{ int keys[5] = {{4, 7, 4, 1, 4}}; int pos[1] = {{-1}}; find(4, keys, pos, 5); printf(\"%d\\n\", pos[0]); return 0; }}\n");

        Assert.Equal("0\n", printed);
    }

    /// <summary>Where the translation adds an element-count parameter (an array indexed through another), the driver
    /// passes it: <c>/*count:N*/</c> is dropped for the C++ and becomes <c>, N</c> for the translation.</summary>
    [GeneratedRegex(@"/\*count:([0-9, ]+)\*/")]
    private static partial Regex CountArgument();
}
