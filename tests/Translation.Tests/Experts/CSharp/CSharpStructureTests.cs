using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Experts.CSharp;
using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>What the user hands over (a file, a class, a bare method, statements) and the Python program shape it becomes.</summary>
public sealed class CSharpStructureTests
{
    [Fact]
    public void Translator_IsRegisteredForCSharpToPython()
    {
        var expert = BuiltInTranslators.Create().Single(t => t.Name == "ast-csharp-python");

        Assert.True(expert.CanTranslate(Language.CSharp, TranslationTarget.Python));
        Assert.False(expert.CanTranslate(Language.Java, TranslationTarget.Python));
    }

    [SkippableFact]
    public void BareMethod_WithModifiers_BecomesModuleFunctionCallers_CanUse()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        const string method = """
            public static int SumOfDigits(int n)
            {
                int sum = 0;
                while (n > 0) { sum += n % 10; n /= 10; }
                return sum;
            }
            """;

        var result = CSharpTranslate.Run(method);

        Assert.Contains("def SumOfDigits(n):", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("class", result.Text, StringComparison.Ordinal);
        Assert.Empty(result.Warnings);
        Assert.Equal("45\n0\n", ExternalProgram.Python(result.Text + "\nprint(SumOfDigits(987654321))\nprint(SumOfDigits(0))\n"));
    }

    [SkippableFact]
    public void BareConstructor_BecomesTheInitOfTheClassItConstructs()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        const string constructor = """
            public Greeting(string name, int times)
            {
                for (int i = 0; i < times; i++) Console.WriteLine("hello " + name);
            }
            """;

        var result = CSharpTranslate.Run(constructor);

