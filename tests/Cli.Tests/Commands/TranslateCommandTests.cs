using System.CommandLine;
using CodeIntel.Cli.Commands;

namespace CodeIntel.Cli.Tests.Commands;

public sealed class TranslateCommandTests
{
    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var root = new RootCommand("test") { TranslateCommand.Create(stdout, stderr) };
        var code = await CommandRunner.RunAsync(root, args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Translate_FortranWithGoto_WritesCppAndWarnsWithFileAndLine()
    {
        using var dir = new TempDirectory();
        var path = dir.WriteFile("p.f90", "program p\n  integer :: i\n  i = 1\n  go to 10\n10 print *, i\nend program\n");
        var (code, stdout, stderr) = await RunAsync("translate", path, "--to", "cpp");
        Assert.Equal(0, code);
        Assert.Contains("int main()", stdout);
        Assert.Contains("ftn::print(i);", stdout);
        Assert.Contains("p.f90:4: warning:", stderr);
    }

    [Fact]
    public async Task Translate_CppLoopToCuda_WritesKernelToOutFile()
    {
        using var dir = new TempDirectory();
        var path = dir.WriteFile("k.cpp", "void add(float* a, const float* b, int n) { for (int i = 0; i < n; i++) a[i] += b[i]; }\n");
        var outFile = dir.PathOf("k.cu");
        var (code, _, stderr) = await RunAsync("translate", path, "--to", "cuda", "--out", outFile);
        Assert.Equal(0, code);
        Assert.Contains("ast-cpp-cuda", stderr);
        Assert.Contains("__global__ void add_kernel", await File.ReadAllTextAsync(outFile));
    }

    [Fact]
    public async Task Translate_MissingFile_FailsNamingIt()
    {
        var (code, _, stderr) = await RunAsync("translate", "no-such-file.f90", "--to", "cpp");
        Assert.Equal(1, code);
        Assert.Contains("no-such-file.f90", stderr);
    }

    [Fact]
    public async Task Translate_UnknownTarget_IsAUsageError()
    {
        using var dir = new TempDirectory();
        var path = dir.WriteFile("p.f90", "program p\nend program\n");
        var (code, _, stderr) = await RunAsync("translate", path, "--to", "cobol");
        Assert.Equal(2, code);
        Assert.Contains("unknown target", stderr);
    }
}
