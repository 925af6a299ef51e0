namespace CodeIntel.Cli.Evaluation;

/// <summary>Progress of a long run on stderr: redrawn in place on a terminal, every tenth when redirected (CI logs).</summary>
internal sealed class ProgressLine(TextWriter stderr, string label, bool interactive) : IProgress<(int Done, int Total)>
{
    private int _lastTenth = -1;

    public void Report((int Done, int Total) value)
    {
        var (done, total) = value;
        if (interactive)
        {
            stderr.Write($"\r{label}: {done}/{total}");
            if (done == total)
            {
                stderr.Write('\r' + new string(' ', label.Length + 24) + '\r');
            }
            return;
        }
        var tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth != _lastTenth)
        {
            _lastTenth = tenth;
            stderr.WriteLine($"{label}: {done}/{total}");
        }
    }
}
