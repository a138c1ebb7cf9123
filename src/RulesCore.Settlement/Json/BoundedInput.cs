namespace RulesCore.Settlement.Json;

/// <summary>
/// The one way input is read: at most one byte more than the limit, whatever the source claims about its length —
/// a regular file, a pipe, a FIFO, a device such as <c>/dev/zero</c> or a network stream.
/// </summary>
internal static class BoundedInput
{
    /// <summary>Reads <paramref name="stream"/> to its end; <see langword="null"/> as soon as it holds more than <paramref name="limit"/> bytes.</summary>
    public static byte[]? Read(Stream stream, int limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
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

    /// <summary>As <see cref="Read"/>, without blocking a thread while the stream waits.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
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
}
