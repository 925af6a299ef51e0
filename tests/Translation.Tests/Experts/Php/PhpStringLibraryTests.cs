namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>String functions whose PHP rules Python's library does not share: run with php and translated with python3.</summary>
public sealed class PhpStringLibraryTests
{
    [SkippableFact]
    public void Wordwrap_BreaksAndCutsAsPhpDoes()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $text = 'The quick brown fox sat over the lazy dog. Averyveryverylongword ends here.';
            foreach ([[10, "\n", false], [10, "\n", true], [15, "<br>\n", false], [6, '|', true], [20, "\n", false]] as [$w, $b, $c]) {
                echo wordwrap($text, $w, $b, $c), "\n--\n";
            }
            echo wordwrap("already\nbroken line of text", 8), "\n", wordwrap('short'), "\n", wordwrap("  lead  spaces  ", 3, "\n", true), "|\n";
            """);
    }

    [SkippableFact]
    public void StrGetcsv_QuotesEscapesAndSeparators_AsPhpReadsThem()
    {
        PhpRoundTrip.AssertSamePrinted(""""
            <?php
            $lines = ['a,b,c', '"x, y",2,"say ""hi"""', ' "padded" , raw ,', 'one', '', '"q"tail,next', "semi;colon;\"x;y\"", 'a\"b,"c\"d",e'];
            foreach ($lines as $line) {
                $cells = str_getcsv($line, str_contains($line, ';') ? ';' : ',');
                echo count($cells), ': ', implode(' | ', array_map(fn($c) => $c === null ? 'NULL' : "[$c]", $cells)), "\n";
            }
            """");
    }

    [SkippableFact]
    public void StrReplace_WithArrays_ReplacesInTurnAndKeepsKeys()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            echo str_replace([',', ' '], '', '1, 250.00'), "\n";
            echo str_replace(['a', 'b'], ['b', 'c'], 'aabb'), "\n";
            echo str_replace(['x', 'y', 'z'], ['1'], 'xyz'), "\n";
            print_r(str_replace('o', '0', ['k' => 'foo', 'bar', 7 => 'boo']));
            echo ucwords('jean-luc picard o\'neil', " -'"), ' ', ucwords('hello world'), "\n";
            """);
    }

    [SkippableFact]
    public void JsonEncode_FloatsStringsAndArrays_AsPhpWritesThem()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            foreach ([0.1, 1e15, 1e16, 1e17, 1e-5, 0.0001, 1.5e-7, 1e25, -0.0, 10.0, 1 / 3, -1234.5, 0.0, 7] as $v) {
                echo json_encode($v), ' ', json_encode($v, JSON_PRESERVE_ZERO_FRACTION), "\n";
            }
            echo json_encode(["a/b", "é\"\n\x01\t", [1 => 2], ['x' => []], [], null, true, "\u{1F600}"], JSON_PRETTY_PRINT), "\n";
            echo json_encode(['é', 'a/b'], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
            echo json_encode([1 => 'a', 2 => 'b']), json_encode(['a', 'b']), json_encode(['a'], JSON_FORCE_OBJECT), "\n";
            echo json_encode(['name' => 'x', 'tags' => ['a', 'b'], 'n' => 3, 'ok' => false]), "\n";
            var_dump(json_encode(NAN));
            """);
    }
}
