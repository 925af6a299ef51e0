using System.Text;

namespace CodeIntel.Translation.Experts.FortranCpp;

/// <summary>Accumulates C++ lines at the current indentation (two spaces a level).</summary>
internal sealed class CppWriter
{
    private readonly StringBuilder _text = new();

    public int Indent { get; set; }

    public void Line(string line = "")
    {
        if (line.Length == 0)
        {
            _text.Append('\n');
            return;
        }
        // Preprocessor lines stay in column 0 by convention; OpenMP pragmas are indented with the code they govern.
        _text.Append(' ', line.StartsWith("#include", StringComparison.Ordinal) ? 0 : Indent * 2).Append(line).Append('\n');
    }

    public void Open(string line, string trailing = "")
    {
        Line((line.Length == 0 ? "{" : line + " {") + trailing);
        Indent++;
    }

    public void Close(string suffix = "")
    {
        Indent--;
        Line("}" + suffix);
    }

    public void Append(CppWriter other) => _text.Append(other._text);

    public override string ToString() => _text.ToString();
}
