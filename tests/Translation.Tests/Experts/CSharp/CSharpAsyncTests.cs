using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>async/await as asyncio: run both ways against the compiled C#; an async call kept for later is reported.</summary>
public sealed class CSharpAsyncTests
{
    [SkippableFact]
    public void AsyncMain_AwaitsDelaysAndWhenAll_InTheOrderCSharpPrints()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        const string program = """
            using System.Threading.Tasks;
            class P {
                static async Task<int> Fetch(string name, int ms) {
                    Console.WriteLine("start " + name);
                    await Task.Delay(ms).ConfigureAwait(false);
                    Console.WriteLine("done " + name);
                    return name.Length;
                }
                static Task<int> Ready() => Task.FromResult(7);
                static async Task Main() {
                    int a = await Fetch("alpha", 10);
                    Console.WriteLine("a=" + a);
                    var all = await Task.WhenAll(Fetch("slow", 300), Fetch("ok", 10));
                    Console.WriteLine(string.Join(",", all) + " " + await Ready());
                    var names = new[] { "x", "yy" };
                    var lengths = await Task.WhenAll(names.Select(n => Fetch(n, 150 * n.Length)));
                    Console.WriteLine(lengths.Sum());
                }
            }
            """;

        var result = CSharpTranslate.Run(program);
        var printed = CSharpTranslate.RunPython(program);

        Assert.Equal(CSharpProgramRunner.Run(program), printed);
        Assert.Equal("start alpha\ndone alpha\na=5\nstart slow\nstart ok\ndone ok\ndone slow\n4,2 7\nstart x\nstart yy\ndone x\ndone yy\n3\n", printed);
        Assert.Contains("async def Fetch(name, ms):", result.Text, StringComparison.Ordinal);
        Assert.Contains("asyncio.run(Main())", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AsyncCallKeptForLater_IsReportedNotStartedLate()
    {
        var result = CSharpTranslate.Run("""
            using System.Threading.Tasks;
            class P {
                static async Task Work() { Console.WriteLine("working"); await Task.Delay(1); }
                static async Task Main() { var pending = Work(); Console.WriteLine("after call"); await pending; }
            }
            """);

        Assert.Contains("# UNTRANSLATED:", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Message.Contains("not awaited at once", StringComparison.Ordinal));
    }
}
