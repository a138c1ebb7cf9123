using RulesCore.Settlement.Json;

namespace RulesCore.Settlement.Tests.Json;

/// <summary>A stream's length is only a first guess: what is read is what the stream gives, up to the limit and one byte.</summary>
public class BoundedInputTests
{
    /// <summary>A seekable stream that claims a length of its own and gives <paramref name="content"/>.</summary>
    private sealed class ClaimingStream(byte[] content, long claimed, bool throwOnLength = false) : MemoryStream(content)
    {
        public override long Length => throwOnLength ? throw new NotSupportedException() : claimed;
    }

    private static readonly byte[] Content = Enumerable.Range(0, 40_000).Select(i => (byte)i).ToArray();

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(40_000)]
    [InlineData(10_000_000)]
    public async Task WhateverTheStreamClaims_EveryByteItGivesIsRead(long claimed)
    {
        Assert.Equal(Content, BoundedInput.Read(new ClaimingStream(Content, claimed), 100_000));
        Assert.Equal(Content, await BoundedInput.ReadAsync(new ClaimingStream(Content, claimed), 100_000, default));
    }

    [Fact]
    public void AStreamWhoseLengthThrows_IsReadToItsEnd()
    {
        Assert.Equal(Content, BoundedInput.Read(new ClaimingStream(Content, 0, throwOnLength: true), 100_000));
    }

    [Theory]
    [InlineData(39_999, false)]
    [InlineData(40_000, true)]
    public async Task OneByteOverTheLimit_IsNothing_EvenWhenTheStreamClaimsLess(int limit, bool read)
    {
        Assert.Equal(read, BoundedInput.Read(new ClaimingStream(Content, 10), limit) is not null);
        Assert.Equal(read, await BoundedInput.ReadAsync(new ClaimingStream(Content, 10), limit, default) is not null);
    }
}
