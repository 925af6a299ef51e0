using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Printing;
using CodeIntel.Translation.Python.Runtime;
using CodeIntel.Translation.Python.Syntax;
using CodeIntel.Translation.Python.Validation;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// The shared run of a C-family expert: parse, lower, add the helpers and imports the lowering asked for, print,
/// and check that the printed Python parses. Java and C++ differ only in how the tree's top level is read.
/// </summary>
internal static class CFamilyPythonTranslation
{
    public static TranslationResult Translate(TranslationRequest request, Language language, string translator, CancellationToken cancellationToken)
    {
        var dialect = language == Language.Java ? CDialect.Java : CDialect.Cpp;
        using var parsers = new ParserPool();
        var (source, lineOffset) = (request.Source, 0);
        SyntaxTree tree;
        if (dialect == CDialect.Cpp)
        {
            (tree, source) = CppComparisonRepair.Parse(source, text => parsers.Parse(language.Grammar, SourceText.FromString(text), cancellationToken));
        }
        else
        {
            tree = parsers.Parse(language.Grammar, SourceText.FromString(source), cancellationToken);
        }
        if (dialect == CDialect.Java && !tree.Root.NamedChildren.Any(c => c.Type == "class_declaration"))
        {
            // A bare method (what editors and benchmarks hand over) is read inside a class of its own, named
            // after the constructor when the snippet is one.
            tree.Dispose();
            var className = BareConstructor.ClassName(request.Source) ?? "Snippet";
            source = $"class {className} {{\n" + request.Source + "\n}\n";
            lineOffset = 1;
            tree = parsers.Parse(language.Grammar, SourceText.FromString(source), cancellationToken);
        }
        using (tree)
        {
            var context = new LoweringContext(dialect);
            var lowering = new CLowering(context);
            foreach (var error in tree.FindErrors(limit: 5))
            {
                context.Warn(error, $"the {language.Name} source has a syntax error here; the translation may be incomplete");
            }
            var body = dialect == CDialect.Java ? lowering.LowerJavaProgram(tree.Root) : lowering.LowerCppUnit(tree.Root);
            var helpers = context.Helpers.SelectMany(PythonHelpers.Definitions).DistinctBy(d => d.Name).Cast<PyStatement>();
            var module = new PyModule(context.Imports.ToArray(), [.. helpers, .. body]);
            var text = PythonPrinter.Print(module);
            var fragments = new PythonSyntaxValidator(parsers).EnsureValid(text, translator, FragmentSites.Find(tree), cancellationToken);
            TranslationWarning[] warnings = SnippetWarnings.InSourceOrder([.. context.Warnings, .. fragments], lineOffset);
            return new TranslationResult(text, language, request.Target, translator, warnings);
        }
    }
}
