using System.CommandLine;
using CodeIntel.Cli;
using CodeIntel.Cli.Commands;

// Composition root: the only place that reads the process's arguments, console and environment.
var root = new RootCommand("CodeIntel: code intelligence for your repositories (chunking, search, translation, analysis).")
{
    IndexCommand.Create(Console.Out, Console.Error),
    SearchCommand.Create(Console.Out, Console.Error),
    ChunksCommand.Create(Console.Out, Console.Error),
    EvalCommand.Create(Console.Out, Console.Error),
    ModelCommand.Create(Console.Out, Console.Error),
    BenchCommand.Create(Console.Out, Console.Error),
    TranslateCommand.Create(Console.Out, Console.Error),
};
return await CommandRunner.RunAsync(root, args, Console.Out, Console.Error);
