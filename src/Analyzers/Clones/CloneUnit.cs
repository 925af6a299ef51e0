using CodeIntel.CloneDetection.Fingerprints;
using Microsoft.CodeAnalysis;

namespace CodeIntel.Analyzers.Clones;

/// <summary>One member body the clone rules compare, with where to report it.</summary>
internal sealed class CloneUnit
{
    public CloneUnit(string name, Location location, UnitShape shape, CloneOptions options)
    {
        Name = name;
        Location = location;
        Shape = shape;
        Options = options;
    }

    /// <summary>The member as users name it: Type.Member.</summary>
    public string Name { get; }

    /// <summary>The member's name token: where a clone is reported.</summary>
    public Location Location { get; }

    public UnitShape Shape { get; }

    public CloneOptions Options { get; }

    /// <summary>"'Type.Member' (File.cs:12)": how other diagnostics point at this unit in their message.</summary>
    public string Describe()
    {
        var span = Location.GetLineSpan();
        return "'" + Name + "' (" + System.IO.Path.GetFileName(span.Path) + ":" + (span.StartLinePosition.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
    }
}
