namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>PHP's preg_* functions through the run-time PCRE reader: run with php and translated with python3.</summary>
public sealed class PhpRegexTests
{
    [SkippableFact]
    public void PregMatch_FillsTheMatchArrayAsPhpDoes()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $p = '~^(\d+)-(\d+)?(x)?$~';
            foreach (['12-34', '12-', 'ab'] as $s) {
                $n = preg_match($p, $s, $m);
                echo $n, ' ', count($m), ' ', implode('|', $m), "\n";
            }
            if (preg_match('/(?<key>\w+)=(?<value>\w*)/i', 'Color=RED', $m)) {
                echo $m['key'], ' ', $m[2], ' ', count($m), "\n";
            }
            echo preg_match_all('/[aeiou]/', 'education', $all), ' ', implode('', $all[0]), "\n";
            echo preg_match('/^\s+$/', "  \n") ? 'blank' : 'text', ' ', preg_match('/^[[:alpha:]]+\z/', "abc\n"), "\n";
            """);
    }

    [SkippableFact]
    public void PregReplaceSplitAndCallback_MatchPhp()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            echo preg_replace('/(\w+)@(\w+)/', '$2 at ${1}!', 'joe@site and ann@web'), "\n";
            echo preg_replace(['/a/', '/b/'], ['b', 'c'], 'aabb'), "\n";
            echo implode(',', preg_split('/\s*,\s*/', 'a , b,,c')), "\n";
            echo implode('|', preg_split('/(-)/', 'x-y-z', -1, PREG_SPLIT_DELIM_CAPTURE)), "\n";
            echo implode('|', preg_split('//', 'abc', -1, PREG_SPLIT_NO_EMPTY)), ' ', count(preg_split('/,/', 'a,b,c', 2)), "\n";
            $vars = ['name' => 'Ada', 'n' => 3];
            echo preg_replace_callback('/\{(\w+)\}/', fn($m) => $vars[$m[1]] ?? '?', 'Hi {name}, {n} new, {x}'), "\n";
            echo preg_quote('1.5*2?'), "\n";
            """);
    }

    [SkippableFact]
    public void MatchedDigits_InArithmetic_AreNumbersAsInPhp()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            echo preg_replace_callback('/\d+/', fn($m) => $m[0] * 2, 'a1 b22 c333'), "\n";
            echo preg_replace_callback('/(\d+)x(\d+)/', function (array $m) { return $m[1] * $m[2] + 0.5; }, '3x4 and 10x2'), "\n";
            if (preg_match('/(\d+)\.(\d+)/', 'v12.5', $m)) { echo $m[1] + 1, ' ', $m[2] * 3, ' ', $m[1] > 9 ? 'big' : 'small', "\n"; }
            $qty = '4';
            $row = array_combine(['qty', 'price'], explode(',', '3,2.5'));
            echo $row['qty'] * 2, ' ', $row['qty'] * $row['price'], ' ', $row['qty'] + $row['price'], ' ';
            function plus($a, $b) { return $a + $b; }
            echo count(plus([1, 2], [5, 6, 7])), ' ', plus('1', '2'), ' ';
            $total = 10;
            $total += $qty;
            echo $total, ' ', $qty * 2, ' ', $qty + 1.5, ' ', implode('|', preg_split('/\R/', "a\r\nb\nc")), "\n";
            """);
    }

    [SkippableFact]
    public void PregMatchAllFlags_SetOrderOffsetsAndNulls_ShapeTheArrayAsPhp()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $p = '/(?<a>x)?(y)(z)?(?<w>w)?/';
            echo preg_match_all($p, 'xyz y yw', $m, PREG_SET_ORDER), "\n";
            print_r($m);
            preg_match_all($p, 'xyz y yw', $m, PREG_SET_ORDER | PREG_UNMATCHED_AS_NULL);
            var_dump($m[1]);
            preg_match_all($p, 'xyz y yw', $m, PREG_PATTERN_ORDER | PREG_UNMATCHED_AS_NULL);
            var_dump($m['w']);
            echo preg_match_all('/(b)(c)?/', 'abc ab', $m, PREG_OFFSET_CAPTURE), "\n";
            print_r($m);
            preg_match('/(b)(c)?(d)?/', 'ab', $m, PREG_UNMATCHED_AS_NULL);
            var_dump($m);
            echo preg_match_all('/q/', 'abc', $m, PREG_SET_ORDER), count($m), "\n";
            """);
    }
}
