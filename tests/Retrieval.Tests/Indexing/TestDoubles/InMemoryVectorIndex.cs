using System.Globalization;
using System.Text;
using CodeIntel.Retrieval.Vectors;

namespace CodeIntel.Retrieval.Tests.Indexing;

/// <summary>
/// A brute-force <see cref="IVectorIndex"/> for tests. Optionally file-backed like USearch: changes live in memory
/// until <see cref="SaveAsync"/> writes the whole index atomically (temporary file, fsync, rename).
/// </summary>
public sealed class InMemoryVectorIndex : IVectorIndex
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, VectorPoint> _points = [];

    public int UpsertedPoints { get; private set; }

    public int DeleteCalls { get; private set; }

    public long SavedGeneration { get; private set; }

    public IReadOnlyCollection<long> Keys
    {
        get
        {
            lock (_gate)
            {
                return _points.Keys.Order().ToList();
            }
        }
    }

    public VectorPoint? Get(long key)
    {
        lock (_gate)
        {
            return _points.GetValueOrDefault(key);
        }
    }

    public Task UpsertAsync(IReadOnlyList<VectorPoint> points, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            foreach (var point in points)
            {
                _points[point.Key] = point;
            }
            UpsertedPoints += points.Count;
        }
        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _points.Remove(key);
            }
            DeleteCalls++;
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<VectorHit>> SearchAsync(ReadOnlyMemory<float> query, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var q = query.ToArray();
            IReadOnlyList<VectorHit> hits = _points.Values
                .Select(p => new VectorHit(p.Key, p.Vector.Zip(q, (a, b) => a * b).Sum()))
                .OrderByDescending(h => h.Score).ThenBy(h => h.Key).Take(limit).ToList();
            return Task.FromResult(hits);
        }
    }

    public Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult((long)_points.Count);
        }
    }

    public void Dispose()
    {
    }

    /// <summary>Writes every point (key, vector, content hash) to <paramref name="path"/> atomically.</summary>
    public async Task SaveAsync(string path, long generation, CancellationToken cancellationToken = default)
    {
        var text = new StringBuilder();
        lock (_gate)
        {
            text.Append(CultureInfo.InvariantCulture, $"generation {generation}\n");
            foreach (var point in _points.Values.OrderBy(p => p.Key))
            {
                text.Append(CultureInfo.InvariantCulture, $"{point.Key} {point.Payload.ContentHash} ");
                text.AppendJoin(',', point.Vector.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
                text.Append(CultureInfo.InvariantCulture, $" {point.Payload.Path}\n");
            }
        }
        var temporary = path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
        SavedGeneration = generation;
    }

    /// <summary>The index saved at <paramref name="path"/>, or an empty one when there is no file.</summary>
    public static InMemoryVectorIndex Load(string path)
    {
        var index = new InMemoryVectorIndex();
        if (!File.Exists(path))
        {
            return index;
        }
        foreach (var line in File.ReadAllLines(path))
        {
            var fields = line.Split(' ', 4);
            if (fields[0] == "generation")
            {
                index.SavedGeneration = long.Parse(fields[1], CultureInfo.InvariantCulture);
                continue;
            }
            var vector = fields[2].Split(',').Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var key = long.Parse(fields[0], CultureInfo.InvariantCulture);
            index._points[key] = new VectorPoint(key, vector, new ChunkPayload(fields[3], "", "", 0, 0, 0, 0, fields[1]));
        }
        return index;
    }
}
