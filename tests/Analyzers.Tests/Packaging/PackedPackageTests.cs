namespace CodeIntel.Analyzers.Tests.Packaging;

/// <summary>
/// The package as users get it: `dotnet pack` the analyzers, add the .nupkg to a fresh project from a local feed
/// and `dotnet build` it. Proves the dll sits under analyzers/dotnet/cs, loads in the SDK's compiler, and that
/// .editorconfig severities apply.
/// </summary>
public sealed class PackedPackageTests
{
    private const string Orders = """
        namespace Sample;

        public class Orders
        {
            public int Sum(int[] values, int limit)
            {
                int total = 0;
                for (int i = 0; i < values.Length; i++)
                {
                    if (values[i] > limit) { total += values[i] * 2; }
                    else { total -= values[i]; }
                }
                var message = "total " + total;
                System.Console.WriteLine(message);
                return total > 100 ? total : -total;
            }

            /// <summary>Copies a prefix.</summary>
            /// <param name="count">How many.</param>
            public void Copy(int length) { }
        }
        """;

    private const string Invoices = """
        namespace Sample;

        public class Invoices
        {
            public int Total(int[] items, int max)
            {
                int sum = 0;
                for (int k = 0; k < items.Length; k++)
                {
                    if (items[k] > max) { sum += items[k] * 2; }
                    else { sum -= items[k]; }
                }
                var text = "sum " + sum;
                System.Console.WriteLine(text);
                return sum > 100 ? sum : -sum;
            }
        }
        """;

    [Fact]
    public async Task PackedAnalyzers_SampleProjectBuild_ReportsTheRulesAndHonoursEditorConfig()
    {
        using var temp = new TempDirectory();
        var packages = temp.PathOf("packages");
        var feed = temp.PathOf("feed");
        var pack = await DotnetProcess.RunAsync(DotnetProcess.RepositoryRoot(), null,
            "pack", "src/Analyzers/Analyzers.csproj", "-c", "Release", "-o", feed);
        Assert.True(pack.ExitCode == 0, pack.Output);
        var nupkg = Assert.Single(Directory.GetFiles(feed, "CodeIntel.Analyzers.*.nupkg"));
        using (var archive = System.IO.Compression.ZipFile.OpenRead(nupkg))
        {
            Assert.Contains(archive.Entries, e => e.FullName == "analyzers/dotnet/cs/CodeIntel.Analyzers.dll");
            Assert.DoesNotContain(archive.Entries, e => e.FullName.StartsWith("lib/", StringComparison.Ordinal));
        }

        temp.WriteFile("sample/NuGet.config", $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        temp.WriteFile("sample/Sample.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CodeIntel.Analyzers" Version="0.1.0" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        temp.WriteFile("sample/Orders.cs", Orders);
        temp.WriteFile("sample/Invoices.cs", Invoices);
        var sample = temp.PathOf("sample");

        var build = await DotnetProcess.RunAsync(sample, packages, "build", "-nologo", "--disable-build-servers");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("warning CI0001", build.Output, StringComparison.Ordinal);
        Assert.Contains("'Orders.Sum' duplicates 'Invoices.Total'", build.Output, StringComparison.Ordinal);
        Assert.Contains("warning CI0003", build.Output, StringComparison.Ordinal);

        // A team gates on clones by raising the rule to an error in .editorconfig: the build then fails.
        temp.WriteFile("sample/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.CI0001.severity = error\n");
        var gated = await DotnetProcess.RunAsync(sample, packages, "build", "-nologo", "--disable-build-servers", "--no-incremental");
        Assert.True(gated.ExitCode != 0, gated.Output);
        Assert.Contains("error CI0001", gated.Output, StringComparison.Ordinal);
    }
}
