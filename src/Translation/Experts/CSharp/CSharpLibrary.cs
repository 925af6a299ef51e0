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
            var mapped = t.Name switch
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
            if (mapped is not null && t.ContainingNamespace?.ToDisplayString() is "System" or "System.Collections.Generic")
            {
                return mapped;
            }
        }
        return null;
    }
}
