using System.Text;
using RulesCore.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var colour = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

// Standard output is buffered (a line at a time would cost a system call each: NDJSON writes many); commands flush
// when they must, and everything is flushed at the end.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024) { AutoFlush = false };
try
{
    return CliApp.Run(args, stdout, Console.Error, colour);
}
finally
{
    stdout.Flush();
}
