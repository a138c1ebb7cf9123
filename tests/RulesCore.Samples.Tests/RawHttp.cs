using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;

namespace RulesCore.Samples.Tests;

/// <summary>HTTP over a bare socket, for requests a client library would not send (chunks held back, a connection cut).</summary>
internal static class RawHttp
{
    public static async Task<TcpClient> Connect(WebApplication app)
    {
        var uri = new Uri(app.Urls.Single());
        var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        return tcp;
    }

    public static Task Send(TcpClient tcp, string text) => tcp.GetStream().WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

    /// <summary>Reads until the text has arrived (a minute at most: a safety net; the test fails then).</summary>
    public static async Task<string> ReadUntil(TcpClient tcp, string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var received = new StringBuilder();
        var buffer = new byte[65536];
        while (!received.ToString().Contains(text, StringComparison.Ordinal))
        {
            var n = await tcp.GetStream().ReadAsync(buffer, timeout.Token);
            Assert.True(n > 0, "the connection closed before the text arrived: " + received);
            received.Append(Encoding.UTF8.GetString(buffer, 0, n));
        }

        return received.ToString();
    }

    /// <summary>Reads until the service closes the connection (a minute at most: a safety net).</summary>
    public static async Task<string> ReadToEnd(TcpClient tcp)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var received = new MemoryStream();
        var buffer = new byte[65536];
        try
        {
            int n;
            while ((n = await tcp.GetStream().ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, n);
            }
        }
        catch (IOException)
        {
            // An aborted connection ends what was received.
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }
}
