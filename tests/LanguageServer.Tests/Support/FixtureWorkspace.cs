namespace CodeIntel.LanguageServer.Tests.Support;

/// <summary>
/// The small workspace the extension's end-to-end test opens (vscode-extension/e2e/workspace, copied beside the
/// tests by the project file): one function per language the product translates from, each easy to find by meaning.
/// </summary>
internal static class FixtureWorkspace
{
    private static string Source => Path.Combine(AppContext.BaseDirectory, "fixture-workspace");

    public static void WriteTo(TempDirectory folder)
    {
        foreach (var file in Directory.EnumerateFiles(Source, "*", SearchOption.AllDirectories))
        {
            folder.WriteFile(Path.GetRelativePath(Source, file), File.ReadAllText(file));
        }
    }
}
