namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>Round 10 fixes: run with php and translated with python3, printed output compared.</summary>
public sealed class PhpRound10Tests
{
    [SkippableFact]
    public void NumericStringKeys_AreIntKeysOnWriteReadIssetAndKeyExists()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function lookup(array $data, string $path) {
                foreach (explode('.', $path) as $part) {
                    if (is_array($data) && array_key_exists($part, $data)) { $data = $data[$part]; } else { return 'none'; }
                }
                return $data;
            }
            $rows = ['items' => ['a', 'b', ['x' => 'deep']]];
            echo lookup($rows, 'items.1'), ' ', lookup($rows, 'items.2.x'), ' ', lookup($rows, 'items.01'), ' ', lookup($rows, 'items.-1'), "\n";
            $counts = [];
            foreach (['1', '01', '-5', '-0', '1.5', ' 2', '2', 'x', '9223372036854775808'] as $k) {
                $counts[$k] = ($counts[$k] ?? 0) + 1;
                $counts[$k] += isset($counts[$k]) ? 1 : 0;
            }
            var_dump($counts);
            $m = ['7' => 'seven', '07' => 'oh-seven', true => 't', 2.9 => 'f', null => 'n'];
            $m[] = 'next';
            var_dump($m, isset($m[7]), isset($m['7']), array_key_exists('1', $m), $m["2"]);
            $id = "3";
            $byId = [$id => 'c', "4" => 'd'];
            $byId["$id"] .= '!';
            unset($byId['4']);
            var_dump($byId, array_flip(['10', 'a', '10']), array_count_values(['1', 1, 'a', '1']), array_fill_keys(['5', 'b'], 0), array_combine(['8', '9'], [1, 2]));
            """);
    }

    [Fact]
    public void ElementWithoutAKey_AfterAComputedKey_IsWarnedAbout()
    {
        var result = PhpTranslation.Of("<?php\nfunction f(string $k) { return [[$k => 'x', 'y'], [$k => 'x', 'z' => 'y']]; }\n");

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("after a computed key", warning.Message, StringComparison.Ordinal);
        Assert.Contains("php_key(k)", result.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void StringFunctions_OnNullAndNumbers_ReadThemAsStrings()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function show($v) { return '[' . strtoupper($v) . '|' . ucfirst($v) . '|' . trim($v) . '|' . strlen($v) . '|' . str_pad($v, 4, '*') . ']'; }
            foreach (['abc', 12, 1.5, true, false] as $v) { echo show($v), "\n"; }
            $upper = array_map(strtoupper(...), ['a', 'b']);
            echo implode(',', $upper), "\n";
            """);
    }

    [SkippableFact]
    public void ArrayPointer_CurrentKeyNextPrevResetEnd_MoveAsInPhp()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $a = ['x' => 1, 'y' => 2, 'z' => 3];
            var_dump(current($a), key($a), next($a), key($a), next($a), next($a), key($a), current($a), prev($a), reset($a), end($a), key($a), prev($a), key($a));
            $list = [10, 20];
            while (($v = current($list)) !== false) { echo key($list), '=', $v, ' '; next($list); }
            echo "\n";
            var_dump(current([]), key([]), reset($list), end($list), pos($list));
            $empty = [];
            var_dump(end($empty), reset($empty));
            """);
    }

    [SkippableFact]
    public void Vprintf_AndVsprintf_TakeTheirArgumentsFromAnArray()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            vprintf("%s-%05.1f|%'*8s\n", ["a", 3.14159, "r"]);
            echo vsprintf('%2$s %1$s', ['x' => 'A', 'y' => 'B']), "\n";
            $n = vprintf("%d items\n", [3]);
            echo $n, "\n";
            """);
    }

    [SkippableFact]
    public void ParseUrl_UsualShapesAndComponents_AsPhpSplitsThem()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            foreach (['https://user:pw@example.com:8080/a/b.php?x=1&y=2#frag', '/api/users/42?page=2', '//host.com/p', 'mailto:a@b.c',
                'http://h/', 'x?#', 'http:///x', 'http://h:abc/', 'http://h:0/', 'a:65535', 'host:80', '?q=1', '#f', '', 'http://u@h', 'ftp://h:21'] as $u) {
                echo $u, ' => ', json_encode(parse_url($u)), "\n";
            }
            var_dump(parse_url('/a?b', PHP_URL_QUERY), parse_url('/a', PHP_URL_PORT), parse_url('http://h:81/', PHP_URL_PORT), parse_url('HTTP://H', PHP_URL_SCHEME));
            """);
    }

    [SkippableFact]
    public void ParseStr_NestedNamesAppendsAndDecoding_FillTheVariableAsPhpDoes()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            parse_str('a=1&b[]=2&b[]=3&c[k][]=x&d.e=5&f+g=h%20i&&=z&j&k[=1&0=zero&l[1]=a&l[0]=b&m[2]=x&m[]=y', $r);
            var_dump($r);
            echo json_encode($r), "\n";
            function query(string $uri): array { parse_str(parse_url($uri, PHP_URL_QUERY) ?? '', $q); return $q; }
            echo json_encode(query('/users?page=2&sort=name')), json_encode(query('/users')), "\n";
            """);
    }

    [SkippableFact]
    public void HttpBuildQuery_NestedArraysPrefixesSeparatorsAndEncodings_AsPhpWritesThem()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            echo http_build_query(['a' => 1, 'b c' => 'x y&z', 'n' => null, 't' => true, 'f' => false, 'fl' => 0.1 + 0.2,
                'arr' => [1, 2, 'k' => ['z' => 'é']], 5 => 'five', 'e' => '', 'tilde' => '~']), "\n";
            echo http_build_query([1, 2], 'p_'), "\n", http_build_query(['a' => 1, 'b' => 2], '', ', '), "\n";
            echo http_build_query(['a b' => 'c d~'], '', '&', PHP_QUERY_RFC3986), "|", http_build_query([]), "|\n";
            """);
    }

    [SkippableFact]
    public void Gmdate_AndDate_WithATimestamp_FormatUtc()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            foreach ([0, 3723, 86400 * 365 + 3723, 951782400, 1700000000, -86400] as $t) {
                echo gmdate('Y-m-d H:i:s D N jS', $t), ' | ', date('c', $t), ' | ', gmdate('U l F t L', $t), "\n";
            }
            echo strlen(date('Y-m-d')), "\n";
            """);
    }
}
