namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>Library functions that print, translate or check values (var_export, strtr, filter_var, ...): run with php and translated with python3.</summary>
public sealed class PhpValueLibraryTests
{
    [SkippableFact]
    public void VarExport_ScalarsFloatsAndNestedArrays_AsPhpWritesThem()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            foreach ([true, false, null, 0, -5, 1.0, 0.1, -0.0, 1e20, 1.5e-7, 1e15, 1e17, 100.0, "it's \\ \"x\"", "a\nb", [], [1, 2], [3 => 'x', -1 => 'y']] as $v) {
                echo var_export($v, true), "|\n";
            }
            var_export(['a' => 1, 'b' => [2, 'x' => null, 'deep' => ['k' => 0.5]]]);
            echo "\n";
            printf("%s and %s\n", var_export(1 > 2, true), var_export('q', true));
            """);
    }

    [SkippableFact]
    public void Strtr_CharacterTableAndPairs_LongestKeyFirstAndNoRescan()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            echo strtr('GATTACA', 'ACGT', 'TGCA'), ' ', strtr('abc', 'ab', 'xyz'), ' ', strtr('abc', 'abc', 'x'), ' ', strtr('abc', '', ''), "\n";
            echo strtr('Hi all, I said hello', ['Hi' => 'Hello', 'hello' => 'hi', 'H' => 'X']), "\n";
            echo strtr('aaa', ['a' => 'b', 'aa' => 'c']), ' ', strtr('a1b2', [1 => 'one', 2 => 2.5]), ' ', strtr('abc', []), ' ', strtr('abc', ['a' => true, 'b' => null]), "\n";
            echo strtr('{name} is {age}', ['{name}' => 'Ann', '{age}' => 7]), "\n";
            """);
    }

    [SkippableFact]
    public void FilterVar_IntFloatAndBool_AcceptWhatPhpAccepts()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            foreach (['5', ' 5 ', '05', '0', '-0', '+7', '-12', '1.0', '1e3', '', 'abc', '9223372036854775807', '9223372036854775808', "5\n", 5, 5.0, 5.5, true, false, null, '0x1A', ' ', '.5', '5.', 'yes', 'Off', '0e1', '-0e0', '1.e3', '007', '12345678901234567890', -0.0] as $v) {
                echo var_export($v, true),
                    ' int:', var_export(filter_var($v, FILTER_VALIDATE_INT), true),
                    ' range:', var_export(filter_var($v, FILTER_VALIDATE_INT, ['options' => ['min_range' => 1, 'max_range' => 5]]), true),
                    ' float:', var_export(filter_var($v, FILTER_VALIDATE_FLOAT), true),
                    ' bool:', var_export(filter_var($v, FILTER_VALIDATE_BOOLEAN, FILTER_NULL_ON_FAILURE), true), "\n";
            }
            var_dump(filter_var('x', FILTER_VALIDATE_INT, ['options' => ['default' => 3]]), filter_var('x', FILTER_VALIDATE_INT, FILTER_NULL_ON_FAILURE), filter_var([1], FILTER_VALIDATE_INT), filter_var(5));
            """);
    }

    [SkippableFact]
    public void Extract_SetsTheVariablesTheScopeNamesAndKeepsOthersAsTheyWere()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function describe(array $row): string {
                $n = extract($row);
                return ($name ?? "nobody") . " is $age ($n) " . (isset($city) ? $city : '-');
            }
            echo describe(['name' => 'Ann', 'age' => 31, 'city' => 'Oslo', '1bad' => 2]), "\n";
            echo describe(['age' => 5]), "\n";
            $totals = ['gross' => 100.5, 'tax' => 20, 'lines' => [1, 2]];
            foreach ([$totals, ['gross' => 7, 'lines' => []]] as $t) {
                extract($t);
                printf("%.2f %d %s\n", $gross, $tax, implode(',', $lines));
            }
            """);
    }

    [Fact]
    public void Extract_ReplacingAVariableTheProgramAssigns_RaisesWhenRun()
    {
        var result = PhpTranslation.Of("<?php\n$total = 0;\nextract(['total' => 5]);\necho $total;");

        Assert.Empty(result.Warnings);
        Assert.Contains("extract() replacing $total, which the program also assigns, is not translated", result.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void FilterVar_WithAFilterNotTranslated_IsReported()
    {
        var result = PhpTranslation.Of("<?php\nvar_dump(filter_var('http://a.b', FILTER_VALIDATE_URL));");

        Assert.Contains("FILTER_VALIDATE_URL is not translated", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void CompactArrayDiffAssocAndFillKeys_KeepPhpsKeysAndCopies()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function row(int $qty, int $cost): array { $value = $qty * $cost; return compact('qty', ['cost', 'value']) + ['x' => 1]; }
            print_r(row(2, 3));
            print_r(array_diff_assoc(['a' => 1, 'b' => 2, 0 => 3, 1 => '4'], ['a' => '1', 'b' => 3], [1 => 4]));
            echo count(array_diff_assoc(str_split('GATTACA'), str_split('GACTATA'))), "\n";
            $stats = array_fill_keys(['ann', 'bo'], ['wins' => 0]);
            $stats['ann']['wins']++;
            print_r($stats);
            print_r(array_fill_keys(['x' => 'p', 'y' => 'q'], 0));
            """);
    }

    [SkippableFact]
    public void CallableArrays_NameBoundAndStaticMethods()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Codon {
                public static function up(string $c): string { return strtoupper($c); }
                public function __construct(private string $tag) {}
                public function mark(string $c): string { return $this->tag . $c; }
                public function all(array $xs): array { return array_map([$this, 'mark'], $xs); }
            }
            echo implode(',', array_map([Codon::class, 'up'], ['a', 'b'])), ' ', implode(',', array_map(['Codon', 'up'], ['c'])), ' ', implode(',', array_map('Codon::up', ['d'])), "\n";
            echo implode(',', (new Codon('#'))->all(['x', 'y'])), ' ', call_user_func([new Codon('!'), 'mark'], 'z'), "\n";
            """);
    }
}
