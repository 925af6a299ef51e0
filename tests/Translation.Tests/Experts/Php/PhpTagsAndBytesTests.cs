namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>strip_tags, html_entity_decode and PHP's byte-counting string functions on text beyond ASCII.</summary>
public sealed class PhpTagsAndBytesTests
{
    [SkippableFact]
    public void StripTags_WithAndWithoutAllowedTags_AsPhpStripsThem()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $cases = ['<p>Hello <b>World</b></p>', '<a href="x">link</a> & more', 'a < b and c > d', '<br/>line<br />two', '<!-- comment -->text<!-- x -->', '<script>alert(1)</script>after', 'x <3 y', '1<2', '<p class="a>b">q</p>', "<div\n>multi</div>", '<?php echo 1; ?>done', 'a<b', '<<b>>', 'tag <i>ital', '<p>unterminated', 'a > b', '<a title=\'it"s\'>q</a>', '<1>', '< p>space</p>', 'x</p >y', '<!DOCTYPE html><html>z</html>', '<p>keep</p><em>em</em><strong>s</strong>'];
            foreach ($cases as $c) {
              echo json_encode(strip_tags($c)), ' ', json_encode(strip_tags($c, '<p><b>')), ' ', json_encode(strip_tags($c, ['p', 'em'])), "\n";
            }
            """);
    }

    [SkippableFact]
    public void HtmlEntityDecode_FlagsAndDocumentTypes_AsPhpDecodes()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $s = '&amp; &lt;b&gt; &quot;q&quot; &#039;s&#039; &apos;a&apos; &eacute; &hellip; &nbsp;| &#233; &#x263A; &bogus; &amp &#0; &NotANamedOne; &rarr; &check;';
            foreach ([null, ENT_QUOTES | ENT_HTML5, ENT_COMPAT, ENT_NOQUOTES, ENT_QUOTES | ENT_XML1, ENT_QUOTES] as $f) {
                echo $f === null ? html_entity_decode($s) : html_entity_decode($s, $f), "\n";
            }
            """);
    }

    [SkippableFact]
    public void ByteFunctions_OnTextBeyondAscii_CountBytesAsPhpDoes()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $words = ['café', 'naïve', 'plain', 'Ünïcödé', '日本'];
            foreach ($words as $w) {
                echo strlen($w), ' ', substr($w, 0, 3), '|', substr($w, -3), '|', substr($w, 1, -1), '|', strrev('abc'), ' ', strtoupper($w), ' ', ucfirst('élan'), ' ', ucwords('émile zola'), ' ', strtolower('ÀB'), "\n";
                echo implode(',', str_split($w, 2)), ' ', strpos($w, 'e') === false ? 'none' : strpos($w, 'e'), ' ', strrpos($w . 'x', 'x'), ' ', ord($w), ' ', ord($w[1]), "\n";
                for ($i = 0; $i < strlen($w); $i++) { echo $w[$i]; }
                echo ' ', str_pad($w, 10, '*'), sprintf('[%-8s]', $w), "\n";
            }
            echo strrev('héllo') === strrev(strrev('héllo')) ? 'x' : 'y', ' ', strlen(strrev('héllo')), ' ', strrev(strrev('héllo')), "\n";
            """);
    }
}
