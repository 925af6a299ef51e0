using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;

namespace CodeIntel.Parsing.TreeSitter;

/// <summary>
/// A tree-sitter parser bound to one grammar. Not thread-safe: use one per thread (see <see cref="ParserPool"/>).
/// A parse observes the caller's <see cref="CancellationToken"/> and the <see cref="ParserOptions.Timeout"/>
/// through tree-sitter's progress callback, so even a pathological input cannot hang the caller.
/// </summary>
public sealed unsafe class TreeSitterParser : IDisposable
{
    private readonly ParserHandle _handle;
    private readonly ParserOptions _options;

    public TreeSitterParser(Grammar grammar, ParserOptions? options = null)
    {
        var language = TreeSitterGrammars.Resolve(grammar);
        _options = options ?? new ParserOptions();
        _handle = new ParserHandle();
        if (_handle.IsInvalid)
        {
            throw new InvalidOperationException("tree-sitter could not allocate a parser.");
        }
        if (!NativeMethods.ts_parser_set_language(_handle.DangerousGetHandle(), language))
        {
            _handle.Dispose();
            throw new InvalidOperationException($"tree-sitter refused the {grammar} grammar.");
        }
        Grammar = grammar;
    }

    public Grammar Grammar { get; }

    /// <summary>Parses <paramref name="source"/> into a tree the caller owns and must dispose.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="ParseTimeoutException">The parse ran past the configured timeout.</exception>
    /// <exception cref="InvalidOperationException">tree-sitter returned no tree although the parse was not halted (no language set).</exception>
    public SyntaxTree Parse(SourceText source, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        cancellationToken.ThrowIfCancellationRequested();

        var control = new ParseControl(_options, cancellationToken);
        var controlHandle = GCHandle.Alloc(control);
        var added = false;
        try
        {
            _handle.DangerousAddRef(ref added);
            var parser = _handle.DangerousGetHandle();
            IntPtr tree;
            fixed (byte* data = source.Utf8)
            {
                var buffer = new InputBuffer { Data = data, Length = (uint)source.Length };
                var input = new TSInput { Payload = &buffer, Read = &Read, Encoding = 0 };
                var options = new TSParseOptions { Payload = (void*)GCHandle.ToIntPtr(controlHandle), ProgressCallback = &Progress };
                tree = NativeMethods.ts_parser_parse_with_options(parser, IntPtr.Zero, input, options);
            }
            if (tree == IntPtr.Zero)
            {
                // Halted by the progress callback: forget the partial parse so the next one starts fresh.
                NativeMethods.ts_parser_reset(parser);
                cancellationToken.ThrowIfCancellationRequested();
                if (control.TimedOut)
                {
                    throw new ParseTimeoutException(_options.Timeout!.Value, control.ReachedByte);
                }
                throw new InvalidOperationException("tree-sitter returned no tree (no language set?).");
            }
            return new SyntaxTree(new TreeHandle(tree), source, Grammar);
        }
        finally
        {
            if (added)
            {
                _handle.DangerousRelease();
            }
            controlHandle.Free();
        }
    }

    public void Dispose() => _handle.Dispose();

    private struct InputBuffer
    {
        public byte* Data;
        public uint Length;
    }

    private sealed class ParseControl(ParserOptions options, CancellationToken token)
    {
        private readonly long _start = options.TimeProvider.GetTimestamp();

        public bool TimedOut { get; private set; }

        public int ReachedByte { get; private set; }

        public bool ShouldStop(uint offset)
        {
            ReachedByte = (int)offset;
            if (token.IsCancellationRequested)
            {
                return true;
            }
            if (options.Timeout is { } timeout && options.TimeProvider.GetElapsedTime(_start) > timeout)
            {
                TimedOut = true;
                return true;
            }
            return false;
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static byte* Read(void* payload, uint byteIndex, TSPoint position, uint* bytesRead)
    {
        var buffer = (InputBuffer*)payload;
        if (byteIndex >= buffer->Length)
        {
            *bytesRead = 0;
            return buffer->Data;
        }
        *bytesRead = buffer->Length - byteIndex;
        return buffer->Data + byteIndex;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static byte Progress(TSParseState* state)
    {
        var control = (ParseControl)GCHandle.FromIntPtr((IntPtr)state->Payload).Target!;
        return control.ShouldStop(state->CurrentByteOffset) ? (byte)1 : (byte)0;
    }
}
