using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Workspace;

/// <summary>Converts between LSP's <c>file://</c> URIs and local full paths.</summary>
internal static class FileUris
{
    /// <summary>The normalised full path of a <c>file://</c> URI; InvalidParams for anything else.</summary>
    public static string ToPath(string uri)
    {
        if (!System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            throw LspErrors.Invalid($"'{uri}' is not an absolute URI; the server takes file:// URIs.");
        }
        if (!parsed.IsFile)
        {
            throw LspErrors.Invalid($"'{uri}' is not a file:// URI; the server reads only local files inside its workspace folders.");
        }
        return Path.TrimEndingDirectorySeparator(Path.GetFullPath(parsed.LocalPath));
    }

    public static string FromPath(string path) => new System.Uri(Path.GetFullPath(path)).AbsoluteUri;
}
