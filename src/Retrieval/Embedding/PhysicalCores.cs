namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// Counts physical cores, the default for ONNX Runtime's intra-op threads: a second hyper-thread on the same core
/// adds contention, not matrix throughput. Linux reads /proc/cpuinfo; elsewhere the logical count is used.
/// </summary>
internal static class PhysicalCores
{
    public static int Count()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!OperatingSystem.IsLinux() || !File.Exists(cpuInfo))
        {
            return Environment.ProcessorCount;
        }
        var cores = new HashSet<(string Package, string Core)>();
        var package = "0";
        foreach (var line in File.ReadLines(cpuInfo))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }
            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (key == "physical id")
            {
                package = value;
            }
            else if (key == "core id")
            {
                cores.Add((package, value));
            }
        }
        // Containers and some VMs hide the topology; the logical count, capped by what this process may use, is then the best answer.
        var count = cores.Count > 0 ? cores.Count : Environment.ProcessorCount;
        return Math.Clamp(count, 1, Environment.ProcessorCount);
    }

}
