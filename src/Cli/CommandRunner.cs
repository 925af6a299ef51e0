using System.CommandLine;

namespace CodeIntel.Cli;

/// <summary>Parses and invokes a command line with the project's conventions for errors and exit codes.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"codeintel: {error.Message}").ConfigureAwait(false);
            }
            await stderr.WriteLineAsync("Run 'codeintel --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        try
        {
            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("codeintel: cancelled.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
    }
}
