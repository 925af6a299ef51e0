using System.Globalization;
using System.Text.RegularExpressions;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// PHP's date classes, emitted with PHP's names from the runtime (<c>PhpRuntime.Dates.cs</c>) when the program names
/// them and declares no class of that name. A date string, or a time zone, given as a literal that the runtime would
/// refuse is reported here, where the source shows it; one built at run time raises there.
/// </summary>
internal sealed partial class PhpLowering
{
    private static readonly string[] DateClasses = ["DateTime", "DateTimeImmutable", "DateTimeInterface", "DateInterval", "DateTimeZone"];

    /// <summary>Whether the program names one of PHP's date classes (so <c>===</c> on objects must ask for identity).</summary>
    private bool _usesDateClasses;

    /// <summary>The runtime's name for PHP's date class <paramref name="name"/>, or null for any other class.</summary>
    private string? DateClassName(string name) =>
        _declaredClasses.Contains(name) ? null : DateClasses.FirstOrDefault(c => c.Equals(name, StringComparison.OrdinalIgnoreCase));

    private void FindDateClassUse(SyntaxNode program) =>
        _usesDateClasses = AllNodes(program).Any(n => n.Type == "name" && DateClassName(ShortName(n.Text)) is not null);

    /// <summary>Reports a literal date string or time zone the runtime would refuse (it raises on one made at run time).</summary>
    private void CheckDateArguments(SyntaxNode node, string className)
    {
        var values = node.NamedChildren.Where(c => c.Type == "arguments").SelectMany(a => a.NamedChildren).Take(1).SelectMany(a => a.NamedChildren).Take(1).ToList();
        if (DateClassName(className) is not { } name || values is not [{ Type: "string" or "encapsed_string" } first]
            || LowerExpression(first).Expression is not PyString { Value: var text })
        {
            return;
        }
        var refused = name switch
        {
            "DateTimeZone" => !text.Equals("UTC", StringComparison.OrdinalIgnoreCase),
            "DateTime" or "DateTimeImmutable" => !IsTranslatedDateString(text),
            _ => false,
        };
        if (refused)
        {
            throw Unsupported(first, name == "DateTimeZone"
                ? $"the time zone '{text}' is not translated (dates are read in UTC)"
                : $"the date string '{text}' is not translated (only Y-m-d, Y-m-d H:i[:s], now and today are)");
        }
    }

    /// <summary>The date strings the runtime reads as PHP does: <c>now</c>, <c>today</c>, <c>Y-m-d</c> with an optional time.</summary>
    private static bool IsTranslatedDateString(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.ToLowerInvariant() is "now" or "today" or "midnight")
        {
            return true;
        }
        var found = Regex.Match(trimmed, @"^(\d{4})-(\d\d?)-(\d\d?)(?:[ T](\d\d?):(\d\d)(?::(\d\d))?)?$", RegexOptions.CultureInvariant);
        if (!found.Success)
        {
            return false;
        }
        int Part(int group) => found.Groups[group].Success ? int.Parse(found.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        return Part(2) is >= 1 and <= 12 && Part(3) is >= 1 and <= 31 && Part(4) <= 23 && Part(5) <= 59 && Part(6) <= 59;
    }
}
