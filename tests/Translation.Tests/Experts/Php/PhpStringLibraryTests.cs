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
}
