using Microsoft.CodeAnalysis;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>Fixed correspondences between .NET library types and Python ones.</summary>
internal static class CSharpLibrary
{
    /// <summary>
    /// The Python exceptions a catch of <paramref name="type"/> must catch: its own mapping, plus what Python raises
    /// where .NET would throw that type or a subclass (a List index out of range is an ArgumentOutOfRangeException
    /// in C# and an IndexError in Python; popping an empty Stack an InvalidOperationException and an IndexError).
    /// </summary>
    public static IReadOnlyList<string> CaughtPythonExceptions(ITypeSymbol type) => type.Name switch
    {
        "ArgumentException" or "ArgumentOutOfRangeException" => ["ValueError", "IndexError"],
        "InvalidOperationException" => ["RuntimeError", "IndexError"],
        "NullReferenceException" => ["AttributeError", "TypeError"],
        _ => [PythonException(type) ?? "Exception"],
    };

    /// <summary>
    /// The Python exception a .NET exception type is raised and caught as, or null when it is not an exception.
    /// The Argument* family maps to one type so that <c>catch (ArgumentException)</c> still catches its subclasses.
    /// </summary>
    public static string? PythonException(ITypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.ContainingNamespace?.ToDisplayString() is "System" or "System.Collections.Generic" && PythonException(t.Name) is { } mapped)
            {
                return mapped;
            }
        }
        return null;
    }

    /// <summary>The Python exception the .NET exception called <paramref name="name"/> maps to, or null.</summary>
    public static string? PythonException(string name) => name switch
    {
        "ArgumentException" or "ArgumentNullException" or "ArgumentOutOfRangeException" or "FormatException" => "ValueError",
        "IndexOutOfRangeException" => "IndexError",
        "KeyNotFoundException" => "KeyError",
        "DivideByZeroException" => "ZeroDivisionError",
        "InvalidOperationException" => "RuntimeError",
        "NotImplementedException" or "NotSupportedException" => "NotImplementedError",
        "OverflowException" => "OverflowError",
        "ArithmeticException" => "ArithmeticError",
        "NullReferenceException" => "AttributeError",
        "InvalidCastException" => "TypeError",
        "StackOverflowException" => "RecursionError",
        "OutOfMemoryException" => "MemoryError",
        "Exception" or "SystemException" or "ApplicationException" => "Exception",
        _ => null,
    };

    /// <summary>
    /// Whether the Python error <paramref name="name"/> maps to is the one Python itself raises where .NET throws
    /// it (ValueError from <c>int("x")</c> is a FormatException); the other exceptions sharing that error need a
    /// class of their own to be told apart.
    /// </summary>
    public static bool OwnsPythonException(string name) => name is not ("ArgumentException" or "ArgumentNullException" or "ArgumentOutOfRangeException" or "NotSupportedException");

    /// <summary>The .NET exception each Python error stands for when Python raises it itself, for an exception's type name.</summary>
    public static IEnumerable<(string Python, string DotNet)> DotNetNamesOfPythonErrors() =>
    [
        ("ValueError", "FormatException"),
        ("IndexError", "IndexOutOfRangeException"),
        ("KeyError", "KeyNotFoundException"),
        ("ZeroDivisionError", "DivideByZeroException"),
        ("RuntimeError", "InvalidOperationException"),
        ("NotImplementedError", "NotImplementedException"),
        ("OverflowError", "OverflowException"),
        ("ArithmeticError", "ArithmeticException"),
        ("AttributeError", "NullReferenceException"),
        ("TypeError", "InvalidCastException"),
        ("RecursionError", "StackOverflowException"),
        ("MemoryError", "OutOfMemoryException"),
    ];
}
