namespace CodeIntel.Translation.Tests.Support;

/// <summary>
/// Runs C++ or Java source the way its own toolchain does, for tests that compare a translation's output with
/// the source's. Skips the test (with the reason) where g++, javac, java or python3 is not installed.
/// </summary>
internal static class CompiledSource
{
    /// <summary>Compiles <paramref name="source"/> with g++ and returns what the program prints.</summary>
    public static string RunCpp(string source)
    {
        RequireTools("g++");
        using var folder = new TempDirectory();
        var file = folder.WriteFile("main.cpp", source);
        var compile = ExternalProgram.Run("g++", folder.Root, "-std=c++17", "-O1", "-o", folder.PathOf("main"), file);
        Assert.True(compile.ExitCode == 0, compile.Stderr);
        var run = ExternalProgram.Run(folder.PathOf("main"), folder.Root);
        Assert.True(run.ExitCode == 0, $"the compiled C++ failed: {run.Stderr}");
        return run.Stdout;
    }

    /// <summary>Compiles <paramref name="source"/> (one public class Main) with javac and returns what <c>java Main</c> prints.</summary>
    public static string RunJava(string source)
    {
        RequireTools("javac", "java");
        using var folder = new TempDirectory();
        var file = folder.WriteFile("Main.java", source);
        var compile = ExternalProgram.Run("javac", folder.Root, "-d", folder.Root, file);
        Assert.True(compile.ExitCode == 0, compile.Stderr);
        var run = ExternalProgram.Run("java", folder.Root, "-cp", folder.Root, "Main");
        Assert.True(run.ExitCode == 0, $"the compiled Java failed: {run.Stderr}");
        return run.Stdout;
    }

    private static void RequireTools(params string[] tools)
    {
        foreach (var tool in tools.Append("python3"))
        {
            Skip.IfNot(ExternalProgram.Exists(tool), $"{tool} is not installed");
        }
    }
}
