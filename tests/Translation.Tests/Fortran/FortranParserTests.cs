using CodeIntel.Translation.Fortran;
using CodeIntel.Translation.Fortran.Syntax;

namespace CodeIntel.Translation.Tests.Fortran;

public sealed class FortranParserTests
{
    [Fact]
    public void Parse_LabelledDoLoopsSharingATerminator_NestBothLoops()
    {
        var source = "      PROGRAM P\n      DO 10 I = 1, 3\n      DO 10 J = 1, 2\n      K = I + J\n   10 CONTINUE\n      PRINT *, K\n      END\n";
        var unit = FortranParser.Parse(source, "p.f").Units.Single();
        var outer = Assert.IsType<DoStmt>(unit.Body[0]);
        var inner = Assert.IsType<DoStmt>(Assert.Single(outer.Body));
        Assert.IsType<AssignStmt>(Assert.Single(inner.Body));
        Assert.IsType<WriteStmt>(unit.Body[1]);
    }

    [Fact]
    public void Parse_OmpParallelDo_TakesTheFollowingLoopAndEndClauses()
    {
        var source = "program p\n!$omp parallel\n!$omp do private(j)\ndo i = 1, 4\nend do\n!$omp end do nowait\n!$omp end parallel\nend program\n";
        var unit = FortranParser.Parse(source, "p.f90").Units.Single();
        var region = Assert.IsType<OmpStmt>(Assert.Single(unit.Body));
        Assert.Equal("parallel", region.Directive);
        var loop = Assert.IsType<OmpStmt>(Assert.Single(region.Body!));
        Assert.Equal("do", loop.Directive);
        Assert.Equal("private(j)", loop.Clauses);
        Assert.Equal("nowait", loop.EndClauses);
        Assert.IsType<DoStmt>(Assert.Single(loop.Body!));
    }

    [Fact]
    public void Parse_ModuleFunctionWithResult_KeepsUnitsAndSpecs()
    {
        var source = "module m\n  integer :: n = 3\ncontains\n  recursive function f(k) result(r)\n    integer, intent(in) :: k\n    integer :: r\n    r = k\n  end function\nend module\n";
        var module = FortranParser.Parse(source, "m.f90").Units.Single();
        Assert.Equal(UnitKind.Module, module.Kind);
        var f = Assert.Single(module.Contains);
        Assert.Equal(UnitKind.Function, f.Kind);
        Assert.Equal("r", f.ResultName);
        var decl = Assert.IsType<DeclStmt>(f.Specs[0]);
        Assert.Equal("in", decl.Intent);
    }

    [Fact]
    public void Parse_SelectCaseWithRanges_KeepsEveryCase()
    {
        var source = "program p\nselect case (n)\ncase (:0)\n  x = 1\ncase (1, 3:5)\n  x = 2\ncase default\n  x = 3\nend select\nend program\n";
        var select = Assert.IsType<SelectCaseStmt>(FortranParser.Parse(source, "p.f90").Units.Single().Body.Single());
        Assert.Equal(3, select.Cases.Count);
        Assert.Equal(2, select.Cases[1].Selectors.Count);
        Assert.Empty(select.Cases[2].Selectors);
    }

    [Fact]
    public void Parse_DoWithoutEnd_ReportsTheLineOfTheDo()
    {
        var ex = Assert.Throws<FortranSyntaxException>(() => FortranParser.Parse("program p\nx = 1\ndo i = 1, 3\n  x = x + i\nend program\n", "p.f90"));
        Assert.Equal(2, ex.Line);
        Assert.Contains("END DO", ex.Message);
    }
}
