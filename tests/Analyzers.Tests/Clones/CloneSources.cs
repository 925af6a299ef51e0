namespace CodeIntel.Analyzers.Tests.Clones;

/// <summary>Method bodies for the clone tests, each well over the default 50-token threshold.</summary>
internal static class CloneSources
{
    public const string Body = """
        {
            int total = 0;
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i] > limit)
                {
                    total += values[i] * 2;
                }
                else
                {
                    total -= values[i];
                }
            }
            var message = "total " + total;
            System.Console.WriteLine(message);
            return total > 100 ? total : -total;
        }
        """;

    /// <summary><see cref="Body"/> with every name consistently renamed and the literals changed.</summary>
    public const string RenamedBody = """
        {
            int sum = 1;
            for (int k = 0; k < items.Length; k++)
            {
                if (items[k] > max)
                {
                    sum += items[k] * 3;
                }
                else
                {
                    sum -= items[k];
                }
            }
            var text = "sum is " + sum;
            System.Console.WriteLine(text);
            return sum > 7 ? sum : -sum;
        }
        """;

    /// <summary><see cref="Body"/> with a statement added and one removed: a gapped clone.</summary>
    public const string GappedBody = """
        {
            int total = 0;
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i] > limit)
                {
                    total += values[i] * 2;
                    limit = limit + 1;
                }
                else
                {
                    total -= values[i];
                }
            }
            var message = "total " + total;
            return total > 100 ? total : -total;
        }
        """;

    /// <summary>Different logic of about the same size.</summary>
    public const string UnrelatedBody = """
        {
            var names = new System.Collections.Generic.List<string>();
            foreach (var value in values)
            {
                names.Add(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            names.Sort(System.StringComparer.Ordinal);
            while (names.Count > limit)
            {
                names.RemoveAt(names.Count - 1);
            }
            return string.Join(",", names).Length;
        }
        """;

    public static string Class(string name, string method, string body, string parameters = "int[] values, int limit") =>
        "class " + name + "\n{\n    public int " + method + "(" + parameters + ")\n" + Indent(body) + "\n}\n";

    private static string Indent(string body) => string.Join("\n", body.Split('\n').Select(line => "    " + line));
}
