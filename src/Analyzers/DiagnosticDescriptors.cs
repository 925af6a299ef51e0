using Microsoft.CodeAnalysis;

namespace CodeIntel.Analyzers;

/// <summary>The descriptor of each rule: ID, title, message, category, default severity and help link.</summary>
internal static class DiagnosticDescriptors
{
    // Reported from a compilation-end action (clones span the whole compilation), so IDEs know it is not live.
    private const string CompilationEnd = "CompilationEnd";

    public static readonly DiagnosticDescriptor DuplicateCode = new(
        DiagnosticIds.CI0001,
        AnalyzerResources.Localize("CI0001Title"),
        AnalyzerResources.Localize("CI0001Message"),
        "Maintainability",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: AnalyzerResources.Localize("CI0001Description"),
        customTags: CompilationEnd);

    public static readonly DiagnosticDescriptor NearDuplicateCode = new(
        DiagnosticIds.CI0002,
        AnalyzerResources.Localize("CI0002Title"),
        AnalyzerResources.Localize("CI0002Message"),
        "Maintainability",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: AnalyzerResources.Localize("CI0002Description"),
        customTags: CompilationEnd);

    // One rule, one descriptor per kind of drift: each message is its own localizable resource.
    public static readonly DiagnosticDescriptor StaleDocumentation = new(
        DiagnosticIds.CI0003,
        AnalyzerResources.Localize("CI0003Title"),
        AnalyzerResources.Localize("CI0003StaleParam"),
        "Documentation",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: AnalyzerResources.Localize("CI0003Description"));

    public static readonly DiagnosticDescriptor RenamedDocumentation = new(
        DiagnosticIds.CI0003,
        AnalyzerResources.Localize("CI0003Title"),
        AnalyzerResources.Localize("CI0003StaleParamRenamed"),
        "Documentation",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: AnalyzerResources.Localize("CI0003Description"));

    public static readonly DiagnosticDescriptor MissingDocumentation = new(
        DiagnosticIds.CI0003,
        AnalyzerResources.Localize("CI0003Title"),
        AnalyzerResources.Localize("CI0003MissingParam"),
        "Documentation",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: AnalyzerResources.Localize("CI0003Description"));

    public static readonly DiagnosticDescriptor ReturnsNothingDocumentation = new(
        DiagnosticIds.CI0003,
        AnalyzerResources.Localize("CI0003Title"),
        AnalyzerResources.Localize("CI0003ReturnsNothing"),
        "Documentation",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: AnalyzerResources.Localize("CI0003Description"));

    public static readonly DiagnosticDescriptor MissingExceptionDocumentation = new(
        DiagnosticIds.CI0003,
        AnalyzerResources.Localize("CI0003Title"),
        AnalyzerResources.Localize("CI0003MissingException"),
        "Documentation",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: AnalyzerResources.Localize("CI0003Description"));
}
