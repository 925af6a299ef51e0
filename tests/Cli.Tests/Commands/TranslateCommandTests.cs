using System.CommandLine;
using System.Text.Json;
using CodeIntel.Cli.Commands;

namespace CodeIntel.Cli.Tests.Commands;

public sealed class TranslateCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private static async Task<CliRun> RunAsync(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var root = new RootCommand("test") { TranslateCommand.Create(input, stdout, stderr) };
        var code = await CommandRunner.RunAsync(root, args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Translate_JavaFile_PrintsPythonOnStdout()
    {
        var path = _folder.WriteFile("Max.java", "class Max {\n  static int max(int a, int b) { return a > b ? a : b; }\n}\n");

        var run = await RunAsync(string.Empty, "translate", path, "--to", "python");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("def max_(a, b):\n    return a if a > b else b\n", run.Stdout);
    }

    [Fact]
    public async Task Translate_StdinWithoutLanguage_DetectsItAndReportsJson()
    {
        var run = await RunAsync("#include <iostream>\nint half(int n) {\n    std::cout << n;\n    return n / 2;\n}\n", "translate", "-", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("cpp", json.RootElement.GetProperty("sourceLanguage").GetString());
        Assert.Equal("cpp", json.RootElement.GetProperty("detection").GetProperty("language").GetString());
        Assert.Equal("ast-cpp-python", json.RootElement.GetProperty("translator").GetString());
        Assert.Contains("trunc_div(n, 2)", json.RootElement.GetProperty("text").GetString());
        Assert.Contains("note: detected C++", run.Stderr);
    }

    [Fact]
    public async Task Translate_UntranslatableConstruct_WarnsWithFileAndLine()
    {
        var path = _folder.WriteFile("jump.cpp", "int f(int n) {\n  if (n) goto end;\n  n++;\nend:\n  return n;\n}\n");

        var run = await RunAsync(string.Empty, "translate", path, "--from", "cpp");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("# UNTRANSLATED:", run.Stdout);
        Assert.Matches(@"jump\.cpp:\d+:\d+: warning: ", run.Stderr);
    }

    [Fact]
    public async Task Translate_MissingFileOrUnknownLanguage_FailsWithAClearMessage()
    {
        var missing = await RunAsync(string.Empty, "translate", _folder.PathOf("nope.java"));
        var unknown = await RunAsync(string.Empty, "translate", "-", "--from", "cobol");
        var unavailable = await RunAsync("<?php echo 1;", "translate", "-", "--from", "php", "--to", "java");

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no such file", missing.Stderr);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown source language 'cobol'", unknown.Stderr);
        Assert.Equal(1, unavailable.ExitCode);
        Assert.Contains("PHP to Java is not available", unavailable.Stderr);
    }

    [Fact]
    public async Task Translate_FortranWithGoto_WritesCppAndWarnsWithFileAndLine()
    {
        var path = _folder.WriteFile("p.f90", "program p\n  integer :: i\n  i = 1\n  go to 10\n10 print *, i\nend program\n");

        var run = await RunAsync(string.Empty, "translate", path, "--to", "cpp");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("int main()", run.Stdout);
        Assert.Contains("ftn::print(i);", run.Stdout);
        Assert.Contains("p.f90:4:", run.Stderr);
        Assert.Contains("warning:", run.Stderr);
    }

    [Fact]
    public async Task Translate_CppLoopToCuda_WritesKernelToOutFile()
    {
        var path = _folder.WriteFile("k.cpp", "void add(float* a, const float* b, int n) { for (int i = 0; i < n; i++) a[i] += b[i]; }\n");
        var outFile = _folder.PathOf("k.cu");

        var run = await RunAsync(string.Empty, "translate", path, "--to", "cuda", "--out", outFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("ast-cpp-cuda", run.Stderr);
        Assert.Contains("__global__ void add_kernel", await File.ReadAllTextAsync(outFile));
    }

    [Fact]
    public async Task Translate_NeuralEngineWithoutModel_IsAUsageErrorNamingTheOption()
    {
        var path = _folder.WriteFile("A.java", "class A { int f() { return 1; } }\n");

        var run = await RunAsync(string.Empty, "translate", path, "--to", "csharp", "--engine", "neural");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--model", run.Stderr);
    }

    [SkippableFact]
    public async Task Translate_NeuralEngineWithTheProjectsModel_TranslatesJavaToCSharpThroughTheModel()
    {
        var model = TrainedModels.NeuralTranslation();
        Skip.If(model is null, TrainedModels.NeuralTranslationMissing);
        var path = _folder.WriteFile("A.java", "public int getCount() { return count; }\n");

        var run = await RunAsync(string.Empty, "translate", path, "--to", "csharp", "--engine", "neural", "--model", model!, "--beam", "2", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("neural", json.RootElement.GetProperty("translator").GetString());
        Assert.Equal("csharp", json.RootElement.GetProperty("target").GetString());
    }

    [SkippableFact]
    public async Task Translate_NeuralEngineForAPairTheModelLacks_SaysItIsNotAvailable()
    {
        var model = TrainedModels.NeuralTranslation();
        Skip.If(model is null, TrainedModels.NeuralTranslationMissing);
        var path = _folder.WriteFile("a.cpp", "int f() { return 1; }\n");

        var run = await RunAsync(string.Empty, "translate", path, "--to", "python", "--engine", "neural", "--model", model!);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not available", run.Stderr);
    }
}
