namespace CodeIntel.Translation.Tests.Experts.JavaScript;

/// <summary>
/// Round 10's differences: <c>\d</c> and <c>\w</c> that match only ASCII in JavaScript (silent in Python, whose
/// classes take any Unicode digit), parseInt of text with a tail, an array written past its end and reduceRight.
/// Each snippet is run with node and, translated, with python3.
/// </summary>
public sealed class AsciiClassesAndGrowingArraysTests
{
    [SkippableFact]
    public void DigitAndWordClasses_MatchOnlyAsciiAsInJavaScript()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            const zip = /^(\d{3})-?(\d{4})$/;
            const samples = ['123-4567', '\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17', '12a4567'];
            for (const s of samples) console.log(zip.test(s), /^\w+$/.test(s), /[\d\w]/.test('\u0663'));
            console.log('a\u0663b4'.replace(/\d/g, '#'), 'caf\u00e9 x'.replace(/\W/g, '_'));
            """);
    }

    [SkippableFact]
    public void ParseInt_ReadsTheLeadingIntegerOfText()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            const records = ['10 mx1.example.com', '5 mx0.example.com', ' 20 backup', '7'];
            const sorted = [...records].sort((a, b) => parseInt(a) - parseInt(b));
            console.log(sorted.join(' | '), parseInt('42px', 10) + 1, parseInt('ff', 16));
            """);
    }

    [SkippableFact]
    public void ArrayWrittenPastItsEnd_GrowsWithHoles()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            const q = [];
            for (let shift = 3; shift >= 0; shift -= 2) q[shift] = shift * 10;
            console.log(q.length, Array.from({ length: q.length }, (_, i) => q[i] ?? 0).join(','));
            """);
    }

    [SkippableFact]
    public void ReduceRight_FoldsFromTheLastElement()
    {
        ModernJavaScriptTests.AssertPrintsWhatNodePrints("""
            const coeffs = [1, -3, 2];
            const horner = x => coeffs.reduceRight((acc, c) => acc * x + c, 0);
            console.log(horner(2), horner(-1), ['a', 'b', 'c'].reduceRight((s, c) => s + c));
            """);
    }
}
