// The language server (LSP over stdio) is built under its own issue; until then the executable says so.
Console.Error.WriteLine("codeintel language server: not available yet in this build.");
return 1;
