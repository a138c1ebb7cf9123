using System.Text;
using RulesCore.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var colour = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
return CliApp.Run(args, Console.Out, Console.Error, colour);
