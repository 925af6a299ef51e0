using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;

namespace CodeIntel.Parsing.Workspace;

/// <summary>A loaded source file, ready to be chunked.</summary>
/// <param name="FullPath">Absolute path the bytes were read from.</param>
/// <param name="RelativePath">Path relative to the scan root, with '/' separators.</param>
/// <param name="Language">The language by file extension, or null when unknown (the caller may detect it from content).</param>
/// <param name="Text">The file's exact bytes (a BOM is kept, so byte offsets match the file) and their decoded text.</param>
/// <param name="Warnings">Problems that did not stop the load, such as invalid UTF-8.</param>
public sealed record SourceDocument(
    string FullPath, string RelativePath, Language? Language, SourceText Text, IReadOnlyList<string> Warnings);
