using System.Buffers;

namespace RulesCore.Settlement.Json;

/// <summary>
/// The one way input is read: at most one byte more than the limit, whatever the source claims about its length —
/// a regular file, a pipe, a FIFO, a device such as <c>/dev/zero</c> or a network stream.
/// </summary>
internal static class BoundedInput
{
    // Read in pooled chunks, into a buffer sized from the stream's length where it tells one: a fresh 80 KB chunk per
    // read cost each policy pack (about 500 bytes) 86 KB, five times the catalog's start-up time.
    private const int ChunkSize = 16 * 1024;

    /// <summary>Reads <paramref name="stream"/> to its end; <see langword="null"/> as soon as it holds more than <paramref name="limit"/> bytes.</summary>
    public static byte[]? Read(Stream stream, int limit)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            using var buffer = new MemoryStream(ExpectedLength(stream, limit));
            long total = 0;
            long wanted = (long)limit + 1;
            int read;
            while (total < wanted && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, wanted - total))) > 0)
            {
                total += read;
                if (total > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>As <see cref="Read"/>, without blocking a thread while the stream waits.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            using var buffer = new MemoryStream(ExpectedLength(stream, limit));
            long total = 0;
            long wanted = (long)limit + 1;
            int read;
            while (total < wanted && (read = await stream.ReadAsync(chunk, 0, (int)Math.Min(chunk.Length, wanted - total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>What is left of a stream that says its length (within the limit), else nothing: a first guess only.</summary>
    private static int ExpectedLength(Stream stream, int limit)
    {
        try
        {
            return stream.CanSeek && stream.Length - stream.Position is var left and >= 0 && left <= limit ? (int)left : 0;
        }
        catch (Exception e) when (e is NotSupportedException or IOException or ObjectDisposedException)
        {
            return 0;
        }
    }
}
