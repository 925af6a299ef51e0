using System.Text.RegularExpressions;
using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.CppCuda;

/// <summary>
/// Runs generated CUDA on the CPU with g++, for tests on machines without a GPU: a small header stands in for the
/// runtime (device memory is host memory, atomics are plain updates) and every <c>kernel&lt;&lt;&lt;grid, block&gt;&gt;&gt;(...)</c>
/// launch becomes a loop over the threads in reverse order, the order a sequential loop is least like. A kernel whose
/// result depends on the order its threads run in (a race the translation should have made atomic) then disagrees
/// with the C++ loop it came from.
/// </summary>
internal static partial class CudaOnCpu
{
    private const string Runtime = """
        #include <cstdio>
        #include <cstdlib>
        #include <cstring>
        #include <algorithm>
        struct codeintel_dim3 { unsigned x = 0, y = 0, z = 0; };
        static codeintel_dim3 blockIdx, threadIdx, blockDim, gridDim;
        #define __global__
        #define __host__
        #define __device__
        enum cudaMemcpyKind { cudaMemcpyHostToDevice, cudaMemcpyDeviceToHost, cudaMemcpyDeviceToDevice };
        template <class T> int cudaMalloc(T** p, size_t n) { *p = (T*)std::calloc(n ? n : 1, 1); return 0; }
        int cudaMemcpy(void* d, const void* s, size_t n, cudaMemcpyKind) { std::memcpy(d, s, n); return 0; }
        int cudaFree(void* p) { std::free(p); return 0; }
        int cudaDeviceSynchronize() { return 0; }
        template <class T, class U> T atomicAdd(T* a, U v) { T old = *a; *a = old + (T)v; return old; }
        template <class T, class U> T atomicMax(T* a, U v) { T old = *a; if ((T)v > old) *a = (T)v; return old; }
        template <class T, class U> T atomicMin(T* a, U v) { T old = *a; if ((T)v < old) *a = (T)v; return old; }

        """;

    /// <summary>The translated file with the stand-in runtime in front and its launches rewritten as thread loops.</summary>
    public static string Emulated(string cuda) =>
        Runtime + Launch().Replace(cuda, m =>
            $"for (long b_ = ({m.Groups["grid"].Value}) - 1; b_ >= 0; b_--) for (long t_ = ({m.Groups["block"].Value}) - 1; t_ >= 0; t_--) {{ " +
            $"gridDim.x = ({m.Groups["grid"].Value}); blockDim.x = ({m.Groups["block"].Value}); blockIdx.x = b_; threadIdx.x = t_; {m.Groups["kernel"].Value}({m.Groups["args"].Value}); }}");

    /// <summary>Compiles <paramref name="program"/> (C++ with a main) with g++ and returns what it prints.</summary>
    public static string Run(string program)
    {
        using var folder = new TempDirectory();
        var source = folder.WriteFile("program.cpp", program);
        var binary = Path.Combine(folder.Root, "program");
        var (built, _, errors) = ExternalProgram.Run("g++", folder.Root, "-std=c++17", "-O0", "-w", "-o", binary, source);
        Assert.True(built == 0, $"g++ failed:\n{errors}\n--- program:\n{program}");
        var (exit, stdout, stderr) = ExternalProgram.Run(binary, folder.Root);
        Assert.True(exit == 0, $"the program failed ({exit}):\n{stderr}");
        return stdout;
    }

    [GeneratedRegex(@"(?<kernel>\w+)<<<(?<grid>.+?), (?<block>\d+)>>>\((?<args>.*)\);")]
    private static partial Regex Launch();
}
