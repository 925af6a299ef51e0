using System.CommandLine;
using CodeIntel.Evaluation.Tasks;
using CodeIntel.Retrieval.Embedding;
using CodeIntel.Retrieval.Embedding.Graph;
using CodeIntel.Retrieval.Vectors;
using CodeIntel.Translation;
using CodeIntel.Translation.Neural;

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
            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("codeintel: cancelled.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (IsUserFacing(e))
        {
            // The message says what is wrong and what to do (a model directory that does not exist, an index another
            // process holds, a Qdrant server that does not answer): a stack trace would bury it.
            await stderr.WriteLineAsync($"codeintel: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            await stderr.WriteLineAsync($"codeintel: internal error, please report it with what follows:\n{e}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }

    /// <summary>Errors about the user's input or machine, as opposed to bugs.</summary>
    private static bool IsUserFacing(Exception e) => e is IOException or UnauthorizedAccessException or EmbeddingModelException
        or OnnxFormatException or VectorIndexUnavailableException or VectorIndexCorruptException or TranslationUnavailableException
        or NeuralModelException or EvaluationInputException;
}