        Assert.Contains("class Greeting:", result.Text, StringComparison.Ordinal);
        Assert.Contains("def __init__(self, name, times):", result.Text, StringComparison.Ordinal);
        Assert.Empty(result.Warnings);
        Assert.Equal("hello ada\nhello ada\n", ExternalProgram.Python(result.Text + "\nGreeting('ada', 2)\n"));
    }

    [SkippableFact]
    public void BareConstructor_UsingFieldsItDoesNotShow_ReadsThemOffSelfAndSaysSo()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        const string constructor = """
            public Account(int opening)
            {
                _balance = opening * 2;
                this.owner = "ada";
            }
            """;

        var result = CSharpTranslate.Run(constructor);

        Assert.Contains("self._balance = opening * 2", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Message.Contains("'_balance' is declared nowhere", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Message.Contains("'owner' is declared nowhere", StringComparison.Ordinal));
        Assert.Equal("10 ada\n", ExternalProgram.Python(result.Text + "\na = Account(5)\nprint(a._balance, a.owner)\n"));
    }

    [SkippableFact]
    public void BareStatements_RunAsModuleCode()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        const string statements = """
            var squares = new List<int>();
            for (int i = 1; i <= 4; i++) squares.Add(i * i);
            Console.WriteLine(string.Join(",", squares));
            """;

        Assert.Equal("1,4,9,16\n", CSharpTranslate.RunPython(statements));
    }

    [SkippableFact]
    public void WholeFile_WithNamespaceAndStaticClass_RunsMainBehindNameGuard()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        const string file = """
            using System;
            namespace Demo.App
            {
                public static class Program
                {
                    private static int calls;
                    static int Twice(int x) { calls++; return 2 * x; }
                    public static void Main(string[] args)
                    {
                        Console.WriteLine(Twice(Twice(5)) + " after " + calls + " calls");
                    }
                }
            }
            """;

        var result = CSharpTranslate.Run(file);

        Assert.Contains("if __name__ == \"__main__\":", result.Text, StringComparison.Ordinal);
        Assert.Contains("global calls", result.Text, StringComparison.Ordinal);
        Assert.Equal("20 after 2 calls\n", ExternalProgram.Python(result.Text));
    }

    [SkippableFact]
    public void InstanceClass_FieldsPropertiesAndConstructor_BehaveAsInCSharp()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        const string source = """
            class Counter
            {
                private int step = 1;
                public string Name { get; set; } = "c";
                public int Value { get; private set; }
                public bool IsEven => Value % 2 == 0;
                public Counter(int start) { Value = start; }
                public Counter() : this(10) { step = 5; }
                public void Tick() => Value += step;
                public static Counter Make() => new Counter();
            }
            class Program
            {
                static void Main()
                {
                    var a = new Counter(1);
                    a.Tick();
                    var b = Counter.Make();
                    b.Tick();
                    b.Name = "b";
                    Console.WriteLine($"{a.Name} {a.Value} {a.IsEven} {b.Name} {b.Value} {b.IsEven}");
                }
            }
            """;

        var result = CSharpTranslate.Run(source);

        Assert.Contains("@property", result.Text, StringComparison.Ordinal);
        Assert.Contains("@staticmethod", result.Text, StringComparison.Ordinal);
        Assert.Equal("c 2 True b 15 False\n", ExternalProgram.Python(result.Text));
    }

    [SkippableFact]
    public void Overloads_AreToldApartByArity_AndEachCallRunsTheOverloadCSharpPicks()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        const string source = """
            static class M
            {
                static int Add(int a, int b) => a + b;
                static int Add(int a, int b, int c) => a + b + c;
                static string Show(int x) => "int " + x;
                static string Show(string s) => "string " + s;
                static void Main()
                {
                    Console.WriteLine(Add(1, 2) + " " + Add(1, 2, 3));
                    Console.WriteLine(Show(4) + ", " + Show("four"));
                }
            }
            """;

        var result = CSharpTranslate.Run(source);

        Assert.Contains("def Add_2(a, b):", result.Text, StringComparison.Ordinal);
        Assert.Contains("def Add_3(a, b, c):", result.Text, StringComparison.Ordinal);
        Assert.Equal("3 6\nint 4, string four\n", ExternalProgram.Python(result.Text));
    }

    [SkippableFact]
    public void Inheritance_BaseConstructorOverridesAndToString_AreKept()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        const string source = """
            abstract class Animal
            {
                protected string name;
                protected Animal(string name) { this.name = name; }
                public abstract string Sound();
                public virtual string Speak() => name + " says " + Sound();
                public override string ToString() => "Animal(" + name + ")";
            }
            class Dog : Animal
            {
                public Dog(string n) : base(n) { }
                public override string Sound() => "woof";
                public override string Speak() => base.Speak() + "!";
            }
            class Program
            {
                static void Main()
                {
                    Animal a = new Dog("Rex");
                    Console.WriteLine(a.Speak());
                    Console.WriteLine(a);
                    Console.WriteLine(a is Dog);
                }
            }
            """;

        Assert.Equal("Rex says woof!\nAnimal(Rex)\nTrue\n", CSharpTranslate.RunPython(source));
    }

    [SkippableFact]
    public void PositionalRecord_HasValueEqualityAndCompilerToString()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        const string source = """
            record Point(int X, int Y);
            class Program
            {
                static void Main()
                {
                    var p = new Point(1, 2);
                    Console.WriteLine(p);
                    Console.WriteLine(p == new Point(1, 2));
                    Console.WriteLine(p.X + p.Y);
                }
            }
            """;

        Assert.Equal("Point { X = 1, Y = 2 }\nTrue\n3\n", CSharpTranslate.RunPython(source));
    }

    [Fact]
    public async Task Request_WithoutSource_IsRejectedWithArgumentNullException()
    {
        var translator = new CSharpToPythonTranslator();

        await Assert.ThrowsAsync<ArgumentNullException>(() => translator.TranslateAsync(null!));
    }

    [SkippableFact]
    public void ExplicitInterfaceMembersAndKeywordNamedEnumMembers_BecomePlainPythonNames()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        const string source = """
            using System;
            public enum Level { None = 0, Error = 3 }
            public sealed class Resource : IDisposable
            {
                public int Closed;
                void IDisposable.Dispose() { Closed += (int)Level.Error; }
            }
            """;

        var result = CSharpTranslate.Run(source);

        Assert.Contains("None_ = 0", result.Text);
        Assert.Equal("3 0\n", ExternalProgram.Python(result.Text + "\nr = Resource()\nr.Dispose()\nprint(r.Closed, int(Level.None_))\n"));
    }
}
