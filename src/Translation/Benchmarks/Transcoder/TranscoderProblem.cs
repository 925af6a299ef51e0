using CodeIntel.Parsing.Languages;

namespace CodeIntel.Translation.Benchmarks.Transcoder;

/// <summary>One TransCoder GeeksforGeeks problem in one source language: the source script and the Python harness that checks a translation.</summary>
public sealed record TranscoderProblem(string Id, Language SourceLanguage, string SourcePath, string PythonHarnessPath);
