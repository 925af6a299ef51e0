using Microsoft.Win32.SafeHandles;

namespace CodeIntel.Parsing.TreeSitter;

/// <summary>Owns a native <c>TSParser</c>.</summary>
internal sealed class ParserHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ParserHandle() : base(ownsHandle: true) => SetHandle(NativeMethods.ts_parser_new());

    protected override bool ReleaseHandle()
    {
        NativeMethods.ts_parser_delete(handle);
        return true;
    }
}
