using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;

namespace CodeIntel.Parsing.Workspace;

/// <summary>Reads one scanned file and decides whether it is source text worth chunking.</summary>
public sealed class SourceFileLoader
{
    private readonly WorkspaceOptions _options;

    public SourceFileLoader(WorkspaceOptions? options = null) => _options = options ?? new WorkspaceOptions();

    /// <summary>
    /// Returns the document, or null with <paramref name="skipped"/> set when the file must not be chunked: too large,
    /// binary, UTF-16/32, generated (unless <see cref="WorkspaceOptions.IncludeGenerated"/>), or unreadable. The bytes are
    /// kept exactly as on disk, BOM included, so byte offsets match the file; invalid UTF-8 only adds a warning.
    /// </summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public SourceDocument? Load(WorkspaceFile file, out SkippedFile? skipped, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        cancellationToken.ThrowIfCancellationRequested();
        skipped = null;
        var bytes = ReadIfWanted(file, out var reason, cancellationToken);
        reason ??= BinaryDetector.Sniff(bytes);
        if (reason is null && !_options.IncludeGenerated)
        {
            reason = GeneratedFileDetector.FromContent(bytes);
        }
        if (reason is not null)
        {
            skipped = new SkippedFile(file.RelativePath, reason);
            return null;
        }
        var text = SourceText.FromBytes(bytes);
        IReadOnlyList<string> warnings = text.HasInvalidUtf8
            ? [$"invalid UTF-8 at byte {text.FirstInvalidByte}; decoded with U+FFFD replacement"]
            : [];
        return new SourceDocument(file.FullPath, file.RelativePath, Language.FromPath(file.RelativePath), text, warnings);
    }

    /// <summary>The bytes, or an empty array with a reason when the file is skipped before or while reading.</summary>
    private byte[] ReadIfWanted(WorkspaceFile file, out string? reason, CancellationToken cancellationToken)
    {
        // Everything decidable from the name and the scanned length is decided without opening the file.
        reason = BinaryDetector.BinaryExtension(file.RelativePath) is { } extension ? SkipReasons.BinaryExtension(extension)
            : !_options.IncludeGenerated && GeneratedFileDetector.FromName(file.RelativePath) is { } generated ? generated
            : file.Length > _options.MaxFileBytes ? SkipReasons.TooLarge(file.Length, _options.MaxFileBytes)
            : null;
        if (reason is not null)
        {
            return [];
        }
        if (file.Length == 0)
        {
            // Nothing to read, and a FIFO (which also reports length 0) would block in open() until a writer appeared.
            return [];
        }
        try
        {
            return FileBytesReader.Read(file.FullPath, _options.MaxFileBytes, out reason, cancellationToken) ?? [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            reason = SkipReasons.CannotRead(exception);
            return [];
        }
    }
}
