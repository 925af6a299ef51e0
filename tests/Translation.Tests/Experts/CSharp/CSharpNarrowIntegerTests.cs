namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// byte, sbyte, short and ushort: a cast or a compound assignment narrows by truncation in C#, so a checksum or a
/// pixel value wraps. Each runs the compiled C# and the Python translation and compares what they print.
/// </summary>
public sealed class CSharpNarrowIntegerTests
{
    [SkippableFact]
    public void CastsAndCompoundAssignmentsToNarrowTypes_WrapAsCSharpDoes()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    byte sum = 0;
                    foreach (char c in "checksum over a packet") sum += (byte)c;
                    byte pixel = 250;
                    pixel += 10;
                    byte wrapped = (byte)(pixel - 20);
                    int big = 70000;
                    short s = (short)big;
                    int minusOne = -1, twoHundred = 200;
                    ushort u = (ushort)minusOne;
                    sbyte sb = (sbyte)twoHundred;
                    int shown = 1000;
                    sbyte fromInt = (sbyte)shown;
                    byte counter = 255;
                    counter++;
                    short down = short.MinValue;
                    down--;
                    Console.WriteLine($"{sum} {pixel} {wrapped} {s} {u} {sb} {fromInt} {counter} {down} {(byte)7}");
                }
            }
            """);

        // 250 + 10 is 4 in a byte; 70000 is 4464 in a short; 1000 is -24 in an sbyte.
        Assert.Equal("72 4 240 4464 65535 -56 -24 0 32767 7", printed.Trim());
    }
}
