using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Experts.FortranCpp;

namespace CodeIntel.Translation.Tests.Experts.FortranCpp;

public sealed class FortranCppTranslatorTests
{
    private static TranslationResult Translate(string source, string path = "t.f90") => new FortranCppTranslator().Translate(source, path);

    [Fact]
    public void Translate_Goto_IsFlaggedWithItsSpanAndKeptAsAMarkedComment()
    {
        var source = "program p\n  integer :: i\n  i = 1\n  go to 10\n10 print *, i\nend program\n";
        var result = Translate(source);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(3, warning.Start.Line);
        Assert.Equal(3, warning.End.Line);
        Assert.Equal("  go to 10".Length, warning.End.Column);
        Assert.Contains("GO TO", warning.Message);
        Assert.Contains("/* UNTRANSLATED (Fortran line 4): go to 10", result.Text);
    }

    [Fact]
    public void Translate_OmpClauses_TranslatesFortranExpressionsAndOperators()
    {
        var source = "program p\n  logical :: ok\n  integer :: i\n  ok = .true.\n" +
                     "  !$omp parallel do reduction(.and.:ok) if(.FALSE.) schedule(dynamic, 2*2)\n  do i = 1, 10\n    ok = ok .and. i > 0\n  end do\n" +
                     "  !$omp end parallel do\nend program\n";
        var text = Translate(source).Text;
        Assert.Contains("#pragma omp parallel for reduction(&&: ok) if(false) schedule(dynamic, 2 * 2)", text);
        Assert.Contains("#include <omp.h>", text);
    }

    [Fact]
    public void Translate_Intents_BecomeConstReferencesAndReferences()
    {
        var source = "subroutine s(a, b, v)\n  real, intent(in) :: a\n  real, intent(out) :: b\n  real :: v(:)\n  b = a\nend subroutine\n";
        var text = Translate(source).Text;
        Assert.Contains("void s(const float& a, float& b, ftn::array<float>& v)", text);
    }

    [Fact]
    public void Translate_ExplicitShapeDummy_IsViewedColumnMajorWithItsBounds()
    {
        var source = "subroutine s(t, m)\n  integer m\n  double precision t(m, 0:1)\n  t(1, 0) = 1d0\nend\n";
        var text = Translate(source).Text;
        Assert.Contains("void s(double* t_, int& m)", text);
        Assert.Contains("ftn::array<double> t(t_, {m, {0, 1}});", text);
        Assert.Contains("t(1, 0) = 1e0;", text);
    }

    [Fact]
    public void Translate_ImplicitTyping_DeclaresIntegerAndRealLocals()
    {
        var text = Translate("      PROGRAM P\n      K = 2\n      X = K * 1.5\n      END\n", "p.f").Text;
        Assert.Contains("int k;", text);
        Assert.Contains("float x;", text);
    }

    [Fact]
    public void Translate_BrokenStructure_ThrowsUnavailableNamingTheLine()
    {
        var ex = Assert.Throws<TranslationUnavailableException>(() => Translate("program p\n  if (x > 1) then\n    y = 2\nend program\n", "bad.f90"));
        Assert.Contains("bad.f90", ex.Message);
        Assert.Contains("line 2", ex.Message);
    }

    [Fact]
    public async Task Router_FortranFileToCpp_RoutesToTheFortranExpert()
    {
        using var detector = new LanguageDetector();
        var router = BuiltInTranslators.CreateRouter(detector);
        var result = await router.TranslateAsync(new TranslationRequest("program p\nprint *, 1\nend program\n", TranslationTarget.Cpp, Path: "x.f90"));
        Assert.Equal("ast-fortran-cpp", result.Translator);
        Assert.Equal(Language.Fortran, result.SourceLanguage);
        Assert.Contains("ftn::print(1);", result.Text);
    }
}
