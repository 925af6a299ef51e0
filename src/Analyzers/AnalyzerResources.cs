using System.Resources;
using Microsoft.CodeAnalysis;

namespace CodeIntel.Analyzers;

/// <summary>Reads the rules' titles, messages and descriptions from AnalyzerResources.resx.</summary>
internal static class AnalyzerResources
{
    public static ResourceManager ResourceManager { get; } =
        new ResourceManager("CodeIntel.Analyzers.AnalyzerResources", typeof(AnalyzerResources).Assembly);

    public static LocalizableString Localize(string name) =>
        new LocalizableResourceString(name, ResourceManager, typeof(AnalyzerResources));

    // The resource manager picks the UI culture the host set; the analyzer itself never reads a culture (RS1035).
    public static string Get(string name) => ResourceManager.GetString(name, culture: null) ?? name;
}
