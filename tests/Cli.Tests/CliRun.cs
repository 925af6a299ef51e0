using System.CommandLine;
using CodeIntel.Cli.Commands;

namespace CodeIntel.Cli.Tests;

/// <summary>Runs <c>codeintel</c> in-process with captured output, the way the composition root wires it.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static async Task<CliRun> InvokeAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var root = new RootCommand("test") { ChunksCommand.Create(stdout, stderr), BenchCommand.Create(stdout, stderr), SearchCommand.Create(stdout, stderr), IndexCommand.Create(stdout, stderr), EvalCommand.Create(stdout, stderr), AnalyzeCommand.Create(stdout, stderr) };
        var code = await CommandRunner.RunAsync(root, args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
