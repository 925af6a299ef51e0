namespace CodeIntel.Parsing.Tests;

/// <summary>
/// Tests that measure the process's resident memory run alone: allocations of tests running beside them
/// (the language detector's held-out run reads megabytes of data) would read as a leak.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementGroup
{
    public const string Name = "Resident memory";
}
