using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// Reads embedded resources straight out of an assembly file with System.Reflection.Metadata, without loading the
/// assembly: none of its code runs and nothing stays loaded. Resources live in the CLI header's resources directory,
/// each as a 4-byte little-endian length followed by its bytes, at the offset its manifest row gives.
/// </summary>
internal sealed unsafe class ManifestResourceReader : IDisposable
{
    private readonly string _path;
    private readonly PEReader _pe;
    private readonly Dictionary<string, int> _offsets = new(StringComparer.Ordinal);
    private readonly PEMemoryBlock _resources;

    private ManifestResourceReader(string path, PEReader pe)
    {
        _path = path;
        _pe = pe;
        if (!pe.HasMetadata || pe.PEHeaders.CorHeader is null)
        {
            throw Damaged("it has no .NET metadata");
        }
        var metadata = pe.GetMetadataReader();
        ModuleVersionId = metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (resource.Implementation.IsNil)
            {
                _offsets[metadata.GetString(resource.Name)] = checked((int)resource.Offset);
            }
        }
        var directory = pe.PEHeaders.CorHeader.ResourcesDirectory;
        _resources = directory.Size > 0 ? pe.GetSectionData(directory.RelativeVirtualAddress) : default;
        if (directory.Size > 0 && _resources.Length < directory.Size)
        {
            throw Damaged("its resources section is cut short");
        }
    }

    /// <summary>The module version id: changes with every build of the assembly, so it identifies what was extracted.</summary>
    public Guid ModuleVersionId { get; }

    /// <exception cref="EmbeddingModelException">The file is not a readable .NET assembly.</exception>
    public static ManifestResourceReader Open(string path)
    {
        var stream = File.OpenRead(path);
        PEReader? pe = null;
        try
        {
            pe = new PEReader(stream);
            return new ManifestResourceReader(path, pe);
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            pe?.Dispose();
            stream.Dispose();
            throw new EmbeddingModelException(
                $"'{path}' is damaged ({e.Message}): it cannot be read as the model package. Reinstall CodeIntel or restore the file from its NuGet package.", e);
        }
        catch
        {
            pe?.Dispose();
            stream.Dispose();
            throw;
        }
    }

    /// <summary>A read-only stream over one resource's bytes; valid until this reader is disposed.</summary>
    /// <exception cref="EmbeddingModelException">There is no such resource, or its bytes run past the section.</exception>
    public Stream OpenResource(string name)
    {
        if (!_offsets.TryGetValue(name, out var offset))
        {
            throw Damaged($"it has no embedded resource '{name}'");
        }
        if (offset < 0 || (long)offset + 4 > _resources.Length)
        {
            throw Damaged($"the resource '{name}' lies outside its resources section");
        }
        var reader = _resources.GetReader(offset, 4);
        var length = reader.ReadInt32();
        if (length < 0 || (long)offset + 4 + length > _resources.Length)
        {
            throw Damaged($"the resource '{name}' claims {length} bytes, more than the file holds");
        }
        return new UnmanagedMemoryStream(_resources.Pointer + offset + 4, length);
    }

    public void Dispose() => _pe.Dispose();

    private EmbeddingModelException Damaged(string problem) => new(
        $"'{_path}' is damaged: {problem}. Reinstall CodeIntel or restore the file from its NuGet package.");
}
