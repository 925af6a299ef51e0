namespace CodeIntel.Translation.Benchmarks.Transcoder;

/// <summary>How the harnesses run: the Python interpreter, the per-problem time limit, the memory cap and how many run at once.</summary>
public sealed record TranscoderOptions
{
    /// <summary>The interpreter, found on PATH when not a path. Default <c>python3</c>.</summary>
    public string Python { get; init; } = "python3";

    /// <summary>Wall-clock limit per problem (also the CPU-seconds limit). Default 10 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Address-space cap of the child process. Default 2 GiB.</summary>
    public long MemoryBytes { get; init; } = 2L << 30;

    /// <summary>Also run each failing problem's C++ or Java source (g++, javac) to tell a wrong translation from a wrong reference.</summary>
    public bool CheckSource { get; init; }

    /// <summary>Harnesses run in parallel. Default: half the processors, at least one.</summary>
    public int Parallelism { get; init; } = Math.Max(1, Environment.ProcessorCount / 2);
}
