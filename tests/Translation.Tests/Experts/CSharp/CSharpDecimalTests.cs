namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>decimal as decimal.Decimal: scale kept as C# keeps it, 28-digit division, conversions; run both ways.</summary>
public sealed class CSharpDecimalTests
{
    [SkippableFact]
    public void DecimalArithmetic_KeepsTheScaleCSharpPrints()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class Account { public decimal Balance; public void Add(decimal amount) => Balance += amount; }
            class P {
                static void Main() {
                    decimal price = 2.80m, rate = 12.5m;
                    Console.WriteLine($"{price * 3} {price * 3 * (1 - rate / 100m)} {1m / 3m} {10m / 4m} {1000m / 10m} {7.5m % 2m} {-7.5m % 2m}");
                    var account = new Account();
                    Console.WriteLine(account.Balance);
                    foreach (var a in new[] { 0.10m, 0.20m, 0.30m }) account.Add(a);
                    Console.WriteLine($"{account.Balance} {account.Balance == 0.6m} {account.Balance:F1} {account.Balance:N3} {Math.Round(2.675m, 2)} {Math.Round(2.665m, 2)}");
                    Console.WriteLine($"{(decimal)0.1} {(decimal)(1.0 / 3)} {(double)1.25m} {(int)9.99m} {decimal.Parse("12.340")} {Convert.ToDecimal(5) / 2}");
                    var amounts = new List<decimal> { 1.50m, 2.25m, 3m };
                    Console.WriteLine($"{amounts.Sum()} {amounts.Average()} {amounts.Max()} {amounts.Sum(a => a * 2)}");
                    Console.WriteLine(string.Join(" ", amounts.Select(a => a.ToString("0.00"))) + " " + (amounts[0] + amounts[2]).ToString());
                    Console.WriteLine($"{Math.Round(2.345m, 2, MidpointRounding.AwayFromZero)} {Math.Round(-0.5m, MidpointRounding.AwayFromZero)} {Math.Round(2.5, MidpointRounding.AwayFromZero)}");
                }
            }
            """);

        Assert.EndsWith("2.35 -1 3\n", printed, StringComparison.Ordinal);
        Assert.StartsWith("8.40 7.35000 0.3333333333333333333333333333 2.5 100 1.5 -1.5\n0\n0.60 True 0.6 0.600 2.68 2.66\n", printed, StringComparison.Ordinal);
    }
}
