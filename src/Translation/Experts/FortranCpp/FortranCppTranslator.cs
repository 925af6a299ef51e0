using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Fortran;

namespace CodeIntel.Translation.Experts.FortranCpp;

/// <summary>
/// Fortran (free-form 90/95 and fixed-form 77) to C++17 with OpenMP kept: a hand-written front end
/// (<see cref="FortranParser"/>) and a rule-based C++ writer. Untranslated constructs stay in the output as marked
/// comments and come back as warnings with their source span.
/// </summary>
public sealed class FortranCppTranslator : ITranslator
{
    private const string RuntimeEnd = "}  // namespace ftn";

    public string Name => "ast-fortran-cpp";

    /// <summary>
    /// A translation without the runtime support pasted at its top (the code after the last <c>namespace ftn</c>):
    /// what a reference translation is compared with, since the support is library code, not the translation.
    /// </summary>
    public static string ProgramText(string cpp)
    {
        ArgumentNullException.ThrowIfNull(cpp);
        var end = cpp.LastIndexOf(RuntimeEnd, StringComparison.Ordinal);
        return end < 0 ? cpp : cpp[(end + RuntimeEnd.Length)..].TrimStart('\n');
    }

    public bool CanTranslate(Language source, TranslationTarget target) => source == Language.Fortran && target == TranslationTarget.Cpp;

    public Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Translate(request.Source, request.Path, cancellationToken));
    }

    /// <exception cref="TranslationUnavailableException">The file's structure cannot be read; the message names the line.</exception>
    public TranslationResult Translate(string source, string? path = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        Fortran.Syntax.SourceFile file;
        try
        {
            file = FortranParser.Parse(source, path);
        }
        catch (FortranSyntaxException ex)
        {
            throw new TranslationUnavailableException(
                $"{path ?? "the Fortran source"}: {ex.Message}. Fix the structure there (or check the source form: fixed-form files should end in .f).", ex);
        }
        var emitter = new CppEmitter(file, source);
        var text = emitter.Emit(cancellationToken);
        return new TranslationResult(text, Language.Fortran, TranslationTarget.Cpp, Name, emitter.Warnings);
    }

}
