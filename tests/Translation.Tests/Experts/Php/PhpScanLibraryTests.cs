namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>Scanning text and counting (strtok, sscanf, strrchr, iterator_count, the (array) cast): run with php and translated with python3.</summary>
public sealed class PhpScanLibraryTests
{
    [SkippableFact]
    public void Strtok_KeepsItsPlaceBetweenCallsAndSkipsEmptyTokens()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            var_dump(strtok('/a/b?x=1', '?'), strtok('?'), strtok('?'));
            $t = strtok('  hello  world ', ' ');
            while ($t !== false) { echo "[$t]"; $t = strtok(' '); }
            echo "\n";
            var_dump(strtok('', '?'), strtok('???', '?'), strtok('a,b;;c', ',;'), strtok(',;'), strtok(';'), strtok(';'), strtok('abc', ''));
            """);
    }

    [SkippableFact]
    public void Sscanf_FieldsWidthsSetsAndEarlyEnds_AsPhpScans()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $cases = [['A 12 rest', '%s %d'], ['A12', '%s %d'], ['', '%d'], ['  x', '%d'], ['12abc', '%d%s'], ['age: 25 h 1.5e2', 'age: %d h %f'],
                ['2024-03-12', '%4d-%2d-%2d'], ['abc', '%c%c'], ['ff zz', '%x %s'], ['a b', '%s %d %s'], ['x', 'y%d'], ['-7 +3', '%d %d'],
                ['A1 B', '%[A-Z]%d'], [' ', '%s'], ['5', ''], ['007', '%d'], ['3.', '%f'], ['1.5', '%d%s'], ['abc def', '%2s%s'], ['12', '%*d %d'],
                ['9 apples', '%d %*s%n'], ['hello', '%3c'], ['A-1', '%[^-]-%d'], ['0x1f 017 -0x2', '%i %i %i'], ['-5', '%u'], ['50%', '%d%%']];
            foreach ($cases as [$text, $format]) {
                echo json_encode(sscanf($text, $format)), "\n";
            }
            [$row, $seat] = sscanf('F 12', '%s %d');
            echo $row, $seat + 1, "\n";
            """);
    }

    [SkippableFact]
    public void StrrchrIteratorCountAndArrayCast_AsPhpGivesThem()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            var_dump(strrchr('a@b@c.com', '@'), strrchr('abc', 'x'), strrchr('a/b/c', '/x'), substr(strrchr('ann@mail.org', '@'), 1));
            function gen() { yield 1; yield 2; yield 3; }
            var_dump(iterator_count(gen()), iterator_count([1, 2, 3]), is_infinite(INF), is_infinite(-INF), is_infinite(1.0), is_nan(NAN), is_finite(2.0));
            $one = 'x';
            $many = ['b', 'a', 'b'];
            $a = (array) $one;
            $a[] = 'y';
            $b = (array) $many;
            $b[] = 'c';
            print_r([(array) null, (array) 5, (array) 1.5, (array) false, $a, $b, $many, array_values(array_unique((array) ($one ?: $many)))]);
            """);
    }

    [SkippableFact]
    public void Sscanf_FillingVariables_IsReported()
    {
        var result = PhpTranslation.Of("<?php\n$n = sscanf('5 x', '%d %s', $num, $word);\necho $n;");

        Assert.Contains("sscanf() filling variables", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }
}
