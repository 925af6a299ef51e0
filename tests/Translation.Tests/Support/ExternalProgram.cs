using System.Diagnostics;

namespace CodeIntel.Translation.Tests.Support;

/// <summary>Runs python3, g++, javac and java for tests that check what translated code does; tests skip where a tool is missing.</summary>
internal static class ExternalProgram
{
    /// <summary>Whether <paramref name="tool"/> is on PATH.</summary>
    public static bool Exists(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, tool)));

    public static (int ExitCode, string Stdout, string Stderr) Run(string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} ran past two minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs Python source and returns its stdout; fails the test with stderr when it raises.</summary>
    public static string Python(string code)
    {
        using var folder = new TempDirectory();
        var path = folder.WriteFile("program.py", code);
        var (exit, stdout, stderr) = Run("python3", folder.Root, path);
        Assert.True(exit == 0, $"python3 failed:\n{stderr}\n--- program:\n{code}");
        return stdout;
    }
}
